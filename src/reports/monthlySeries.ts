/**
 * Each customer's purchase volume per calendar month, oldest → newest, for the lifecycle rule
 * (CRM_MODELS.md §4), sized by the customer's own data rather than by the span of the whole
 * export, so that one row dated far before the rest (1900-01-01) costs a few cells, not a grid of
 * customers × 1,500 months. Two bounds, neither of which changes a stage of {@link lifecycleStage}
 * with parameters `p` (checked by the report's tests against the full series):
 * - the part of a run of empty months between two purchase months that lies before the last
 *   2·window months (the recent and previous windows, kept whole) is shortened to
 *   g = max(w, E) + 1 (windows of w inside it all sum to 0; the first purchase stays more than E
 *   periods back); the months removed are added back to `periodsSinceFirst` (`removed`);
 * - trailing empty months beyond L (terminated) are not stored: L of them already terminate
 *   (`idleRemoved`, also in `removed`, to add back to the idle periods);
 * then the series is padded in front with empty months to min(m, 2·window) so the window rule
 * (w = min(window, ⌊n/2⌋)) sees the length it would on the whole span m.
 * With `periodMonths` k > 1 the periods are calendar blocks of k months (k = 3: quarters Jan–Mar
 * …, 12: calendar years), numbered ⌊month index ÷ k⌋; `endMonth`, `m` and every count above are
 * then in those periods.
 * Rows are grouped by {@link customerRows}; each customer's series is written straight into
 * one flat buffer (a day's purchases summed, then added to its period, as the purchase periods
 * of {@link periodsByCustomer} would be). Cost O(n) for rows in day order (else as the sort);
 * memory O(n + Σ stored months), no per-customer objects. Throws `invalid` for a customer index
 * with no purchase row (the reader gives none) and for a day that is no Excel date.
 *
 * @example
 * const s = monthlySeries([0, 0], [45658, 45689], [10, 20], 1, 2025 * 12 + 1, 2, { window: 3, explorationPeriods: 3, terminatedPeriods: 6 });
 * [Array.from(s.volume), Array.from(s.offset)] // => [[10, 20], [0, 2]]
 */
import { FICTITIOUS_LEAP_DAY, MAX_SERIAL, ymdFromSerial } from "../dates";
import { invalidInput } from "../errors";
import { customerRows } from "../clv/purchaseDays";

export interface MonthlySeries {
  /** Series of customer j at [offset[j], offset[j + 1]). */
  readonly offset: Int32Array;
  /** All series, one after the other (a view of the first offset[customers] cells of the buffer). */
  readonly volume: Float64Array;
  /** Empty months left out of customer j's series (inner runs shortened, trailing run capped). */
  readonly removed: Int32Array;
  /** Of those, the trailing ones (to add back to the idle periods). */
  readonly idleRemoved: Int32Array;
}

/** Period number of a serial day: ⌊(12·year + month − 1) ÷ k⌋ for periods of k calendar months. */
export const periodOf = (serial: number, k = 1): number => {
  const { year, month } = ymdFromSerial(serial);
  return Math.floor((year * 12 + month - 1) / k);
};

export function monthlySeries(
  customer: ArrayLike<number>,
  days: ArrayLike<number>,
  amounts: ArrayLike<number>,
  customers: number,
  endMonth: number,
  m: number,
  p: { window: number; explorationPeriods: number; terminatedPeriods: number },
  periodMonths = 1,
): MonthlySeries {
  const { start, day: rowDay, amount, lo, hi } = customerRows(customer, days, amounts, customers, true);
  const periodAt = periodLookup(lo, hi, rowDay.length, periodMonths);
  const gapKept = Math.max(p.window, p.explorationPeriods) + 1;
  const protectedFrom = endMonth - 2 * p.window + 1;
  // Cells one row can add: its period, the kept part of the empty run before it (at most
  // gapKept outside the last 2·window periods, plus those).
  const perRow = 1 + gapKept + 2 * p.window;
  const offset = new Int32Array(customers + 1);
  const removed = new Int32Array(customers);
  const idleRemoved = new Int32Array(customers);
  // One flat buffer, zero-filled, written only where a period has a purchase: empty periods are
  // skipped over, so the buffer beyond `len` is always zero, also after it grows.
  let cells = new Float64Array(Math.max(1024, 2 * rowDay.length));
  let len = 0;
  for (let c = 0; c < customers; c++) {
    offset[c] = len;
    const from = start[c]!;
    const to = start[c + 1]!;
    if (from === to) throw noPurchase(c);
    let day = rowDay[from]!;
    let month = periodAt(day);
    const full = endMonth - month + 1; // the customer's own span, unshortened
    const pad = Math.max(0, Math.min(m, Math.max(full, 2 * p.window)) - full);
    const most = len + pad + 1 + (to - from) * perRow + Math.max(0, p.terminatedPeriods);
    if (most > cells.length) {
      const grown = new Float64Array(Math.max(most, 2 * cells.length));
      grown.set(cells.subarray(0, len));
      cells = grown;
    }
    len += pad + 1; // the first purchase period is cells[len − 1]
    let daySpend = 0; // a day's purchases are summed first, then added to its period
    let gaps = 0;
    for (let j = from; j < to; j++) {
      const d = rowDay[j]!;
      if (d !== day) {
        cells[len - 1] = cells[len - 1]! + daySpend;
        daySpend = 0;
        day = d;
        const mo = periodAt(d);
        if (mo !== month) {
          const gap = mo - month - 1;
          // Only empty periods before the last 2·window (recent and previous windows) are removed.
          const outside = Math.max(0, Math.min(mo - 1, protectedFrom - 1) - month);
          const kept = gap - Math.max(0, outside - gapKept);
          gaps += gap - kept;
          len += kept + 1;
          month = mo;
        }
      }
      daySpend += amount[j]!;
    }
    cells[len - 1] = cells[len - 1]! + daySpend;
    const trailing = Math.min(endMonth - month, p.terminatedPeriods);
    idleRemoved[c] = endMonth - month - trailing;
    removed[c] = gaps + idleRemoved[c]!;
    len += Math.max(0, trailing);
  }
  offset[customers] = len;
  return { offset, volume: cells.subarray(0, len), removed, idleRemoved };
}

const NO_PERIOD = -1; // periods are ≥ 1900·12 ÷ 12

/**
 * The period of a floored serial day: a table over the days used when they span at most about
 * 4 per row (an export's ~730 days), else a cache of each day met. A day that is no Excel date
 * throws as {@link periodOf} does.
 */
function periodLookup(lo: number, hi: number, used: number, k: number): (day: number) => number {
  if (used > 0 && hi - lo <= 4 * used + 1024) {
    const table = new Int32Array(hi - lo + 1);
    for (let d = lo; d <= hi; d++)
      table[d - lo] = d >= 1 && d <= MAX_SERIAL && d !== FICTITIOUS_LEAP_DAY ? periodOf(d, k) : NO_PERIOD;
    return (day) => {
      const mo = table[day - lo]!;
      return mo === NO_PERIOD ? periodOf(day, k) : mo;
    };
  }
  const cache = new Map<number, number>();
  return (day) => {
    let mo = cache.get(day);
    if (mo === undefined) cache.set(day, (mo = periodOf(day, k)));
    return mo;
  };
}

function noPurchase(c: number) {
  return invalidInput(
    "lifecycleReport",
    `Customer ${c + 1} has no purchase: every customer of the series needs one (amount > 0).`,
    `第 ${c + 1} 位客户没有购买：序列中的每位客户都需要至少一笔购买（金额 > 0）。`,
  );
}
