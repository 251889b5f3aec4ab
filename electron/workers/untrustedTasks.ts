import type { AppError } from '../../shared/errors';
import { JUDGE_FILE_FORMAT, type JudgeFile, parseJudgeFile } from '../../shared/formats/judgeFile';
import { parseScoreFile, SCORE_FILE_FORMAT, type ScoreFile } from '../../shared/formats/scoreFile';
import { MAX_FILE_CHARS, type ParseOutcome } from '../../shared/formats/signedFile';

// What the untrusted-file worker can do. Every task is pure: bytes or text in, plain validated
// data (or an error value) out — nothing in the result may be a class instance or a function,
// since it crosses to the main thread by structured clone. A future import (roster xlsx/csv,
// paper score sheets) adds its parser here as one more task with `input: 'bytes'`.

export interface TaskSpec {
  /** 'text': the file as UTF-8 text; 'bytes': as a Uint8Array (spreadsheets, zips). */
  input: 'text' | 'bytes';
  /** The error code for a file over the size limit (refused before it is read). */
  tooLarge: AppError['code'];
  run: (input: never) => unknown;
  /** For text: the most UTF-16 units the parser accepts; checked on the bytes, before decoding. */
  maxChars?: number;
}

/** A file of either kind (`scoredesk verify`), parsed by the kind it claims. */
export type TravellingFile =
  | { kind: 'judge'; outcome: ParseOutcome<JudgeFile> }
  | { kind: 'score'; outcome: ParseOutcome<ScoreFile> }
  | { kind: null; error: AppError };

export function classifyTravellingFile(content: string): TravellingFile {
  const format = claimedFormat(content);
  if (format === JUDGE_FILE_FORMAT) return { kind: 'judge', outcome: parseJudgeFile(content) };
  if (format === SCORE_FILE_FORMAT) return { kind: 'score', outcome: parseScoreFile(content) };
  // Neither kind: the score file parser names the reason (not JSON, or which format it is).
  const reason = parseScoreFile(content);
  return {
    kind: null,
    error: reason.ok ? { code: 'scoreFile.wrongFormat', params: { found: '—' } } : reason.error,
  };
}

/** The `format` a text claims, read without trusting anything else in it. */
function claimedFormat(content: string): string | null {
  try {
    const value: unknown = JSON.parse(content);
    const format = (value as { format?: unknown } | null)?.format;
    return typeof format === 'string' ? format : null;
  } catch {
    return null;
  }
}

export const untrustedTasks = {
  travellingFile: {
    input: 'text',
    tooLarge: 'scoreFile.tooLarge',
    maxChars: MAX_FILE_CHARS,
    run: (text: string) => classifyTravellingFile(text),
  },
  scoreFile: {
    input: 'text',
    tooLarge: 'scoreFile.tooLarge',
    maxChars: MAX_FILE_CHARS,
    run: (text: string) => parseScoreFile(text),
  },
  judgeFile: {
    input: 'text',
    tooLarge: 'judgeFile.tooLarge',
    maxChars: MAX_FILE_CHARS,
    run: (text: string) => parseJudgeFile(text),
  },
  /** For tests of the limits themselves: hangs, or allocates without end, on request. */
  selfTest: {
    input: 'text',
    tooLarge: 'worker.tooLarge',
    run: (text: string): ParseOutcome<{ signature: string }> => {
      if (text === 'hang') for (;;) {}
      if (text === 'allocate') {
        const hog: string[][] = [];
        for (;;) hog.push(new Array(1_000_000).fill('x'.repeat(16)));
      }
      if (text === 'throw') throw new Error('boom');
      return { ok: true, file: { signature: text }, payload: [text] };
    },
  },
} satisfies Record<string, TaskSpec>;

export type UntrustedTaskName = keyof typeof untrustedTasks;
export type TaskOutput<K extends UntrustedTaskName> = ReturnType<(typeof untrustedTasks)[K]['run']>;

/**
 * One job, as posted to the worker. `path`: the worker reads the file itself, within `maxBytes`;
 * `bytes` (an upload, e.g. a spreadsheet from the renderer) and `text` are copied to it.
 */
export type JobSource = { text: string } | { path: string } | { bytes: Uint8Array };

export interface JobRequest {
  id: number;
  task: UntrustedTaskName;
  source: JobSource;
  name: string;
  maxBytes: number;
}

export type JobReply =
  | { id: number; ok: true; value: unknown; hash: string }
  | { id: number; ok: false; error: AppError };
