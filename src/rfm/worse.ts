/**
 * For every value, the number of values strictly worse (CRM_MODELS.md §2 quantile rule):
 * `reverse` false → strictly smaller (F, M), true → strictly larger (R). Also the sorted copy
 * helpers shared by the breaks. Internal to src/rfm.
 *
 * Cost O(n log n) via one sorted Float64Array copy and binary searches; O(n + range) by
 * counting when all values are integers whose range is at most 4n (days, purchase counts).
 * Inputs are not mutated.
 *
 * @example
 * Array.from(worseCounts([5, 1, 5, 3], false)) // => [2, 0, 2, 1]
 */

/** First index i with sorted[i] ≥ v. */
export function lowerBound(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index i with sorted[i] > v. */
export function upperBound(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * An ascending copy (the column was checked finite). Integers spanning at most 4n (days,
 * purchase counts) are placed by counting in O(n + range); other columns are sorted.
 */
export function sortedCopy(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
    if (Math.floor(v) !== v) return Float64Array.from(values).sort();
  }
  if (max - min > 4 * n + 16) return Float64Array.from(values).sort();
  const count = new Int32Array(max - min + 1);
  for (let i = 0; i < n; i++) {
    const k = values[i]! - min;
    count[k] = count[k]! + 1;
  }
  const out = new Float64Array(n);
  for (let k = 0, j = 0; k < count.length; k++) for (let c = count[k]!; c > 0; c--) out[j++] = min + k;
  return out;
}

export function worseCounts(values: ArrayLike<number>, reverse: boolean): Int32Array {
  const n = values.length;
  let min = Infinity;
  let max = -Infinity;
  let integers = true;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
    if (integers && Math.floor(v) !== v) integers = false;
  }
  const out = new Int32Array(n);
  if (integers && max - min <= 4 * n + 16) {
    const below = new Int32Array(max - min + 2); // below[k] = #values < min + k
    for (let i = 0; i < n; i++) {
      const k = values[i]! - min + 1;
      below[k] = below[k]! + 1;
    }
    for (let k = 1; k < below.length; k++) below[k] = below[k]! + below[k - 1]!;
    for (let i = 0; i < n; i++) {
      const k = values[i]! - min;
      out[i] = reverse ? n - below[k + 1]! : below[k]!;
    }
    return out;
  }
  const sorted = sortedCopy(values);
  for (let i = 0; i < n; i++)
    out[i] = reverse ? n - upperBound(sorted, values[i]!) : lowerBound(sorted, values[i]!);
  return out;
}
