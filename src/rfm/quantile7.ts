/**
 * R's default sample quantile (Hyndman & Fan 1996, type 7), reproduced operation for operation
 * from R 4's `quantile.default` so that break points match R to the last bit:
 *
 *     index = 1 + (n − 1)·p,  lo = ⌊index⌋,  hi = ⌈index⌉,  h = index − lo
 *     Q(p) = x[lo]                          when index = lo or x[hi] = x[lo]
 *          = (1 − h)·x[lo] + h·x[hi]        otherwise (x sorted, 1-based)
 *
 * and `seq(0, 1, length.out = bins + 1)` as R computes it: p_i = i · (1 / bins).
 * Cost O(1) per quantile on a sorted array. Internal to src/rfm.
 *
 * @example
 * quantile7(Float64Array.of(1, 2, 3, 4), 0.5)  // => 2.5
 * seqProbs(5)                                    // => [0, 0.2, 0.4, 0.6000000000000001, 0.8, 1]
 */
export function quantile7(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  const index = 1 + Math.max(n - 1, 0) * p;
  const lo = Math.floor(index);
  const hi = Math.ceil(index);
  const qlo = sorted[lo - 1]!;
  const qhi = sorted[hi - 1]!;
  if (index > lo && qhi !== qlo) {
    const h = index - lo;
    return (1 - h) * qlo + h * qhi;
  }
  return qlo;
}

export function seqProbs(bins: number): number[] {
  const by = 1 / bins;
  const p = [0];
  for (let i = 1; i < bins; i++) p.push(i * by);
  p.push(1);
  return p;
}
