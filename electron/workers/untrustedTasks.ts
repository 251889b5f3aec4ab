import { isUtf8 } from 'node:buffer';
import { type AppError, AppFailure } from '../../shared/errors';
import { JUDGE_FILE_FORMAT, type JudgeFile, parseJudgeFile } from '../../shared/formats/judgeFile';
import { type PackedScoreFile, packScoreFile } from '../../shared/formats/packedScoreFile';
import {
  parseResultsFile,
  RESULTS_FILE_FORMAT,
  type ResultsFile,
} from '../../shared/formats/resultsFile';
import {
  parseScoreFile,
  parseScoreFileBytes,
  SCORE_FILE_FORMAT,
  type ScoreFile,
} from '../../shared/formats/scoreFile';
import { MAX_FILE_CHARS, type ParseOutcome } from '../../shared/formats/signedFile';
import { readPaperWorkbook } from './paperWorkbookReader';
import { readSheetFile } from './readSheet';

// What the untrusted-file worker can do. Every task is pure: bytes or text in, plain validated
// data (or an error value) out — nothing in the result may be a class instance or a function,
// since it crosses to the main thread by structured clone.

export interface TaskSpec {
  /** 'text': the file as UTF-8 text; 'bytes': as a Uint8Array (spreadsheets, zips). */
  input: 'text' | 'bytes';
  /** The error code for a file over the size limit (refused before it is read). */
  tooLarge: AppError['code'];
  /** `name`: the file's, for the messages of a reader that names it. */
  run: (input: never, name: string) => unknown;
  /** For text: the most UTF-16 units the parser accepts; checked on the bytes, before decoding. */
  maxChars?: number;
  /**
   * Memory the output may hand over rather than copy (postMessage's transfer list): a score
   * file's 3 MB of payload and cells, copied twice over, cost the main thread page faults.
   */
  transfer?: (output: never) => ArrayBuffer[];
}

/** A file of any kind that travels (`scoredesk verify`), parsed by the kind it claims. */
export type TravellingFile =
  | { kind: 'judge'; outcome: ParseOutcome<JudgeFile> }
  | { kind: 'score'; outcome: ParseOutcome<ScoreFile> }
  | { kind: 'results'; outcome: ParseOutcome<ResultsFile> }
  | { kind: null; error: AppError };

export function classifyTravellingFile(content: string): TravellingFile {
  const format = claimedFormat(content);
  if (format === JUDGE_FILE_FORMAT) return { kind: 'judge', outcome: parseJudgeFile(content) };
  if (format === SCORE_FILE_FORMAT) return { kind: 'score', outcome: parseScoreFile(content) };
  if (format === RESULTS_FILE_FORMAT) {
    return { kind: 'results', outcome: parseResultsFile(content) };
  }
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

/**
 * A 'text' task's input: the text, decoded when asked for, and the file's bytes when they were
 * read (not for a text handed over), for a parser that can do without decoding them.
 */
export interface TextInput {
  text(): string;
  bytes: Uint8Array | null;
}

/** A score file from its bytes when they are valid UTF-8, the quicker way (parseSignedBytes). */
function scoreFileOf(input: TextInput): ParseOutcome<ScoreFile> {
  const { bytes } = input;
  if (!bytes || !isUtf8(bytes)) return parseScoreFile(input.text());
  const binary = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  return parseScoreFileBytes(bytes, binary);
}

/** The packed file's own memory: its cells, and the file's bytes behind the payload. */
function transferable(packed: Extract<PackedScoreFile, { ok: true }>): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>([packed.cells.buffer as ArrayBuffer]);
  for (const piece of packed.payload) {
    if (typeof piece !== 'string') buffers.add(piece.buffer as ArrayBuffer);
  }
  return [...buffers];
}

/** A reader's outcome, its refusal (an AppFailure) as a value that can cross to the main thread. */
export type Refusable<T> = { ok: true; value: T } | { ok: false; errors: AppError[] };

function refusable<T>(read: () => T): Refusable<T> {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    if (error instanceof AppFailure) return { ok: false, errors: error.errors };
    throw error;
  }
}

export const untrustedTasks = {
  travellingFile: {
    input: 'text',
    tooLarge: 'scoreFile.tooLarge',
    maxChars: MAX_FILE_CHARS,
    run: (input: TextInput) => classifyTravellingFile(input.text()),
  },
  /** Packed for the way back (packedScoreFile.ts). */
  scoreFile: {
    input: 'text',
    tooLarge: 'scoreFile.tooLarge',
    maxChars: MAX_FILE_CHARS,
    run: (input: TextInput) => packScoreFile(scoreFileOf(input)),
    transfer: (packed: PackedScoreFile) => (packed.ok ? transferable(packed) : []),
  },
  judgeFile: {
    input: 'text',
    tooLarge: 'judgeFile.tooLarge',
    maxChars: MAX_FILE_CHARS,
    run: (input: TextInput) => parseJudgeFile(input.text()),
  },
  /** A roster or judge list (.xlsx, .xls, .csv) as a grid of text. */
  rosterSheet: {
    input: 'bytes',
    tooLarge: 'worker.tooLarge',
    run: (bytes: Uint8Array, name: string) => refusable(() => readSheetFile(name, bytes)),
  },
  /** A filled-in paper score sheet's cells (null: not a workbook). */
  paperWorkbook: {
    input: 'bytes',
    tooLarge: 'worker.tooLarge',
    run: (bytes: Uint8Array) => readPaperWorkbook(bytes),
  },
  /** For tests of the limits themselves: hangs, or allocates without end, on request. */
  selfTest: {
    input: 'text',
    tooLarge: 'worker.tooLarge',
    run: (input: TextInput): ParseOutcome<{ signature: string }> => {
      const text = input.text();
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
