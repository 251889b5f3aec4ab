// A benchmark child's result: one line the runner picks out of its output, with the memory peak.

export const RESULT_PREFIX = 'BENCH_RESULT ';

export type BenchResult = Record<string, unknown> & { task: string; ms: number };

export function report(result: BenchResult): void {
  const maxRssMiB = process.resourceUsage().maxRSS / 1024;
  console.log(`${RESULT_PREFIX}${JSON.stringify({ ...result, maxRssMiB })}`);
}
