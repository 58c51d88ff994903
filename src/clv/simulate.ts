/**
 * Simulates customers of the BG/NBD model itself (Fader, Hardie & Lee 2005 §3 assumptions), for
 * parameter-recovery tests, benchmarks and teaching (CRM_MODELS.md §3): each customer draws
 * λ ~ gamma(r, rate α) and p ~ beta(a, b), buys at Poisson(λ) times from 0, and after each
 * repeat purchase drops out with probability p; observation stops at the customer's age T.
 * Returns the sufficient statistics (x, t_x, T) per customer.
 *
 * Randomness comes only from `random` (uniform on [0, 1)): with {@link seededUniform} the same
 * seed gives the same customers. Gamma variates by Marsaglia & Tsang (2000), with the
 * U^(1/shape) boost for shape < 1; beta as X/(X+Y).
 *
 * Cost O(n + Σ purchases). Throws `invalid` for bad parameters or ages.
 *
 * @example
 * simulateBgNbd({ model: "bgnbd", r: 0.25, alpha: 4, a: 0.8, b: 2.5 }, [39, 39], seededUniform(1)).x.length
 * // => 2
 */
import { requireFiniteArray, requireNonNegative } from "../validate";
import { BgNbdParams, checkBgNbdParams } from "./bgNbd";
// Module-level aliases: looking up the global Math is far slower inside Jest's sandbox.
const { PI, cos, log, pow, sqrt } = Math;

export function simulateBgNbd(
  params: BgNbdParams,
  ages: readonly number[],
  random: () => number,
): { x: number[]; tx: number[]; T: number[] } {
  const where = "simulateBgNbd";
  const { r, alpha, a, b } = checkBgNbdParams(where, params);
  requireFiniteArray(where, { en: "The ages T", zh: "客户年龄 T" }, ages);
  const x: number[] = [],
    tx: number[] = [],
    T: number[] = [];
  for (const age of ages) {
    requireNonNegative(where, { en: "The age T", zh: "客户年龄 T" }, age);
    const lambda = gammaVariate(r, random) / alpha;
    const ga = gammaVariate(a, random);
    const p = ga / (ga + gammaVariate(b, random));
    let t = 0,
      n = 0,
      last = 0;
    for (;;) {
      t += -log(1 - random()) / lambda;
      if (!(t <= age)) break;
      (n++, (last = t));
      if (random() < p) break;
    }
    (x.push(n), tx.push(last), T.push(age));
  }
  return { x, tx, T };
}

export { seededUniform } from "../random";

function gammaVariate(shape: number, random: () => number): number {
  if (shape < 1) return gammaVariate(shape + 1, random) * pow(1 - random(), 1 / shape);
  const d = shape - 1 / 3,
    c = 1 / sqrt(9 * d);
  for (;;) {
    let z: number, v: number;
    do {
      z = sqrt(-2 * log(1 - random())) * cos(2 * PI * random());
      v = 1 + c * z;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - random();
    if (log(u) < 0.5 * z * z + d - d * v + d * log(v)) return d * v;
  }
}
