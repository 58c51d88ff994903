/**
 * Cohort retention table (CRM_MODELS.md §6: "acquisition month × months since", what analysts
 * expect beside the churn rate). From one row per purchase (customer id, Excel 1900-system date
 * serial; text dates are parsed upstream by src/dates):
 *
 * - a customer's cohort is the period (month or quarter) of their first purchase in the data;
 * - customer c is active k periods after acquisition when c bought in period cohort(c) + k;
 * - retention[i][k] = (customers of cohort i active at k) / (size of cohort i).
 *
 * Rows are the cohorts that acquired someone, oldest first; row i has one value per period from
 * its cohort to the last period in the data (a triangle: later periods are not observed yet, and
 * are left out rather than shown as 0). Column 0 is always 1. Customers who bought before the
 * data starts are counted from their first purchase in the data (left censoring).
 * Ids follow the one id rule ({@link IdInterner}: trimmed, case-insensitive, NFC, invisible
 * characters as spaces; 1 and "1" are one customer); {@link cohortRetentionOf} takes rows whose
 * customers the reader ({@link readPurchases}) has already numbered. A fractional serial
 * (date + time) counts as its day. Cost O(n log n) (one numeric sort), O(n + cells) memory.
 *
 * Throws `invalid` for no rows, columns of different lengths, an empty id, or a date that is
 * not a valid serial (see checkSerial: 60, below 1, above 2958465).
 *
 * @example
 * // customers a, b in Jan 2024 (45292 = 2024-01-01), a again in Mar 2024 (45352 = 2024-03-01)
 * cohortRetention(["a", "b", "a"], [45292, 45300, 45352]).retention // => [[1, 0, 0.5]]
 */
import { checkSerial, serialFromValidYmd, ymdFromSerial } from "../dates/serial";
import { invalidInput } from "../errors";
import { describe } from "../validate";
import { IdInterner } from "../customers/ids";

export type CohortPeriod = "month" | "quarter";

export interface CohortTable {
  period: CohortPeriod;
  /** "2024-01" or "2024-Q1", oldest first. */
  cohorts: string[];
  /** First day of each cohort period, as a 1900-system serial. */
  starts: number[];
  /** Customers acquired in each cohort. */
  sizes: number[];
  /** active[i][k]: customers of cohort i who bought k periods after acquisition. */
  active: number[][];
  /** retention[i][k] = active[i][k] / sizes[i]. */
  retention: number[][];
}

const WHERE = "cohortRetention";

export function cohortRetention(
  customerIds: readonly (string | number)[],
  dates: readonly number[],
  period: CohortPeriod = "month",
): CohortTable {
  checkPeriod(period);
  const n = customerIds.length;
  if (n === 0 || dates.length !== n) {
    throw invalidInput(
      WHERE,
      `Give one date per customer id and at least one row: ${n} ids, ${dates.length} dates.`,
      `每个客户编号需要一个日期，且至少一行：有 ${n} 个编号、${dates.length} 个日期。`,
    );
  }
  const interner = new IdInterner();
  const customer = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    customer[i] = interner.indexOf(customerIds[i]);
    if (customer[i]! < 0) {
      throw invalidInput(
        WHERE,
        `Row ${i + 1}: the customer id must be text or a number, got ${describe(customerIds[i])}.`,
        `第 ${i + 1} 行：客户编号必须是文本或数字，收到的是 ${describe(customerIds[i])}。`,
      );
    }
    checkSerial(WHERE, dates[i] as number);
  }
  return cohortRetentionOf(customer, dates, interner.size, period);
}

/**
 * {@link cohortRetention} of rows numbered by customer (index ≥ 0; −1 = row not used) with valid
 * serial days, e.g. a {@link readPurchases} result (`customer`, `day`, `ids.length`). Cost and
 * result as cohortRetention. Throws `invalid` for an unknown period or no row used.
 *
 * @example
 * cohortRetentionOf([0, 1, -1, 0], [45292, 45300, 45310, 45352], 2).retention // => [[1, 0, 0.5]]
 */
export function cohortRetentionOf(
  customer: ArrayLike<number>,
  dates: ArrayLike<number>,
  customers: number,
  period: CohortPeriod = "month",
): CohortTable {
  checkPeriod(period);
  const n = customer.length;
  const perYear = period === "month" ? 12 : 4;
  const periodOf = new Float64Array(n);
  const first = new Array<number>(customers).fill(Infinity);
  let lastPeriod = -Infinity;
  let used = 0;
  for (let i = 0; i < n; i++) {
    const c = customer[i]!;
    if (c < 0) continue;
    used++;
    const { year, month } = ymdFromSerial(dates[i]!);
    const p = year * perYear + Math.floor(((month - 1) * perYear) / 12);
    if (p < first[c]!) first[c] = p;
    periodOf[i] = p;
    if (p > lastPeriod) lastPeriod = p;
  }
  if (used === 0) {
    throw invalidInput(
      WHERE,
      "No purchase row is left to build cohorts from.",
      "没有可用于构建同期群的购买记录。",
    );
  }
  for (let c = 0; c < customers; c++) if (first[c] === Infinity) first[c] = NaN;
  const cohortPeriods = [...new Set(first.filter((p) => p === p))].sort((a, b) => a - b);
  const row = new Map(cohortPeriods.map((p, i) => [p, i]));
  const active = cohortPeriods.map((p) => new Array<number>(lastPeriod - p + 1).fill(0));
  const sizes = cohortPeriods.map(() => 0);
  for (const p of first) {
    if (p !== p) continue;
    const r = row.get(p) as number;
    sizes[r] = (sizes[r] as number) + 1;
  }
  // One count per customer and period: sort the codes customer · span + offset, count each once.
  const span = lastPeriod - (cohortPeriods[0] as number) + 1;
  const codes = new Float64Array(used);
  for (let i = 0, j = 0; i < n; i++) {
    const c = customer[i]!;
    if (c >= 0) codes[j++] = c * span + (periodOf[i]! - first[c]!);
  }
  codes.sort();
  for (let i = 0; i < used; i++) {
    const code = codes[i] as number;
    if (i > 0 && code === codes[i - 1]) continue;
    const c = Math.floor(code / span);
    const counts = active[row.get(first[c] as number) as number] as number[];
    const offset = code - c * span;
    counts[offset] = (counts[offset] as number) + 1;
  }
  return {
    period,
    cohorts: cohortPeriods.map((p) => label(p, period)),
    starts: cohortPeriods.map((p) =>
      serialFromValidYmd(Math.floor(p / perYear), (p % perYear) * (12 / perYear) + 1, 1),
    ),
    sizes,
    active,
    retention: active.map((counts, i) => counts.map((a) => a / (sizes[i] as number))),
  };
}

function checkPeriod(period: unknown): void {
  if (period !== "month" && period !== "quarter") {
    throw invalidInput(
      WHERE,
      `The period must be "month" or "quarter", got ${describe(period)}.`,
      `周期必须是 "month"（月）或 "quarter"（季度），收到的是 ${describe(period)}。`,
    );
  }
}

function label(p: number, period: CohortPeriod): string {
  if (period === "quarter") return `${Math.floor(p / 4)}-Q${(p % 4) + 1}`;
  return `${Math.floor(p / 12)}-${String((p % 12) + 1).padStart(2, "0")}`;
}
