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
 * Cost O(n + days spanned): a counting sort by day (none for rows already in day order, as an
 * export usually is), then a stable one by customer (a numeric sort of each customer's days
 * instead when the days span more than 4n); the reading's columns are grouped once (see
 * {@link periodsByCustomer}). Memory six typed arrays of n. Throws `invalid` with the row number (array form) for a
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
 * Periods from rows with customer indices (−1 = row not used). `purchasesOnly`: rows with
 * amount ≤ 0 are not purchases (the reader's rule); otherwise amounts ≥ 0 all count.
 *
 * The reading's typed columns (Int32Array customers and days, Float64Array amounts, never
 * modified) are grouped once: the last table built from the same three arrays with the same
 * customers, merge period and rule is returned again (the pane's one run asks for the same
 * periods for the lifecycle and the CLV reports). Callers must not modify the table.
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
  const n = customer.length;
  // The used rows, in row order, with the span of their days: every later pass goes over them.
  const usedRows = new Int32Array(n);
  let lo = Infinity,
    hi = -Infinity,
    used = 0,
    inDayOrder = true; // an export is usually in date order: then it needs no sort by day
  for (let i = 0; i < n; i++) {
    if (!(customer[i]! >= 0 && (!purchasesOnly || amounts[i]! > 0))) continue;
    const d = floor(days[i]!);
    if (d < hi) inDayOrder = false;
    if (d < lo) lo = d;
    if (d > hi) hi = d;
    usedRows[used++] = i;
  }
  const rows = usedRows.subarray(0, used);
  const count = new Int32Array(customers + 1);
  for (let j = 0; j < used; j++) count[customer[rows[j]!]! + 1]! += 1;
  for (let c = 0; c < customers; c++) count[c + 1] = count[c + 1]! + count[c]!;
  // Rows of each customer in (day, row) order: a counting sort by day (none when the rows are in
  // day order), then a stable counting sort by customer (O(n + days spanned)); a numeric sort per
  // customer when the days span far more than there are rows.
  const sorted =
    inDayOrder || hi - lo <= 4 * used + 1024
      ? byDayThenCustomer(rows, customer, days, amounts, count, lo, hi, inDayOrder)
      : byCustomerThenDay(rows, customer, days, amounts, count);
  const start = new Int32Array(customers + 1);
  const day = new Float64Array(used);
  const spend = new Float64Array(used);
  const sDay = sorted.day,
    sAmount = sorted.amount;
  let out = 0;
  for (let c = 0; c < customers; c++) {
    start[c] = out;
    let first = -1;
    let lastBlock = -1;
    for (let j = count[c]!; j < count[c + 1]!; j++) {
      const d = sDay[j]!;
      if (first < 0) first = d;
      const b = floor((d - first) / block);
      if (b !== lastBlock) {
        day[out] = d;
        spend[out++] = 0;
        lastBlock = b;
      }
      spend[out - 1] = spend[out - 1]! + sAmount[j]!;
    }
  }
  start[customers] = out;
  return { start, day: day.subarray(0, out), spend: spend.subarray(0, out) };
}

/** The used rows' (whole) days and amounts, grouped by customer, each customer's in (day, row) order. */
interface SortedRows {
  readonly day: Float64Array;
  readonly amount: Float64Array;
}

/**
 * Used rows (in row order) grouped by customer, each customer's rows in (day, row) order: two
 * counting sorts (the one by day skipped when the rows are in day order already, as an export
 * usually is). `count` holds each customer's first position. The days and amounts are written
 * as the rows are placed (reading the columns in order, not gathering from them afterwards).
 */
function byDayThenCustomer(
  rows: Int32Array,
  customer: ArrayLike<number>,
  days: ArrayLike<number>,
  amounts: ArrayLike<number>,
  count: Int32Array,
  lo: number,
  hi: number,
  inDayOrder: boolean,
): SortedRows {
  const used = rows.length;
  const byDay = inDayOrder ? rows : new Int32Array(used);
  if (!inDayOrder) {
    const perDay = new Int32Array(hi - lo + 2);
    for (let j = 0; j < used; j++) perDay[floor(days[rows[j]!]!) - lo + 1]! += 1;
    for (let d = 1; d < perDay.length; d++) perDay[d] = perDay[d]! + perDay[d - 1]!;
    for (let j = 0; j < used; j++) {
      const i = rows[j]!;
      byDay[perDay[floor(days[i]!) - lo]!++] = i;
    }
  }
  const at = count.slice(0, count.length - 1);
  const day = new Float64Array(used),
    amount = new Float64Array(used);
  for (let j = 0; j < used; j++) {
    const i = byDay[j]!;
    const k = at[customer[i]!]!++;
    day[k] = floor(days[i]!);
    amount[k] = amounts[i]!;
  }
  return { day, amount };
}

/** The same order by a numeric sort of each customer's (day · 2²⁴ + position) keys. */
function byCustomerThenDay(
  rows: Int32Array,
  customer: ArrayLike<number>,
  days: ArrayLike<number>,
  amounts: ArrayLike<number>,
  count: Int32Array,
): SortedRows {
  const used = rows.length;
  const customers = count.length - 1;
  const at = count.slice(0, customers);
  const rowOf = new Int32Array(used);
  for (let j = 0; j < used; j++) {
    const i = rows[j]!;
    rowOf[at[customer[i]!]!++] = i;
  }
  const keys = new Float64Array(used);
  const day = new Float64Array(used),
    amount = new Float64Array(used);
  for (let c = 0; c < customers; c++) {
    const from = count[c]!;
    const to = count[c + 1]!;
    for (let j = from; j < to; j++) keys[j] = floor(days[rowOf[j]!]!) * 16777216 + (j - from);
    const seg = keys.subarray(from, to).sort();
    for (let j = 0; j < seg.length; j++) {
      const d = floor(seg[j]! / 16777216);
      const i = rowOf[from + (seg[j]! - d * 16777216)]!;
      day[from + j] = floor(days[i]!);
      amount[from + j] = amounts[i]!;
    }
  }
  return { day, amount };
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
