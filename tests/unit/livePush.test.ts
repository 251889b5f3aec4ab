import { describe, expect, it } from 'vitest';
import { checkParsedJudgeFile } from '../../electron/services/judgeFileService';
import { LIVE_PUSH_TIMING, readReply, retryDelay } from '../../electron/services/livePush';
import { rubricFingerprint, signWith } from '../../electron/services/signing';
import type { LivePushState } from '../../shared/api/livePush';
import { type JudgeFile, parseJudgeFile } from '../../shared/formats/judgeFile';
import { judgeHallOf, judgeHallSchema } from '../../shared/formats/judgeHall';
import { encodeSignedFile, signedPayload } from '../../shared/formats/signedFile';
import { translate } from '../../shared/i18n/catalog';
import { livePushLine } from '../../shared/lan/livePushLine';
import { counselorTemplate } from '../../shared/templates/counselor';
import { testKeyPair } from '../helpers/testKeys';

// The pure parts of a judge's app pushing live: the hall a judge file names, what the head
// table's answers mean for the sheet, and the words the sheet shows.

const FINGERPRINT = 'ab'.repeat(32);
const competitionKey = testKeyPair(3);

function judgeFile(hall?: JudgeFile['hall']): string {
  const tracks = counselorTemplate.tracks.filter((t) => t.code === 'drama');
  const unsigned: Omit<JudgeFile, 'signature'> = {
    format: 'scoredesk.judge-file',
    version: 2,
    competition: {
      id: '6f1c2a8e-3b4d-4e5f-8a9b-0c1d2e3f4a5b',
      name: '测试赛',
      edition: '',
      venue: '',
      startDate: '',
      endDate: '',
      publicKey: competitionKey.publicKey,
    },
    judge: { id: 3, name: '陈评委', organization: '', region: '', keyEpoch: 1 },
    tracks,
    entries: [],
    rubricFingerprint: rubricFingerprint(tracks),
    ...(hall ? { hall } : {}),
    issuedAt: '2026-10-21T08:00:00.000Z',
  };
  return encodeSignedFile({
    ...unsigned,
    signature: signWith(competitionKey.privateKey, signedPayload(unsigned)),
  });
}

const opened = (content: string) => checkParsedJudgeFile(parseJudgeFile(content));

describe('the hall in a judge file', () => {
  it('is optional: a file without it opens as before, one with it opens with it', () => {
    expect(opened(judgeFile()).hall).toBeUndefined();
    const hall = { origin: 'https://192.168.8.10:8443', certificate: FINGERPRINT };
    expect(opened(judgeFile(hall)).hall).toEqual(hall);
    expect(
      opened(judgeFile({ origin: 'http://192.168.8.10:8080', certificate: null })).hall,
    ).toEqual({ origin: 'http://192.168.8.10:8080', certificate: null });
  });

  it('is signed with the rest: another address or fingerprint breaks the signature', () => {
    const content = judgeFile({ origin: 'https://192.168.8.10:8443', certificate: FINGERPRINT });
    const moved = content.replace('192.168.8.10', '192.168.8.66');
    expect(() => opened(moved)).toThrow('judgeFile.badSignature');
    const repinned = content.replace(FINGERPRINT, 'cd'.repeat(32));
    expect(() => opened(repinned)).toThrow('judgeFile.badSignature');
  });

  it('pins HTTPS to a certificate and names no certificate for HTTP', () => {
    const ok = (hall: unknown) => judgeHallSchema.safeParse(hall).success;
    expect(ok({ origin: 'https://192.168.8.10:8443', certificate: FINGERPRINT })).toBe(true);
    expect(ok({ origin: 'https://[fd00::10]:8443', certificate: FINGERPRINT })).toBe(true);
    expect(ok({ origin: 'https://192.168.8.10:8443', certificate: null })).toBe(false);
    expect(ok({ origin: 'http://192.168.8.10:8080', certificate: FINGERPRINT })).toBe(false);
    expect(ok({ origin: 'https://192.168.8.10:8443/api', certificate: FINGERPRINT })).toBe(false);
    expect(ok({ origin: 'file:///etc', certificate: null })).toBe(false);
    expect(ok({ origin: 'https://h:1', certificate: FINGERPRINT.toUpperCase() })).toBe(false);
    expect(() => opened(judgeFile({ origin: 'https://h:1', certificate: null }))).toThrow(
      'judgeFile.invalid',
    );
  });

  it('is named only while the hall is open on one reachable address', () => {
    const status = {
      open: true,
      origin: 'https://192.168.8.10:8443',
      https: true,
      certificate: FINGERPRINT,
      everyInterface: false,
    };
    expect(judgeHallOf(status)).toEqual({ origin: status.origin, certificate: FINGERPRINT });
    expect(judgeHallOf({ ...status, open: false })).toBeNull();
    expect(
      judgeHallOf({ ...status, origin: 'https://0.0.0.0:8443', everyInterface: true }),
    ).toBeNull();
    expect(
      judgeHallOf({
        ...status,
        origin: 'http://192.168.8.10:8080',
        https: false,
        certificate: null,
      }),
    ).toEqual({ origin: 'http://192.168.8.10:8080', certificate: null });
  });
});

describe('what the head table’s answer means for the sheet', () => {
  const answer = (status: number, body: unknown) => readReply({ kind: 'answer', status, body });
  it('is delivered only when the document was saved', () => {
    for (const status of ['applied', 'unchanged']) {
      expect(answer(200, { ok: true, value: { status } })).toEqual({
        state: 'delivered',
        retry: false,
      });
    }
    expect(answer(200, { ok: true, value: { status: 'waiting' } })).toEqual({
      state: 'waiting',
      retry: true,
    });
    // Refused unchanged is refused again: it goes anew with the next change only.
    expect(answer(200, { ok: true, value: { status: 'refused' } })).toEqual({
      state: 'refused',
      retry: false,
    });
    expect(answer(503, { ok: false, errors: [{ code: 'lan.noCompetition' }] })).toEqual({
      state: 'unreachable',
      retry: true,
    });
    expect(answer(403, null)).toEqual({ state: 'unreachable', retry: true });
    expect(
      answer(429, {
        ok: false,
        errors: [{ code: 'livePush.rateLimited', params: { seconds: 7 } }],
      }),
    ).toEqual({ state: 'unreachable', retry: true, waitSeconds: 7 });
    expect(readReply({ kind: 'unreachable', detail: 'ECONNREFUSED' })).toEqual({
      state: 'unreachable',
      retry: true,
    });
    expect(readReply({ kind: 'wrongCertificate', found: 'x' })).toEqual({
      state: 'wrongCertificate',
      retry: true,
    });
  });

  it('tries again sooner first, then every half minute at most', () => {
    const waits = [1, 2, 3, 4, 5, 6, 50].map((n) => retryDelay(n, LIVE_PUSH_TIMING));
    expect(waits).toEqual([3000, 6000, 12_000, 24_000, 30_000, 30_000, 30_000]);
  });
});

describe('the words on the sheet', () => {
  const at = '2026-10-21T09:05:00.000Z';
  const time = () => '17:05';
  const say = (status: LivePushState, language: 'zh-CN' | 'en' = 'zh-CN') => {
    const line = livePushLine(status, time);
    if (!line) return null;
    const gap = language === 'en' ? ' ' : '';
    const last = line.last ? `${gap}${translate(language, line.last.key, line.last.params)}` : '';
    return `${translate(language, line.key, line.params)}${last}`;
  };
  const base: LivePushState = { state: 'off', deliveredAt: null, keyFingerprint: 'NZ7B-950M' };

  it('say nothing without a hall, and the state with one', () => {
    expect(say(base)).toBeNull();
    expect(say({ ...base, state: 'delivered', deliveredAt: at })).toBe('已实时送达记分台 17:05');
    expect(say({ ...base, state: 'delivered', deliveredAt: at }, 'en')).toBe(
      'Delivered live to the head table at 17:05',
    );
    expect(say({ ...base, state: 'unreachable', deliveredAt: at })).toBe(
      '记分台暂时连不上，评分已保存在本机，可照常导出评分文件（上次送达 17:05）',
    );
    expect(say({ ...base, state: 'unreachable', deliveredAt: at }, 'en')).toBe(
      'The head table cannot be reached just now. Your marks are saved on this computer; you can export the score file as usual. (last delivered at 17:05)',
    );
    expect(say({ ...base, state: 'unreachable' })).toBe(
      '记分台暂时连不上，评分已保存在本机，可照常导出评分文件',
    );
    expect(say({ ...base, state: 'waiting' })).toContain('NZ7B-950M');
    expect(say({ ...base, state: 'wrongCertificate' }, 'en')).toContain('nothing was sent');
    expect(livePushLine({ ...base, state: 'refused' }, time)?.tone).toBe('warn');
    expect(livePushLine({ ...base, state: 'sending' }, time)?.tone).toBe('busy');
  });
});
