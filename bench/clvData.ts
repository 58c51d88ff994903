/**
 * Transaction rows of customers who behave as the BG/NBD model assumes (Fader, Hardie & Lee
 * 2005 §3), for the CLV report benchmark: each customer starts on a day of the first year,
 * buys at a Poisson rate λ ~ gamma(2, mean 1/20 per day) and after each purchase drops out with
 * probability p ~ beta(1, 7); observation ends after two years. Rows are in date order, like an
 * exported log, ids "C000001"…, lognormal amounts in cents. Deterministic (seeded).
 */
import { seededRandom } from "./harness";

export interface ClvRows {
  ids: string[];
  dates: number[];
  amounts: number[];
  customers: number;
}

export function clvTransactions(n: number, seed = 20261202): ClvRows {
  const rand = seededRandom(seed);
  const rows: { c: number; d: number; a: number }[] = [];
  let c = 0;
  while (rows.length < n) {
    c++;
    const lambda = -Math.log((1 - rand()) * (1 - rand())) / 40; // gamma(2) · (1/20)/2
    const e = -Math.log(1 - rand());
    let g = 0;
    for (let k = 0; k < 7; k++) g -= Math.log(1 - rand());
    const p = e / (e + g);
    let d = Math.floor(rand() * 365);
    const spend = 3 + rand();
    for (;;) {
      const z = Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
      rows.push({ c, d, a: Math.round(Math.exp(spend + 0.5 * z) * 100) / 100 });
      if (rows.length >= n || rand() < p) break;
      d += Math.ceil(-Math.log(1 - rand()) / lambda);
      if (d >= 730) break;
    }
  }
  rows.sort((x, y) => x.d - y.d);
  return {
    ids: rows.map((r) => "C" + String(r.c).padStart(6, "0")),
    dates: rows.map((r) => 45292 + r.d),
    amounts: rows.map((r) => r.a),
    customers: c,
  };
}
