/**
 * The adding-up pass behind {@link customerTable} (CRM_MODELS.md §1), over rows already read by
 * {@link readPurchases}: per-customer records of 32 bytes (net sum, first and last purchase,
 * purchases, refunds, rows, purchases in the last 6 months) in one buffer sized once. "The last
 * 6 months" (seed 003's mailing policy, CRM_MODELS.md §2) are the {@link RECENT_WINDOW_DAYS}
 * days before the as-of date: a purchase counts when as-of − its day < 6 × 30.4375 (the mean
 * month of recency in months), i.e. at most 182 days before. A separate pass on purpose: the loop is so
 * short that the processor keeps many of its (random) record accesses in flight at once. No
 * object is allocated per row. Cost O(n). Internal: the public entry is `customerTable`.
 *
 * The net sum is independent of row order: an amount with at most two decimals (a·100 rounds to
 * a whole number n of cents with n/100 = a, |a| < 10¹¹) is added as whole cents, exactly, and
 * the sum is n/100 at the end — the double nearest the exact total. Only other amounts (three or
 * more decimals) are added as doubles, in row order, to a separate remainder. So two customers
 * with the same amounts in any order get the same M, and tie (CRM_MODELS.md §2: ties share a
 * score), exactly while a customer's total stays below 9·10¹³ (2⁵³ cents).
 */
import { PurchaseRows } from "./purchases";
import { DAYS_PER_UNIT } from "./recency";
import { warmLines } from "./cacheLines";
import { float64Array, int32Array, Workspace } from "./workspace";
const { round } = Math;

/** A customer's record: Float64 index 4c = net sum; Int32 index 8c + FIRST … = the counts. */
export const FIRST = 2;
export const LAST = 3;
export const FREQ = 4;
export const REFUNDS = 5;
export const ROWS = 6;
export const RECENT = 7;

/** Six mean months in days (182.625): the window of "purchases in the last 6 months". */
export const RECENT_WINDOW_DAYS = 6 * DAYS_PER_UNIT.months;

export interface Accumulated {
  /** Net sum of customer c at index 4c (order-independent, see above). */
  readonly sums: Float64Array;
  /** First / last purchase, purchases, refunds, rows, recent purchases of customer c at 8c + FIRST … RECENT. */
  readonly counts: Int32Array;
}

/** Customers per group of the grouped pass: 16,384 records of 32 bytes (512 KB, within L2). */
const GROUP_BITS = 14;
/** Rows per chunk of the grouped pass. */
const CHUNK = 1 << 20;

export function accumulate(p: PurchaseRows, workspace?: Workspace): Accumulated {
  const { customer, day, amount, order } = p;
  const n = customer.length;
  const k = p.ids.length;
  const sums = float64Array(workspace, "accumulate", 4 * k);
  const counts = new Int32Array(sums.buffer, 0, 8 * k);
  let orderOwner = new Int32Array(0);
  if (order !== undefined) {
    let m = 0;
    for (let i = 0; i < n; i++) if (order[i]! >= m) m = order[i]! + 1;
    orderOwner = new Int32Array(m).fill(-1);
  }
  const sharedOrders = new Set<number>();
  const recentFrom = p.asOf - RECENT_WINDOW_DAYS;
  let rest: Float64Array | undefined; // sums of amounts that are not whole cents, by customer
  const groups = (k + (1 << GROUP_BITS) - 1) >>> GROUP_BITS;
  if (groups <= 8 || order !== undefined) addRows(customer, day, amount, 0, n);
  else {
    // Records of more customers than the caches hold: each chunk of rows is first sorted by
    // group of customers (a stable counting sort), then added group by group, so that the
    // records a group touches stay in the cache. A customer's rows keep their order.
    const m0 = Math.min(n, CHUNK);
    const gc = int32Array(workspace, "accumulate.customer", m0);
    const gd = int32Array(workspace, "accumulate.day", m0);
    const ga = float64Array(workspace, "accumulate.amount", m0);
    const start = new Int32Array(groups + 1);
    for (let c0 = 0; c0 < n; c0 += CHUNK) {
      const c1 = Math.min(n, c0 + CHUNK);
      start.fill(0);
      for (let i = c0; i < c1; i++) if (customer[i]! >= 0) start[(customer[i]! >>> GROUP_BITS) + 1]!++;
      for (let g = 0; g < groups; g++) start[g + 1]! += start[g]!;
      for (let i = c0; i < c1; i++) {
        const c = customer[i]!;
        if (c < 0) continue;
        const q = start[c >>> GROUP_BITS]!++;
        gc[q] = c;
        gd[q] = day[i]!;
        ga[q] = amount[i]!;
      }
      for (let g = 0, q0 = 0; g < groups; g++) {
        const q1 = start[g]!;
        warmLines(counts, g << (GROUP_BITS + 3), Math.min(8 * k, (g + 1) << (GROUP_BITS + 3)));
        addRows(gc, gd, ga, q0, q1);
        q0 = q1;
      }
    }
  }
  for (let c = 0; c < k; c++) sums[c << 2] = sums[c << 2]! / 100 + (rest === undefined ? 0 : rest[c]!);
  return { sums, counts };

  /** Rows from … to − 1 of these columns added to their customers' records (row i: order[i] if any). */
  function addRows(
    customer: Int32Array,
    day: Int32Array,
    amount: Float64Array,
    from: number,
    to: number,
  ): void {
    for (let i = from; i < to; i++) {
      const c = customer[i]!;
      if (c < 0) continue;
      const d = day[i]!;
      const a = amount[i]!;
      const b = c << 3;
      const cents = round(a * 100);
      if (cents / 100 === a && a < 1e11 && a > -1e11) sums[c << 2] = sums[c << 2]! + cents;
      else {
        rest ??= new Float64Array(k);
        rest[c] = rest[c]! + a;
      }
      counts[b + ROWS] = counts[b + ROWS]! + 1;
      if (a > 0) {
        if (counts[b + FIRST] === 0 || d < counts[b + FIRST]!) counts[b + FIRST] = d;
        if (d > counts[b + LAST]!) counts[b + LAST] = d;
        let purchase = true;
        if (order !== undefined) {
          const o = order[i]!;
          const owner = orderOwner[o]!;
          if (owner === -1) orderOwner[o] = c;
          else if (owner === c) purchase = false;
          else {
            // An order id shared by several customers (bad data, but counted per customer).
            const key = c * 4294967296 + o;
            purchase = !sharedOrders.has(key);
            sharedOrders.add(key);
          }
        }
        if (purchase) {
          counts[b + FREQ] = counts[b + FREQ]! + 1;
          if (d > recentFrom) counts[b + RECENT] = counts[b + RECENT]! + 1;
        }
      } else if (a < 0) counts[b + REFUNDS] = counts[b + REFUNDS]! + 1;
    }
  }
}
