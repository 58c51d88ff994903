/**
 * An ascending copy of a score column, shared by the quantile scores and the break points
 * (CRM_MODELS.md §2). Internal to src/rfm; the column was checked finite.
 *
 * Integers spanning at most 4n (days, purchase counts) are placed by counting in O(n + range);
 * other columns are copied and sorted natively in O(n log n). The input is not mutated.
 *
 * With a workspace the copy is kept in it (see {@link Workspace}): one per workspace at a time.
 *
 * @example
 * Array.from(sortedCopy([5, 1, 5, 3])) // => [1, 3, 5, 5]
 */
import { float64Array, int32Array, Workspace } from "../customers/workspace";

export function sortedCopy(values: ArrayLike<number>, workspace?: Workspace): Float64Array {
  const n = values.length;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
    if (Math.floor(v) !== v) return copy(values, workspace).sort();
  }
  if (max - min > 4 * n + 16) return copy(values, workspace).sort();
  const count = int32Array(workspace, "sorted.count", max - min + 1);
  for (let i = 0; i < n; i++) {
    const k = values[i]! - min;
    count[k] = count[k]! + 1;
  }
  const out = float64Array(workspace, "sorted", n);
  for (let k = 0, j = 0; k < count.length; k++) for (let c = count[k]!; c > 0; c--) out[j++] = min + k;
  return out;
}

/** The values in a fresh array, or on the workspace's "sorted" buffer. */
function copy(values: ArrayLike<number>, workspace: Workspace | undefined): Float64Array {
  if (workspace === undefined) return Float64Array.from(values);
  const out = float64Array(workspace, "sorted", values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i]!;
  return out;
}
