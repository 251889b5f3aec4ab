import { join } from 'node:path';
import { issuePairingCodes } from '../electron/lan/pairing';
import { createCompetitionStore } from '../electron/services/competitionService';
import { fillDemo } from '../electron/services/demoCompetition';
import { readJudges } from '../electron/store/judgesTable';
import { HallDevice } from '../tests/helpers/hallDevice';
import { freePort, startHallProcess, stopGently } from '../tests/helpers/hallProcess';
import { report } from './report';

// Live scoring on loopback: 60 judges' devices push at once to `scoredesk serve --lan` (its own
// process, as at the venue), and the head table listens to its live feed. Measured per push:
// from the moment the device sends its signed score file to the moment the head table's feed
// delivers the event of that very file (its hash). The floor: the same devices' heartbeat
// (device.hello: a call that checks the token and writes the last-seen time, no merge).
// argv: <work dir> [pushes per device]

const [dir, perDevice] = process.argv.slice(2);
if (!dir) throw new Error('usage: hall.ts <dir> [pushes per device]');
const PUSHES = Number(perDevice ?? 20);
const DEVICES = 60;

const store = join(dir, 'hall.scoredesk');
const db = createCompetitionStore(
  store,
  { name: '现场联网评分基准', edition: '', venue: '', startDate: '', endDate: '' },
  'counselor',
);
fillDemo(db, { seed: 9, entriesPerTrack: 30, judgesPerTrack: DEVICES / 4, blankShare: 1 });
const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const judges = readJudges(db).filter((j) => j.tracks.length > 0);
const codes = issuePairingCodes(
  db,
  { judgeIds: judges.map((j) => j.id), validMinutes: 30 },
  { origin, certificate: null },
);
db.close();

const hall = await startHallProcess({ store, dir, port });
const host = new URL(hall.hostUrl);
const arrived = new Map<string, number>();
const feed = await fetch(`${host.origin}/api/events`, {
  headers: { 'x-scoredesk-token': host.searchParams.get('token')! },
});
if (!feed.ok) throw new Error(`live feed: ${feed.status}`);
(async () => {
  const reader = feed.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    const now = performance.now();
    buffer += decoder.decode(value, { stream: true });
    for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
      const line = buffer
        .slice(0, end)
        .split('\n')
        .find((l) => l.startsWith('data: '));
      buffer = buffer.slice(end + 2);
      if (!line) continue;
      const event = JSON.parse(line.slice(6)) as { type: string; fileHash?: string };
      if (event.type === 'marks' && event.fileHash) arrived.set(event.fileHash, now);
    }
  }
})().catch(() => {});

const devices = await Promise.all(
  codes.map(async (code, i) => {
    const device = new HallDevice(origin, `平板 ${i + 1}`, undefined, `127.0.0.${i + 2}`);
    const paired = await device.pair(code.code);
    if (!paired.body.ok) throw new Error(JSON.stringify(paired.body.errors));
    await device.loadSheet();
    return device;
  }),
);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const sent: Array<{ hash: string; at: number }> = [];
const hellos: number[] = [];
const started = performance.now();
await Promise.all(
  devices.map(async (device, d) => {
    const cells = device.cells();
    for (let n = 0; n < PUSHES; n++) {
      // A judge types a mark every few seconds (five criteria of an entry in about ten); here
      // one every 0.5–1.5 s, so 60 devices push about 60 times a second, faster than a hall.
      await sleep(500 + Math.random() * 1000);
      const cell = cells[(n * 7 + d) % cells.length]!;
      device.setMark(cell, cell.step * ((n % Math.floor(cell.max / cell.step)) + 1));
      const document = device.document();
      const at = performance.now();
      const answer = await device.push(document);
      if (!answer.body.ok) throw new Error(JSON.stringify(answer.body.errors));
      sent.push({ hash: (answer.body.value as { fileHash: string }).fileHash, at });
      const helloAt = performance.now();
      await device.call('device.hello', { unsent: 0 });
      hellos.push(performance.now() - helloAt);
    }
  }),
);
const ms = performance.now() - started;
// The last events may still be on their way.
for (let wait = 0; wait < 100 && sent.some((s) => !arrived.has(s.hash)); wait++) await sleep(10);
const latencies = sent.map((s) => (arrived.get(s.hash) ?? Number.POSITIVE_INFINITY) - s.at);
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
};
for (const device of devices) device.close();
await stopGently(hall);
const p95 = percentile(latencies, 95);
// For a run of this file alone; bench/run.ts prints it in its table.
console.error(
  `hall: ${sent.length} pushes from ${devices.length} devices, device send → live event p95 ${p95.toFixed(1)} ms (goal ≤ 100 ms: ${p95 <= 100 ? 'met' : 'MISSED'})`,
);
report({
  task: 'hall',
  ms,
  devices: devices.length,
  pushes: sent.length,
  missing: latencies.filter((l) => !Number.isFinite(l)).length,
  liveP95Ms: p95,
  liveMedianMs: percentile(latencies, 50),
  helloP95Ms: percentile(hellos, 95),
});
process.exit(0);
