/**
 * Seconds left in a stage that has done `done` of `total` units in `elapsedMs`, assuming the rest
 * goes at the same rate: (total − done) × elapsed / done. Undefined until a unit is done or while
 * under a second has passed (too early to say). Cost O(1).
 *
 * @example
 * secondsLeft(250, 1000, 2000) // => 6
 */
export function secondsLeft(done: number, total: number, elapsedMs: number): number | undefined {
  if (!(done > 0) || !(total >= done) || elapsedMs < 1000) return undefined;
  return Math.ceil(((total - done) * elapsedMs) / done / 1000);
}
