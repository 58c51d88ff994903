/**
 * Groups transaction rows into each customer's purchase periods, the common step of
 * {@link clvCustomerSummary} and {@link holdoutPurchaseCounts} (CRM_MODELS.md §1 and §3).
 *
 * Rows arrive with customer indices already assigned by the one reader ({@link readPurchases},
 * or {@link IdInterner} for the array form): nothing here compares ids. Days are serial numbers
 * (1900 or 1904 alike: only differences matter); a fractional part (time of day) is dropped.
 * Purchases of one customer whose days fall in the same block of `mergeDays` days counted from
 * the customer's first purchase are one purchase period (mergeDays = 1: same-day purchases
 * merge) with the summed amount, dated by its first purchase day.
 *
 * Cost O(n) for rows in day order, O(n + Σ nᶜ log nᶜ) otherwise ({@link customerRows}); a
 * reading's periods are grouped once ({@link periodsByCustomer}); memory 28 bytes a used row. Throws `invalid` with the row number (array form) for a
 * missing id, a day that is not a finite number ≥ 0, an amount that is not a finite number ≥ 0,
 * mismatched column lengths, or mergeDays not a whole number ≥ 1.
 *
 * @example
 * const p = purchasePeriods("demo", ["a", "A ", "a"], [100, 100.5, 103], [5, 1, 2], 1);
 * [p.ids, Array.from(p.periods.day), Array.from(p.periods.spend)] // => [["a"], [100, 103], [6, 2]]
 */
import { invalidInput } from "../errors";
import { describe, requireInteger } from "../validate";
import { IdInterner } from "../customers/ids";
const { floor } = Math;

/** Periods of customer c are at [start[c], start[c + 1]), in day order. */
export interface PeriodTable {
  readonly start: Int32Array;
  readonly day: Float64Array;
  readonly spend: Float64Array;
}

/**
 * The used rows of each customer in (day, row) order, as two columns: customer c's rows are at
 * [start[c], start[c + 1]) of `day` (floored) and `amount`; `lo` and `hi` are the smallest and
 * largest day used (Infinity, −Infinity when no row is used).
 */
export interface CustomerRows {
  readonly start: Int32Array;
  readonly day: Int32Array;
  readonly amount: Float64Array;
  readonly lo: number;
  readonly hi: number;
}

/** Segments longer than this are ordered by a numeric sort of keys instead of an insertion sort. */
const INSERTION_SORT_MAX = 24;

/**
 * Each customer's rows, days and amounts, in (day, row) order: the grouping step of
 * {@link periodsByCustomer} and of the lifecycle series. Rows with customer −1 are not used;
 * with `purchasesOnly` neither are rows with amount ≤ 0 (or not a number). Days are serials
 * (the callers' rule: 0 ≤ day < 3e6). A stable counting sort by customer that copies the day and
 * amount of each row to its place (so that the users then read each customer's rows in sequence,
 * not scattered over the columns), then each customer's rows ordered by day — nothing to do when
 * the used rows are already in day order (an export sorted by date), else an insertion sort of a
 * short segment or a numeric sort of (day · length + position) keys of a long one. Cost O(n) for
 * rows in day order, O(n + Σ nᶜ log nᶜ) otherwise; memory Int32Array(customers + 1) and
 * 12 bytes a used row.
 *
 * @example
 * const o = customerRows([1, 0, 1, 0], [5, 9, 3.5, 9], [1, 2, 3, 4], 2, true);
 * [Array.from(o.start), Array.from(o.day), Array.from(o.amount), o.lo, o.hi]
 * // => [[0, 2, 4], [9, 9, 3, 5], [2, 4, 3, 1], 3, 9]
 */
export function customerRows(
  customer: ArrayLike<number>,
  days: ArrayLike<number>,
  amounts: ArrayLike<number>,
  customers: number,
  purchasesOnly: boolean,
): CustomerRows {
  const n = customer.length;
  const start = new Int32Array(customers + 1);
  let lo = Infinity,
    hi = -Infinity,
    prev = -Infinity,
    inOrder = true,
    used = 0;
  for (let i = 0; i < n; i++) {
    const c = customer[i]!;
    if (c < 0 || (purchasesOnly && !(amounts[i]! > 0))) continue;
    const d = floor(days[i]!);
    if (d < lo) lo = d;
    if (d > hi) hi = d;
    if (d < prev) inOrder = false;
    prev = d;
    start[c + 1]! += 1;
    used++;
  }
  for (let c = 0; c < customers; c++) start[c + 1] = start[c + 1]! + start[c]!;
  const at = start.slice(0, customers);
  const day = new Int32Array(used);
  const amount = new Float64Array(used);
  for (let i = 0; i < n; i++) {
    const c = customer[i]!;
    if (c < 0 || (purchasesOnly && !(amounts[i]! > 0))) continue;
    const j = at[c]!++;
    day[j] = floor(days[i]!);
    amount[j] = amounts[i]!;
  }
  if (!inOrder) for (let c = 0; c < customers; c++) byDay(day, amount, start[c]!, start[c + 1]!);
  return { start, day, amount, lo, hi };
}

/** Orders day[from, to) (and amount with it) by day, stably. */
function byDay(day: Int32Array, amount: Float64Array, from: number, to: number): void {
  let sorted = true;
  for (let j = from + 1; j < to && sorted; j++) sorted = day[j - 1]! <= day[j]!;
  if (sorted) return;
  if (to - from <= INSERTION_SORT_MAX) {
    for (let j = from + 1; j < to; j++) {
      const d = day[j]!;
      const a = amount[j]!;
      let k = j - 1;
      for (; k >= from && day[k]! > d; k--) ((day[k + 1] = day[k]!), (amount[k + 1] = amount[k]!));
      day[k + 1] = d;
      amount[k + 1] = a;
    }
    return;
  }
  // Keys day · size + position are exact integers (day < 3e6, size ≤ rows) and sort as (day, row).
  const size = to - from;
  const keys = new Float64Array(size);
  for (let j = from; j < to; j++) keys[j - from] = day[j]! * size + (j - from);
  keys.sort();
  const amounts = amount.slice(from, to);
  for (let j = 0; j < size; j++) {
    const d = floor(keys[j]! / size);
    day[from + j] = d;
    amount[from + j] = amounts[keys[j]! - d * size]!;
  }
}

/**
 * Periods from rows with customer indices (−1 = row not used). `purchasesOnly`: rows with
 * amount ≤ 0 are not purchases (the reader's rule); otherwise amounts ≥ 0 all count.
 *
 * The reading's typed columns (Int32Array customers and days, Float64Array amounts, never
 * modified) are grouped once: the last table built from the same three arrays with the same
 * customers, merge period and rule is returned again (the pane's one run asks for the same
 * periods for the CLV summary and the holdout check). Callers must not modify the table.
 */
export function periodsByCustomer(
  where: string,
  customer: ArrayLike<number>,
  days: ArrayLike<number>,
  amounts: ArrayLike<number>,
  customers: number,
  mergeDays: number,
  purchasesOnly: boolean,
): PeriodTable {
  const block = requireInteger(
    where,
    { en: "The merge period (days)", zh: "合并周期（天）" },
    mergeDays,
    1,
    36500,
  );
  const reading =
    customer instanceof Int32Array && days instanceof Int32Array && amounts instanceof Float64Array;
  const last = reading ? lastPeriods.get(customer) : undefined;
  if (
    last &&
    last.days === days &&
    last.amounts === amounts &&
    last.customers === customers &&
    last.block === block &&
    last.purchasesOnly === purchasesOnly
  )
    return last.table;
  const table = groupPeriods(customer, days, amounts, customers, block, purchasesOnly);
  if (reading) lastPeriods.set(customer, { days, amounts, customers, block, purchasesOnly, table });
  return table;
}

/** The last period table of each reading's customer column (see {@link periodsByCustomer}). */
const lastPeriods = new WeakMap<
  object,
  {
    readonly days: object;
    readonly amounts: object;
    readonly customers: number;
    readonly block: number;
    readonly purchasesOnly: boolean;
    readonly table: PeriodTable;
  }
>();

function groupPeriods(
  customer: ArrayLike<number>,
  days: ArrayLike<number>,
  amounts: ArrayLike<number>,
  customers: number,
  block: number,
  purchasesOnly: boolean,
): PeriodTable {
  const {
    start: count,
    day: rowDay,
    amount,
  } = customerRows(customer, days, amounts, customers, purchasesOnly);
  const used = rowDay.length;
  const start = new Int32Array(customers + 1);
  const day = new Float64Array(used);
  const spend = new Float64Array(used);
  let out = 0;
  for (let c = 0; c < customers; c++) {
    start[c] = out;
    let first = -1;
    let lastBlock = -1;
    for (let j = count[c]!; j < count[c + 1]!; j++) {
      const d = rowDay[j]!;
      if (first < 0) first = d;
      const b = floor((d - first) / block);
      if (b !== lastBlock) {
        day[out] = d;
        spend[out++] = 0;
        lastBlock = b;
      }
      spend[out - 1] = spend[out - 1]! + amount[j]!;
    }
  }
  start[customers] = out;
  return { start, day: day.subarray(0, out), spend: spend.subarray(0, out) };
}

/** Array form: ids interned by the id rule, every row validated; amounts ≥ 0 all count. */
export function purchasePeriods(
  where: string,
  ids: readonly unknown[],
  days: readonly unknown[],
  amounts: readonly unknown[],
  mergeDays: number,
): { ids: readonly (string | number)[]; periods: PeriodTable } {
  if (ids.length !== days.length || ids.length !== amounts.length || ids.length === 0) {
    throw invalidInput(
      where,
      `Customer ids, dates and amounts must be non-empty columns of the same length (got ${ids.length}, ${days.length}, ${amounts.length}).`,
      `客户编号、日期和金额必须是等长的非空列（收到 ${ids.length}、${days.length}、${amounts.length} 行）。`,
    );
  }
  const interner = new IdInterner();
  const customer = new Int32Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i],
      d = days[i],
      m = amounts[i];
    customer[i] = interner.indexOf(id);
    if (
      customer[i]! < 0 ||
      typeof d !== "number" ||
      !(d >= 0 && d < 3e6) ||
      typeof m !== "number" ||
      !(m >= 0 && m < Infinity)
    ) {
      throw invalidInput(
        where,
        `Row ${i + 1}: need a customer id, a date (Excel serial number ≥ 0) and an amount ≥ 0 (got ${describe(id)}, ${describe(d)}, ${describe(m)}). Net refunds into their purchase first.`,
        `第 ${i + 1} 行：需要客户编号、日期（Excel 序列号 ≥ 0）和金额 ≥ 0（收到 ${describe(id)}、${describe(d)}、${describe(m)}）。请先把退款冲抵到对应的购买中。`,
      );
    }
  }
  const periods = periodsByCustomer(
    where,
    customer,
    days as number[],
    amounts as number[],
    interner.size,
    mergeDays,
    false,
  );
  return { ids: interner.display, periods };
}
