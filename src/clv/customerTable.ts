/**
 * The customer table of the buy-till-you-die fits (CRM_MODELS.md §3), after `lifetimes`: every
 * model validates (x, t_x, T) the same way and compresses it to unique rows with weights (the
 * likelihood is a sum over customers, so identical customers add up:
 * Σᵢ wᵢ ℓ(xᵢ, t_xᵢ, Tᵢ) = Σ_k W_k ℓ(x_k, t_x,k, T_k), W_k the summed weights of row k).
 *
 * Symbols (Fader, Hardie & Lee 2005 §2): x = number of repeat purchases (periods with a purchase
 * after the first), t_x = time of the last repeat purchase since the first purchase (0 when
 * x = 0), T = time from the first purchase to the end of calibration; t_x and T in one time unit.
 * Optional weights (e.g. how many donors share a history, as in data/bgbb) count a row that many
 * times; a weight of 0 drops the row.
 *
 * Cost O(n) to compress n customers (a hash on the triple, {@link UniqueRows}). Throws `invalid` for mismatched
 * lengths, an empty table, x not a whole number ≥ 0, T < 0, t_x outside [0, T], t_x > 0 with
 * x = 0, or a weight that is not a finite number ≥ 0 (or all weights 0).
 *
 * @example
 * compressCustomers("demo", [0, 0, 2], [0, 0, 5], [10, 10, 10]).weight // => Float64Array [2, 1]
 */
import { invalidInput } from "../errors";
import { describe, requireInRange, requireNonNegative } from "../validate";
import { UniqueRows } from "./uniqueRows";

/** Unique customer rows with their multiplicities. */
export interface CompressedCustomers {
  readonly x: Float64Array;
  readonly tx: Float64Array;
  readonly T: Float64Array;
  readonly weight: Float64Array;
  /** Number of customers (Σ weight; n without weights). */
  readonly customers: number;
}

export function compressCustomers(
  where: string,
  x: readonly number[],
  tx: readonly number[],
  T: readonly number[],
  weights?: readonly number[],
): CompressedCustomers {
  const n = x.length;
  if (n === 0 || tx.length !== n || T.length !== n || (weights && weights.length !== n)) {
    throw invalidInput(
      where,
      `x, t_x and T must be non-empty columns of the same length (got ${x.length}, ${tx.length}, ${T.length}).`,
      `x、t_x 和 T 必须是等长的非空列（收到 ${x.length}、${tx.length}、${T.length} 行）。`,
    );
  }
  const rows = new UniqueRows(n);
  let customers = 0;
  for (let i = 0; i < n; i++) {
    let xi = x[i] as number,
      ti = tx[i] as number,
      Ti = T[i] as number;
    if (!isCustomer(xi, ti, Ti)) [xi, ti, Ti] = checkCustomer(where, i, x[i], tx[i], T[i]);
    const wi = weights ? checkWeight(where, i, weights[i]) : 1;
    if (wi === 0) continue;
    customers += wi;
    rows.add(wi, xi, ti, Ti);
  }
  if (!(customers > 0)) {
    throw invalidInput(where, "The weights must not all be 0.", "权重不能全部为 0。");
  }
  const u = rows.size;
  return {
    x: rows.a.slice(0, u),
    tx: rows.b.slice(0, u),
    T: rows.c.slice(0, u),
    weight: rows.weight.slice(0, u),
    customers,
  };
}

function checkWeight(where: string, i: number, w: unknown): number {
  if (typeof w === "number" && w >= 0 && w <= Number.MAX_VALUE) return w;
  return requireNonNegative(where, { en: `Row ${i + 1}: the weight`, zh: `第 ${i + 1} 行：权重` }, w);
}

/** Validates one customer (row `i`, 0-based) and returns [x, t_x, T]. */
export function checkCustomer(
  where: string,
  i: number,
  x: unknown,
  tx: unknown,
  T: unknown,
): [number, number, number] {
  if (isCustomer(x, tx, T)) return [x as number, tx as number, T as number]; // the common case
  const row = { en: `Row ${i + 1}: `, zh: `第 ${i + 1} 行：` };
  const Tv = requireNonNegative(where, { en: `${row.en}T`, zh: `${row.zh}T` }, T);
  const xv = requireNonNegative(where, { en: `${row.en}x`, zh: `${row.zh}x` }, x);
  const tv = requireInRange(where, { en: `${row.en}t_x`, zh: `${row.zh}t_x` }, tx, 0, Tv);
  if (!Number.isInteger(xv) || (xv === 0 && tv !== 0)) {
    throw invalidInput(
      where,
      `${row.en}x must be a whole number of repeat purchases, and t_x must be 0 when x = 0 (got x = ${describe(x)}, t_x = ${describe(tx)}).`,
      `${row.zh}x 必须是重复购买次数（整数），且 x = 0 时 t_x 必须为 0（收到 x = ${describe(x)},t_x = ${describe(tx)}）。`,
    );
  }
  return [xv, tv, Tv];
}

/**
 * Whether (x, t_x, T) is a valid customer as {@link checkCustomer} requires, without building
 * anything: the check of a million-row table's hot loops. Cost O(1).
 */
export function isCustomer(x: unknown, tx: unknown, T: unknown): boolean {
  return (
    typeof x === "number" &&
    typeof tx === "number" &&
    typeof T === "number" &&
    Number.isInteger(x) &&
    x >= 0 &&
    T >= 0 &&
    T <= Number.MAX_VALUE &&
    tx >= 0 &&
    tx <= T &&
    (x > 0 || tx === 0)
  );
}
