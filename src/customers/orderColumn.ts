/**
 * A whole column of order ids → order numbers 0, 1, 2 … in order of first appearance, with the
 * id rule of {@link IdInterner} (CRM_MODELS.md §1: invisible characters as spaces, trimmed, NFC,
 * case-insensitive; a number is the order of its text, 1001 ≡ "1001"): exactly the numbers
 * `idColumn(values).customers` gives, without the spellings shown or the merges counted.
 *
 * Order ids are nearly all distinct, so this is the lean engine {@link keyColumn} alone (no Map,
 * no string per ASCII id), its tables sized for a key per row; a fingerprint collision redoes the
 * column by the exact per-value path ({@link IdInterner.indexOf}).
 *
 * Cost O(total characters) expected; memory ~16 bytes a slot plus the keys' characters. Returns
 * −1 for rows without an id.
 *
 * @example
 * Array.from(orderColumn(["O1", " o1", 1001, "1001", "", null])) // => [0, 0, 1, 1, -1, -1]
 */
import { IdInterner } from "./ids";
import { keyColumn } from "./keyColumn";

/**
 * @param fingerprintMask keeps only these bits of both hashes; −1 (all) except in tests, which
 *   pass a tiny mask to force collisions and so exercise the exact fallback.
 */
export function orderColumn(values: ArrayLike<unknown>, fingerprintMask = -1): Int32Array {
  const lean = keyColumn(values, { fingerprintMask });
  if (lean !== undefined) return lean.keys;
  const exact = new IdInterner();
  return Int32Array.from({ length: values.length }, (_, r) => exact.indexOf(values[r]));
}
