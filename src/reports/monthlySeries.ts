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
 * Cost O(Σ purchase months); memory O(Σ stored months).
 *
 * @example
 * const s = monthlySeries([0, 0], [45658, 45689], [10, 20], 1, 2025 * 12 + 1, 2, { window: 3, explorationPeriods: 3, terminatedPeriods: 6 });
 * [Array.from(s.volume), Array.from(s.offset)] // => [[10, 20], [0, 2]]
 */
import { ymdFromSerial } from "../dates";
import { periodsByCustomer } from "../clv/purchaseDays";

export interface MonthlySeries {
  /** Series of customer j at [offset[j], offset[j + 1]). */
  readonly offset: Int32Array;
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
  // Days repeat (about 730 distinct days in a million rows): each day's period is computed once.
  const periodOfDay = new Map<number, number>();
  const monthOf = (serial: number): number => {
    let mo = periodOfDay.get(serial);
    if (mo === undefined) periodOfDay.set(serial, (mo = periodOf(serial, periodMonths)));
    return mo;
  };
  const per = periodsByCustomer("lifecycleReport", customer, days, amounts, customers, 1, true);
  const gapKept = Math.max(p.window, p.explorationPeriods) + 1;
  const protectedFrom = endMonth - 2 * p.window + 1;
  const offset = new Int32Array(customers + 1);
  const removed = new Int32Array(customers);
  const idleRemoved = new Int32Array(customers);
  const cells: number[] = [];
  const series: number[] = []; // one customer's series, reused
  for (let c = 0; c < customers; c++) {
    offset[c] = cells.length;
    const from = per.start[c]!;
    const to = per.start[c + 1]!;
    series.length = 0;
    let month = -1;
    for (let j = from; j < to; j++) {
      const mo = monthOf(per.day[j]!);
      if (month >= 0 && mo !== month) {
        const gap = mo - month - 1;
        // Only empty months before the last 2·window (recent and previous windows) are removed.
        const outside = Math.max(0, Math.min(mo - 1, protectedFrom - 1) - month);
        const kept = gap - Math.max(0, outside - gapKept);
        removed[c] = removed[c]! + gap - kept;
        for (let g = 0; g < kept; g++) series.push(0);
      }
      if (mo !== month) series.push(0);
      series[series.length - 1] = series[series.length - 1]! + per.spend[j]!;
      month = mo;
    }
    const trailing = Math.min(endMonth - month, p.terminatedPeriods);
    idleRemoved[c] = endMonth - month - trailing;
    removed[c] = removed[c]! + idleRemoved[c]!;
    for (let g = 0; g < trailing; g++) series.push(0);
    const full = endMonth - monthOf(per.day[from]!) + 1; // the customer's own span, unshortened
    const pad = Math.min(m, Math.max(full, 2 * p.window)) - full;
    for (let g = 0; g < pad; g++) cells.push(0);
    for (const v of series) cells.push(v);
  }
  offset[customers] = cells.length;
  return { offset, volume: Float64Array.from(cells), removed, idleRemoved };
}
