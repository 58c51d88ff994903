/**
 * A whole column of customer ids → customer numbers, the fast path of {@link IdInterner} for
 * the customer table (CRM_MODELS.md §1; same id rule, same numbers, same first-seen spellings
 * shown, same merged spellings counted).
 *
 * Why a second path: on millions of rows the interner's Map entry and strings per customer
 * outgrow the caches and, surviving the young generation, make the collector walk them again and
 * again. Here the lean engine {@link keyColumn} numbers the keys (no Map, no string per ASCII
 * id) and says, for each key, the row it was first seen in and which rows may be written
 * otherwise; the shown spellings are then made in one pass over the first rows ({@link cleanId}
 * of each, which for an id written plainly is that very string), and only the rows written
 * otherwise go through a Set of spellings, to count merges as the interner does. A fingerprint
 * collision (odds ~n²/2⁶⁵) redoes the column by the exact per-value path,
 * {@link IdInterner.indexOf}.
 *
 * Cost O(total characters) expected, plus O(1) expected per row written otherwise than its
 * customer's first row. Returns −1 for rows without an id.
 *
 * @example
 * const { customers, interner } = idColumn(["C1", " c1", "C2", null]);
 * [Array.from(customers), interner.display, interner.mergedSpellings] // => [[0, 0, 1, -1], ["C1", "C2"], 1]
 */
import { cleanId, IdInterner } from "./ids";
import { keyColumn } from "./keyColumn";
import { Workspace } from "./workspace";

/** What a column's customers are shown as, and the id spellings merged (as {@link IdInterner}). */
export interface IdSpellings {
  /** First-seen spelling (trimmed text, or the number) of each customer, by customer number. */
  readonly display: readonly (string | number)[];
  /** Number of customers. */
  readonly size: number;
  /** Spellings merged into a customer first seen under another spelling. */
  readonly mergedSpellings: number;
  /** The first three merges: [spelling as written, the customer's shown id]. */
  readonly mergedExamples: readonly (readonly [string, string | number])[];
}

export interface IdColumn {
  /** Customer number per row, −1 for no id. */
  readonly customers: Int32Array;
  /** The customers' first-seen spellings (`display`), their count (`size`) and the merges. */
  readonly interner: IdSpellings;
}

/**
 * @param fingerprintMask keeps only these bits of both hashes; −1 (all) except in tests, which
 *   pass a tiny mask to force collisions and so exercise the exact fallback.
 * @param workspace where the customer numbers are kept (see {@link Workspace}).
 */
export function idColumn(values: ArrayLike<unknown>, fingerprintMask = -1, workspace?: Workspace): IdColumn {
  // Tables sized for at most a customer per 16 rows at first, doubled when short: no larger than
  // needed keeps the look-ups' random accesses in as few cache lines and pages as possible.
  const lean = keyColumn(values, { fingerprintMask, spellings: true, keysPerRow: 1 / 16, workspace });
  if (lean === undefined) {
    const exact = new IdInterner();
    const customers = Int32Array.from({ length: values.length }, (_, r) => exact.indexOf(values[r]));
    return { customers, interner: exact };
  }
  const { keys, count, firstRow, otherRows } = lean;
  const display = new Array<string | number>(count);
  for (let c = 0; c < count; c++) {
    const v = values[firstRow[c]!] as string | number;
    display[c] = typeof v === "number" ? v : cleanId(v);
  }
  // A spelling is merged when it is not its customer's first one and not the id shown (as the
  // interner: each spelling once, in the order of first appearance).
  let mergedSpellings = 0;
  const mergedExamples: [string, string | number][] = [];
  const seen = new Set<unknown>();
  for (let e = 0; e < otherRows.length; e++) {
    const i = otherRows[e]!;
    const v = values[i];
    const c = keys[i]!;
    if (v === values[firstRow[c]!] || seen.has(v)) continue;
    seen.add(v);
    if (v !== display[c]) {
      mergedSpellings++;
      if (mergedExamples.length < 3) mergedExamples.push([String(v), display[c]!]);
    }
  }
  return { customers: keys, interner: { display, size: count, mergedSpellings, mergedExamples } };
}
