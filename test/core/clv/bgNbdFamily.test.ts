/**
 * The BG/NBD family's likelihood on a prepared table (per-distinct T and t_x logs, per-group
 * terms hoisted, ln-sum-exp written out) gives exactly — to the last bit, value and gradient —
 * what the row-by-row formula gives (the formula as it was before the table: every row its own
 * logs and {@link logSumExp}), for BG/NBD and MBG/NBD, with x = 0 rows, weights and repeated
 * T and t_x values, and at parameters far from the data (terms that underflow).
 */
import fc from "fast-check";
import { evaluate, groups, prepareRows, Rows } from "../../../src/clv/bgNbdFamily";
import { digamma, logGamma, logSumExp } from "../../../src/clv";

/** The row-by-row mean negative log-likelihood and its gradient in ln-parameters. */
function reference(data: Rows, p: number[], grad: Float64Array | null, shift: 0 | 1): number {
  const grp = groups(data.x);
  const [r, alpha, a, b] = p as [number, number, number, number];
  const ng = grp.values.length;
  const wSum = new Float64Array(ng),
    lnC = new Float64Array(ng);
  for (let i = 0; i < data.x.length; i++) wSum[grp.of[i]!] = wSum[grp.of[i]!]! + data.weight[i]!;
  let ll = 0,
    dr = 0,
    dAlpha = 0,
    da = 0,
    db = 0,
    n = 0;
  for (let g = 0; g < ng; g++) {
    const xg = grp.values[g]!,
      w = wSum[g]!;
    n += w;
    const bx = b + xg + shift;
    ll +=
      w * (logGamma(r + xg) - logGamma(r) + logGamma(bx) - logGamma(b) + logGamma(a + b) - logGamma(a + bx));
    lnC[g] = xg + shift > 0 ? Math.log(a) - Math.log(bx - 1) : -Infinity;
    if (grad) {
      const psiABX = digamma(a + bx);
      dr += w * (digamma(r + xg) - digamma(r));
      da += w * (digamma(a + b) - psiABX);
      db += w * (digamma(bx) - digamma(b) + digamma(a + b) - psiABX);
    }
  }
  ll += n * r * Math.log(alpha);
  if (grad) ((dr += n * Math.log(alpha)), (dAlpha += (n * r) / alpha));
  for (let i = 0; i < data.x.length; i++) {
    const x = data.x[i]!,
      w = data.weight[i]!,
      T = data.T[i]!,
      tx = data.tx[i]!;
    const lnAT = Math.log(alpha + T);
    const A = -(r + x) * lnAT;
    if (x + shift === 0) {
      ll += w * A;
      if (grad) ((dr -= w * lnAT), (dAlpha -= (w * r) / (alpha + T)));
      continue;
    }
    const lnAt = Math.log(alpha + tx);
    const B = lnC[grp.of[i]!]! - (r + x) * lnAt;
    ll += w * logSumExp(A, B);
    if (grad) {
      const wB = 1 / (1 + Math.exp(A - B)),
        wA = 1 - wB;
      dr -= w * (wA * lnAT + wB * lnAt);
      dAlpha -= w * (r + x) * (wA / (alpha + T) + wB / (alpha + tx));
      da += (w * wB) / a;
      db -= (w * wB) / (b + x + shift - 1);
    }
  }
  if (grad) {
    grad[0] = (-dr * r) / n;
    grad[1] = (-dAlpha * alpha) / n;
    grad[2] = (-da * a) / n;
    grad[3] = (-db * b) / n;
  }
  return -ll / n;
}

// Customers on a small grid of days (as a real export: few distinct T and t_x), x ≤ 12.
const customer = fc
  .record({
    x: fc.integer({ min: 0, max: 12 }),
    T: fc.integer({ min: 0, max: 40 }),
    f: fc.integer({ min: 0, max: 40 }),
    w: fc.constantFrom(1, 1, 2, 0.5, 3.25),
  })
  .map(({ x, T, f, w }) => ({ x, T: T / 7, tx: x > 0 ? Math.min(f, T) / 7 : 0, w }));
const param = fc.double({ min: 1e-3, max: 1e3, noNaN: true });

describe("BG/NBD family likelihood on a prepared table", () => {
  it("equals the row-by-row formula to the last bit (value and gradient, both models)", () => {
    fc.assert(
      fc.property(
        fc.array(customer, { minLength: 1, maxLength: 40 }),
        fc.tuple(param, param, param, param),
        fc.constantFrom<0 | 1>(0, 1),
        (cs, p, shift) => {
          const data = {
            x: cs.map((c) => c.x),
            tx: cs.map((c) => c.tx),
            T: cs.map((c) => c.T),
            weight: cs.map((c) => c.w),
          };
          const prepared = prepareRows(data);
          const g = new Float64Array(4),
            gRef = new Float64Array(4);
          const v = evaluate(prepared, p, g, shift);
          expect(Object.is(v, reference(data, p, gRef, shift))).toBe(true);
          expect(Array.from(g)).toEqual(Array.from(gRef));
          // a value-only evaluation on the same (reused) table gives the same value
          expect(Object.is(evaluate(prepared, p, null, shift), v)).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });
});
