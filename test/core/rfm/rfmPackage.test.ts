import fc from "fast-check";
import { rfmBreaks, binColumn } from "../../../src/rfm/breaks";
import { scoreColumn } from "../../../src/rfm/column";
import { binByThresholds, SEED_RECENCY_DAYS } from "../../../src/rfm/bin";
import { quantile7, seqProbs } from "../../../src/rfm/quantile7";
import { scoreCustomerTable } from "../../../src/rfm/table";
import { customerTable } from "../../../src/customers/table";
import { codeOf } from "../../helpers/errors";
import { readReferenceData } from "../../helpers/data";

// Fixed seed: the same cases every run (STYLE.md rule 8).
fc.configureGlobal({ seed: 20261125 });

function rfmOrders() {
  const lines = readReferenceData("rfm/rfm_data_orders.csv").trim().split("\n").slice(1);
  const ids: string[] = [];
  const dates: string[] = [];
  const amounts: number[] = [];
  for (const line of lines) {
    const m = /^"([^"]*)",([\d-]+),([\d.]+),/.exec(line)!;
    ids.push(m[1]!);
    dates.push(m[2]!);
    amounts.push(Number(m[3]));
  }
  return customerTable(ids, dates, amounts, { asOf: "2006-12-31" });
}

const counts = (scores: Uint8Array, bins: number) => {
  const c = new Array<number>(bins).fill(0);
  for (const s of scores) c[s - 1]!++;
  return c;
};

describe('method "rfm": parity with the R package rfm 0.3.0 on its sample orders', () => {
  const t = rfmOrders();
  // The rfm sample has no refunds, so our F (purchase rows) equals the package's n() per customer.
  it("5 bins: published counts F 268/187/176/244/120, M 200/200/198/202/195", () => {
    expect(counts(scoreColumn(t.frequency, 5, "F", "rfm"), 5)).toEqual([268, 187, 176, 244, 120]);
    expect(counts(scoreColumn(t.monetary, 5, "M", "rfm"), 5)).toEqual([200, 200, 198, 202, 195]);
  });
  it("recency, 5 bins: R scores 1…5 for 197/200/199/199/200 customers (rfm 0.3.0 code re-run in R 4)", () => {
    expect(counts(scoreColumn(t.daysSinceLastPurchase, 5, "R", "rfm"), 5)).toEqual([197, 200, 199, 199, 200]);
  });
  it("breaks equal R's quantile(…, seq(0, 1, length.out = 6)) + 1 to the last bit", () => {
    expect(rfmBreaks(t.daysSinceLastPurchase, 5, "R", "rfm").thresholds).toEqual([
      115, 181, 297.40000000000009, 482,
    ]);
    expect(rfmBreaks(t.monetary, 5, "M", "rfm").thresholds).toEqual([255.8, 382, 506.40000000000009, 666]);
    expect(rfmBreaks(t.frequency, 5, "F", "rfm").thresholds).toEqual([4, 5, 6, 8]);
    expect(rfmBreaks(t.daysSinceLastPurchase, 3, "R", "rfm").thresholds).toEqual([161, 379.33333333333326]);
    expect(rfmBreaks(t.monetary, 3, "M", "rfm").thresholds).toEqual([344.66666666666663, 555]);
  });
  it("4 and 3 bins: counts from the same R transcription", () => {
    expect(counts(scoreColumn(t.daysSinceLastPurchase, 4, "R", "rfm"), 4)).toEqual([245, 249, 250, 251]);
    expect(counts(scoreColumn(t.frequency, 4, "F", "rfm"), 4)).toEqual([268, 363, 150, 214]);
    expect(counts(scoreColumn(t.monetary, 4, "M", "rfm"), 4)).toEqual([251, 250, 247, 247]);
    expect(counts(scoreColumn(t.daysSinceLastPurchase, 3, "R", "rfm"), 3)).toEqual([329, 331, 335]);
    expect(counts(scoreColumn(t.frequency, 3, "F", "rfm"), 3)).toEqual([455, 326, 214]);
    expect(counts(scoreColumn(t.monetary, 3, "M", "rfm"), 3)).toEqual([332, 332, 331]);
  });
  it("per-customer RFM codes: checksums from R (Σcode, Σcode², Σcode·days, Σcode·amount; cells 555/111/543)", () => {
    const s = scoreCustomerTable(t, { bins: 5, method: "rfm" });
    let sum = 0,
      sq = 0,
      byDays = 0,
      byAmount = 0;
    s.code.forEach((c, i) => {
      sum += c;
      sq += c * c;
      byDays += c * t.daysSinceLastPurchase[i]!;
      byAmount += c * t.monetary[i]!;
    });
    expect([sum, sq, byDays, byAmount]).toEqual([329437, 130535389, 67735636, 165437173]);
    const cell = (c: number) => Array.from(s.code).filter((x) => x === c).length;
    expect([cell(555), cell(111), cell(543)]).toEqual([35, 75, 13]);
  });
});

describe("rfmBreaks and scoreColumn doc examples", () => {
  it("quantile and rfm methods", () => {
    expect(rfmBreaks([10, 20, 30, 40, 50], 5, "M")).toEqual({
      thresholds: [10, 20, 30, 40],
      closed: "upper",
      metric: "M",
    });
    expect(Array.from(scoreColumn([1, 1, 2, 3, 9], 5, "F", "rfm"))).toEqual([1, 1, 2, 3, 5]);
    expect(rfmBreaks([3, 3, 1, 9], 4, "R")).toEqual({ thresholds: [3, 3, 9], closed: "lower", metric: "R" });
  });
});

describe("quantile7 (R type 7)", () => {
  it("doc examples and R values", () => {
    expect(quantile7(Float64Array.of(1, 2, 3, 4), 0.5)).toBe(2.5);
    expect(seqProbs(5)).toEqual([0, 0.2, 0.4, 0.6000000000000001, 0.8, 1]);
    // R: quantile(1:5, seq(0, 1, length.out = 6)) + 1 → 2.7999999999999998 3.6000000000000001 4.4000000000000004 5.2000000000000002
    expect(rfmBreaks([1, 2, 3, 4, 5], 5, "F", "rfm").thresholds).toEqual([2.8, 3.6, 4.4, 5.2]);
    expect(quantile7(Float64Array.of(7), 0.3)).toBe(7);
  });
  it("property: between the order statistics it interpolates, monotone in p", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 50 }),
        (xs) => {
          const s = Float64Array.from(xs).sort();
          let prev = -Infinity;
          for (const p of seqProbs(7)) {
            const q = quantile7(s, p);
            expect(q).toBeGreaterThanOrEqual(s[0]!);
            expect(q).toBeLessThanOrEqual(s[s.length - 1]!);
            expect(q).toBeGreaterThanOrEqual(prev - 1e-9 * Math.abs(prev));
            prev = q;
          }
        },
      ),
    );
  });
});

describe("binByThresholds (fixed thresholds, seed 003)", () => {
  it("the seed's recency table: R ≤ 7 → 5, 8–30 → 4, 31–60 → 3, 61–120 → 2, ≥ 121 → 1", () => {
    const r = (d: number) => binByThresholds(d, SEED_RECENCY_DAYS, "R");
    expect([0, 7, 8, 30, 31, 60, 61, 120, 121, 999].map(r)).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
  });
  it("doc examples; closed lower = R package bins", () => {
    expect(binByThresholds(7, [7, 30, 60, 120], "R")).toBe(5);
    expect(binByThresholds(121, [7, 30, 60, 120], "R")).toBe(1);
    expect(binByThresholds(3, [1, 2, 5, 10], "F")).toBe(3);
    expect(binByThresholds(5, [5, 10], "M", "lower")).toBe(2);
    expect(binByThresholds(5, [5, 10], "M", "upper")).toBe(1);
  });
  it("property: scores in 1…b, monotone in the value, equal thresholds allowed", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: -5, max: 60 }),
        (ts, v) => {
          const t = [...ts].sort((a, b) => a - b);
          const s = binByThresholds(v, t, "M");
          expect(s).toBeGreaterThanOrEqual(1);
          expect(s).toBeLessThanOrEqual(t.length + 1);
          expect(binByThresholds(v + 1, t, "M")).toBeGreaterThanOrEqual(s);
          expect(binByThresholds(v, t, "R")).toBe(t.length + 2 - s);
        },
      ),
    );
  });
  describe("edge cases", () => {
    it("unsorted, empty, too many, non-finite thresholds; bad value; bad closed", () => {
      expect(codeOf(() => binByThresholds(5, [30, 7], "R"))).toBe("invalid");
      expect(codeOf(() => binByThresholds(5, [], "R"))).toBe("invalid");
      expect(codeOf(() => binByThresholds(5, [1, 2, 3, 4, 5, 6, 7, 8, 9], "R"))).toBe("invalid");
      expect(codeOf(() => binByThresholds(5, [1, NaN], "R"))).toBe("invalid");
      expect(codeOf(() => binByThresholds(NaN, [1, 2], "R"))).toBe("invalid");
      expect(codeOf(() => binByThresholds(5, [1, 2], "R", "both" as never))).toBe("invalid");
      expect(codeOf(() => binColumn([1, "x" as unknown as number], rfmBreaks([1, 2])))).toBe("invalid");
    });
  });
});
