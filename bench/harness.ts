/**
 * Tiny benchmark harness for `npm run bench`. Performance targets live here, not in unit tests.
 * Every suite reports the median of several runs and, where it has one, the ratio to a
 * baseline measured in the same process, so figures compare across machines.
 */
export interface Row {
  /** What was measured, e.g. "customer table + RFM, 1,048,575 rows". */
  name: string;
  medianMs: number;
  /** The baseline's median in the same run, when the target is a ratio. */
  baselineMs?: number;
  /** Peak heap + array buffers above the start of the measurement, MB. */
  peakMB?: number;
  /** The target, in words, e.g. "≤ 0.5 × baseline and < 250 ms". */
  target?: string;
  /** Whether the target was met (undefined when there is no target). */
  met?: boolean;
  note?: string;
}

export interface Suite {
  title: string;
  rows: Row[];
}

/** Median wall time of `runs` calls of `f` (after one warm-up call), in ms. */
export function medianMs(f: () => unknown, runs = 5, warmup = 1): number {
  for (let i = 0; i < warmup; i++) f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    f();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}

/**
 * Median CPU time (user + system, process.cpuUsage) of `runs` calls of `f` after one warm-up, in
 * ms: on a shared machine, neighbours inflate wall time far more than the process's own CPU time.
 */
export function cpuMedianMs(f: () => unknown, runs = 5): number {
  f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    f();
    const d = process.cpuUsage(start);
    times.push((d.user + d.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}

/**
 * The better of `rounds` medians: on a shared machine a neighbour's burst can spoil one round of
 * a short measurement; the better round is the code's own speed. Rounds are reported as such.
 */
export function bestMedianMs(f: () => unknown, rounds = 2, runs = 5): number {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) best = Math.min(best, medianMs(f, runs, r === 0 ? 1 : 0));
  return best;
}

/** Peak memory (heap used + array buffers) while `f` runs, above what was in use before, in MB. */
export function peakMemoryMB(f: () => unknown): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
  const used = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const base = used();
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, used())), 1);
  f();
  peak = Math.max(peak, used());
  clearInterval(timer);
  return (peak - base) / 1024 / 1024;
}

/** A deterministic PRNG: same seed, same data, every run (shared with the core's simulations). */
export { seededUniform as seededRandom } from "../src/random";
