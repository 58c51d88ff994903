/**
 * scoreClvBatch gives exactly (to the last bit) what the one-customer functions give, customer by
 * customer, on CDNOW (Fader, Hardie & Lee 2005) for BG/NBD, MBG/NBD and Pareto/NBD: the batch
 * only shares work (parameters validated once, brackets once per distinct (x, T)).
 */
import {
  clvExpectedPurchases,
  clvProbabilityAlive,
  ContinuousPurchaseModelParams,
  discountedClv,
  scoreClvBatch,
} from "../../../src/clv";
import { CrmError } from "../../../src/errors";
import { cdnowSummary } from "./cdnowData";

const clvOptions = {
  modelUnit: "weeks",
  periodUnit: "months",
  periods: 12,
  annualDiscountRate: 0.1,
  margin: 0.3,
} as const;
const models: ContinuousPurchaseModelParams[] = [
  { model: "bgnbd", r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
  { model: "mbgnbd", r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 },
  { model: "pnbd", r: 0.553, alpha: 10.58, s: 0.606, beta: 11.67 },
];

describe("scoreClvBatch", () => {
  const d = cdnowSummary();
  const n = 600; // the first 600 CDNOW customers (Pareto/NBD one by one is the slow part)
  const x = d.x.slice(0, n),
    tx = d.tx.slice(0, n),
    T = d.T.slice(0, n);
  const spend = d.zbar.slice(0, n).map((z, i) => (x[i]! > 0 ? z : 35));
  it.each(models.map((m) => [m.model, m] as const))(
    "%s: same numbers as the one-customer functions",
    (_, m) => {
      const s = scoreClvBatch(m, { x, tx, T, spend }, { horizon: 39, clv: clvOptions });
      for (let i = 0; i < n; i++) {
        expect(s.alive[i]).toBe(clvProbabilityAlive(m, x[i]!, tx[i]!, T[i]!));
        expect(s.expected[i]).toBe(clvExpectedPurchases(m, 39, x[i]!, tx[i]!, T[i]!));
        expect(s.clv[i]).toBe(
          discountedClv(m, spend[i]!, { x: x[i]!, tx: tx[i]!, T: T[i]! }, clvOptions).clv,
        );
      }
    },
  );
  it("customers sharing (x, T) but not t_x keep their own P(alive)", () => {
    const m = models[0]!;
    const s = scoreClvBatch(
      m,
      { x: [2, 2], tx: [5, 30], T: [38, 38], spend: [10, 10] },
      { horizon: 52, clv: clvOptions },
    );
    expect(s.alive[0]).toBeLessThan(s.alive[1]!);
    expect(s.clv[1]).toBe(discountedClv(m, 10, { x: 2, tx: 30, T: 38 }, clvOptions).clv);
  });
  it("names the bad row and refuses bad options", () => {
    const m = models[0]!;
    const run = (tx1: number, spend1: number, periods = 12) =>
      scoreClvBatch(
        m,
        { x: [1, 1], tx: [1, tx1], T: [5, 5], spend: [1, spend1] },
        { horizon: 52, clv: { ...clvOptions, periods } },
      );
    expect(() => run(9, 1)).toThrow(/Row 2/);
    expect(() => run(1, -1)).toThrow(/Row 2: the expected spend/);
    expect(() => run(1, 1, 0)).toThrow(CrmError);
  });
});
