/**
 * CLV model fits (src/clv): BG/NBD, MBG/NBD and Pareto/NBD on CDNOW (2,357 customers, weeks),
 * BG/NBD on 100,000 simulated customers with continuous times (so compression to unique
 * (x, t_x, T) does not help: the worst case), BG/BB on the donors, and a seeded CLV interval
 * from 200 parameter draws. Medians of 5 runs after a warm-up.
 */
import * as fs from "fs";
import * as path from "path";
import { CrmError } from "../src/errors";
import {
  discountedClvInterval,
  fitBgbb,
  fitBgNbd,
  fitMbgNbd,
  fitParetoNbd,
  seededUniform,
  simulateBgNbd,
} from "../src/clv";
import { bestMedianMs, peakMemoryMB, Suite } from "./harness";

function cdnow(): { x: number[]; tx: number[]; T: number[] } {
  const file = path.resolve(__dirname, "../data/cdnow/cdnow_customers_summary_with_transactions.csv");
  const x: number[] = [],
    tx: number[] = [],
    T: number[] = [];
  for (const line of fs.readFileSync(file, "utf8").trim().split("\n").slice(1)) {
    const c = line.split(",").map(Number);
    (x.push(c[1] as number), tx.push(c[2] as number), T.push(c[3] as number));
  }
  return { x, tx, T };
}

function donors(): { x: number[]; tx: number[]; n: number[]; w: number[] } {
  const file = path.resolve(__dirname, "../data/bgbb/donations.csv");
  const out = { x: [] as number[], tx: [] as number[], n: [] as number[], w: [] as number[] };
  for (const line of fs.readFileSync(file, "utf8").trim().split("\n").slice(1)) {
    const c = line.split(",").map(Number);
    (out.x.push(c[0] as number),
      out.tx.push(c[1] as number),
      out.n.push(c[2] as number),
      out.w.push(c[3] as number));
  }
  return out;
}

export function run(): Suite {
  const d = cdnow();
  const random = seededUniform(2024);
  const ages = Array.from({ length: 100_000 }, () => 39 + 13 * random());
  const sim = simulateBgNbd({ model: "bgnbd", r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, ages, random);
  const bg = bestMedianMs(() => fitBgNbd(d.x, d.tx, d.T));
  const bgSim = bestMedianMs(() => fitBgNbd(sim.x, sim.tx, sim.T));
  const pnbd = bestMedianMs(() => fitParetoNbd(d.x, d.tx, d.T));
  const mbg = bestMedianMs(() => fitMbgNbd(d.x, d.tx, d.T));
  const don = donors();
  const bgbb = bestMedianMs(() => fitBgbb(don.x, don.tx, don.n, { weights: don.w }));
  const bgFit = fitBgNbd(d.x, d.tx, d.T);
  const gg = { model: "gammagamma", p: 6.25, q: 3.74, gamma: 15.44 } as const;
  const interval = bestMedianMs(() =>
    discountedClvInterval(
      { params: bgFit, covariance: bgFit.covariance as number[][] },
      { params: gg, covariance: null, meanSpend: 22.35 },
      { x: 2, tx: 30.43, T: 38.86 },
      { modelUnit: "weeks", periodUnit: "months", periods: 12, annualDiscountRate: 0.1 },
      { level: 0.9, draws: 200, seed: 1 },
    ),
  );
  // No dropout at all (p ~ beta(1e-9, 1) is 0): the fit must refuse with #NUM!, fast (issue 8 item 5).
  // Same customers as test/core/clv/dropoutEvidence.test.ts.
  const random1 = seededUniform(1);
  const ages1 = Array.from({ length: 100_000 }, () => 39 + 13 * random1());
  const noDrop = simulateBgNbd({ model: "bgnbd", r: 0.243, alpha: 4.414, a: 1e-9, b: 1 }, ages1, random1);
  const refuses = () => {
    try {
      fitParetoNbd(noDrop.x, noDrop.tx, noDrop.T);
      return false;
    } catch (e) {
      return e instanceof CrmError && e.code === "numeric";
    }
  };
  const refused = refuses();
  const pnbdNoDrop = bestMedianMs(refuses);
  return {
    title: "CLV model fits (src/clv)",
    rows: [
      { name: "BG/NBD fit, CDNOW 2,357 customers", medianMs: bg, target: "≤ 25 ms", met: bg <= 25 },
      {
        name: "BG/NBD fit, 100,000 simulated customers (continuous times)",
        medianMs: bgSim,
        peakMB: peakMemoryMB(() => fitBgNbd(sim.x, sim.tx, sim.T)),
        target: "≤ 350 ms",
        met: bgSim <= 350,
      },
      { name: "Pareto/NBD fit, CDNOW 2,357 customers", medianMs: pnbd, target: "≤ 150 ms", met: pnbd <= 150 },
      {
        name: "MBG/NBD fit, CDNOW 2,357 customers (with covariance)",
        medianMs: mbg,
        target: "≤ 25 ms",
        met: mbg <= 25,
      },
      {
        name: "BG/BB fit, 11,104 donors in 22 weighted rows",
        medianMs: bgbb,
        target: "≤ 10 ms",
        met: bgbb <= 10,
      },
      {
        name: "CLV interval, one customer: 200 parameter draws × 12-month BG/NBD forecast",
        medianMs: interval,
        target: "≤ 50 ms",
        met: interval <= 50,
      },
      {
        name: "Pareto/NBD fit, 100,000 simulated customers without dropout (ends in #NUM!)",
        medianMs: pnbdNoDrop,
        target: "≤ 2,000 ms, #NUM!",
        met: refused && pnbdNoDrop <= 2000,
      },
    ],
  };
}
