/**
 * Named spans on the page's performance timeline (User Timing `performance.measure`), so a
 * profile or the big-file benchmark (bench/previewBig.bench.ts) can say where the time of an
 * open or a run went: "open: parse (worker)", "run: read selection", …  Nothing leaves the page;
 * no-ops where the API is missing. Cost O(1).
 * @example const t0 = performance.now(); work(); measureSince("open: add sheet", t0);
 */
export function measureSince(name: string, start: number, end = now()): void {
  try {
    globalThis.performance?.measure?.(name, { start, end });
  } catch {
    // A timeline without User Timing Level 3: nothing to record.
  }
}

/** The clock of the timeline (ms). */
export function now(): number {
  return globalThis.performance?.now() ?? Date.now();
}
