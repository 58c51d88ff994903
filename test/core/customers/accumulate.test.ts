/**
 * The adding-up pass behind the customer table (CRM_MODELS.md §1): with more customers than the
 * caches hold (over 8 groups of 16,384) it sorts each chunk of rows by group of customers first;
 * the records must be exactly those of a plain per-row group-by over the same rows.
 */
import { RECENT_WINDOW_DAYS } from "../../../src/customers/accumulate";
import { readPurchases } from "../../../src/customers/purchases";
import { customerTableOf } from "../../../src/customers/table";
import { Workspace } from "../../../src/customers/workspace";
import { seededUniform } from "../../../src/random";

/** Independent reference over the rows as read: one record per customer, rows in row order. */
function groupBy(p: ReturnType<typeof readPurchases>) {
  const k = p.ids.length;
  const cents = new Float64Array(k);
  const rest = new Float64Array(k);
  const first = new Int32Array(k);
  const last = new Int32Array(k);
  const freq = new Int32Array(k);
  const refunds = new Int32Array(k);
  const recent = new Int32Array(k);
  for (let i = 0; i < p.customer.length; i++) {
    const c = p.customer[i]!;
    if (c < 0) continue;
    const a = p.amount[i]!;
    const d = p.day[i]!;
    if (Number.isInteger(Math.round(a * 100)) && Math.round(a * 100) / 100 === a)
      cents[c] = cents[c]! + Math.round(a * 100);
    else rest[c] = rest[c]! + a;
    if (a > 0) {
      first[c] = first[c] === 0 ? d : Math.min(first[c]!, d);
      last[c] = Math.max(last[c]!, d);
      freq[c] = freq[c]! + 1;
      if (p.asOf - d < RECENT_WINDOW_DAYS) recent[c] = recent[c]! + 1;
    } else if (a < 0) refunds[c] = refunds[c]! + 1;
  }
  const monetary = Array.from(cents, (x, c) => x / 100 + rest[c]!);
  return { first, last, freq, refunds, recent, monetary };
}

describe("accumulate: the grouped pass (many customers) equals a plain group-by", () => {
  it("1,100,000 rows over a chunk boundary, 200,000 customers, cents, longer decimals and refunds; with and without a workspace", () => {
    const rand = seededUniform(20261202);
    const n = 1_100_000;
    const ids = Array.from({ length: n }, () => `C${Math.floor(rand() * 200000)}`);
    const dates = Array.from({ length: n }, () => 45000 + Math.floor(rand() * 700));
    const amounts = Array.from({ length: n }, () => {
      const u = rand();
      const a = Math.round(rand() * 50000) / 100;
      return u < 0.05 ? -a : u < 0.1 ? a + 0.001 : a;
    });
    const w = new Workspace();
    for (const workspace of [undefined, w]) {
      const p = readPurchases(ids, dates, amounts, { workspace });
      expect(p.ids.length).toBeGreaterThan(8 * 16384);
      const want = groupBy(p);
      const t = customerTableOf(p, "days", workspace);
      const differing = (a: ArrayLike<number>, b: ArrayLike<number>) => {
        let d = a.length === b.length ? 0 : -1;
        for (let c = 0; d >= 0 && c < a.length; c++) if (a[c] !== b[c]) d++;
        return d;
      };
      expect([
        differing(t.firstPurchase, want.first),
        differing(t.lastPurchase, want.last),
        differing(t.frequency, want.freq),
        differing(t.refunds, want.refunds),
        differing(t.purchasesLast6Months, want.recent),
        differing(t.monetary, want.monetary),
      ]).toEqual([0, 0, 0, 0, 0, 0]);
    }
  });
});
