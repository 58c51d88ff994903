/**
 * RFM customer types for a whole table through the wrappers (functions/rfm.ts), as Excel calls
 * them (issue 8 item 7: no O(n) per cell). Run alone with `npm run bench -- rfmTypes`.
 *
 * Data (deterministic, `seededRandom`): 100,000 customers, recency 0–729 days, purchases 1–20,
 * lognormal money (μ = 3.5, σ = 1, cents), each column passed as Excel passes a one-column range
 * (rows of one cell), built outside the timing.
 *
 * - RFM.TYPES: one spilled call, the three means computed once. Target ≤ 100 ms (CPU time of this
 *   process, as in functions.bench.ts: the machine is shared, wall time is given beside it).
 * - RFM.TYPE per cell against scalar means (=AVERAGE(…) once in a cell, referred to with $):
 *   100,000 calls, O(1) each.
 * - RFM.TYPE per cell given the whole columns as references (the slow form the help warns about):
 *   every cell reads the three columns again. Timed on 20 cells; the row gives the time per
 *   cell and what a filled column of 100,000 cells would take (the time per cell × 100,000: linear in the cells).
 */
import * as rfm from "../functions/rfm";
import { bestMedianMs, cpuMedianMs, medianMs, Row, seededRandom, Suite } from "./harness";
import "./customFunctionsStub";

const N = 100_000;

export function run(): Suite {
  const rnd = seededRandom(20261201);
  const r: number[] = [];
  const f: number[] = [];
  const m: number[] = [];
  for (let i = 0; i < N; i++) {
    r.push(Math.floor(rnd() * 730));
    f.push(1 + Math.floor(rnd() * 20));
    const z = Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
    m.push(Math.round(Math.exp(3.5 + z) * 100) / 100);
  }
  const [rc, fc, mc] = [r, f, m].map((xs) => xs.map((x) => [x]));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const [mr, mf, mm] = [mean(r), mean(f), mean(m)];
  const rows: Row[] = [];

  let spilled: unknown[][] = [];
  const types = () => (spilled = rfm.rfmTypesFn(rc!, fc!, mc!, "en"));
  const typesCpu = Math.min(cpuMedianMs(types), cpuMedianMs(types));
  const typesWall = bestMedianMs(types);
  const counts = new Map<unknown, number>();
  for (const [t] of spilled) counts.set(t, (counts.get(t) ?? 0) + 1);
  rows.push({
    name: "RFM.TYPES, 100,000 customers, one spilled call",
    medianMs: typesWall,
    target: "≤ 100 ms CPU",
    met: typesCpu <= 100,
    note: `CPU ${typesCpu.toFixed(1)} ms, wall ${typesWall.toFixed(1)} ms; ${spilled.length.toLocaleString("en-US")} rows, ${counts.size} types`,
  });

  const perCell = () => {
    for (let i = 0; i < N; i++) rfm.rfmTypeFn(r[i], f[i], m[i], [[mr]], [[mf]], [[mm]], "en");
  };
  const perCellCpu = cpuMedianMs(perCell, 3);
  rows.push({
    name: "RFM.TYPE, 100,000 cells against scalar means (=AVERAGE once)",
    medianMs: medianMs(perCell, 3),
    note: `CPU ${perCellCpu.toFixed(1)} ms`,
  });

  const CELLS = 20;
  const slow = () => {
    for (let i = 0; i < CELLS; i++) rfm.rfmTypeFn(r[i], f[i], m[i], rc!, fc!, mc!, "en");
  };
  const slowMs = medianMs(slow, 3);
  const perCellMs = slowMs / CELLS;
  rows.push({
    name: `RFM.TYPE given the whole columns as references, ${CELLS} cells of 100,000`,
    medianMs: slowMs,
    note: `${perCellMs.toFixed(2)} ms per cell: a filled column of 100,000 cells ≈ ${((perCellMs * N) / 1000).toFixed(0)} s (use RFM.TYPES)`,
  });
  return { title: "RFM types for a whole table (RFM.TYPES against RFM.TYPE per cell)", rows };
}
