/**
 * CLV model fits (src/clv): BG/NBD and Pareto/NBD on CDNOW (2,357 customers, weeks) and BG/NBD
 * on 100,000 simulated customers with continuous times (so compression to unique (x, t_x, T)
 * does not help: the worst case). Medians of 5 runs after a warm-up.
 */
import * as fs from "fs";
import * as path from "path";
import { CrmError } from "../src/errors";
import { fitBgNbd, fitParetoNbd, seededUniform, simulateBgNbd } from "../src/clv";
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

export function run(): Suite {
  const d = cdnow();
  const random = seededUniform(2024);
  const ages = Array.from({ length: 100_000 }, () => 39 + 13 * random());
  const sim = simulateBgNbd({ model: "bgnbd", r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, ages, random);
  const bg = bestMedianMs(() => fitBgNbd(d.x, d.tx, d.T));
  const bgSim = bestMedianMs(() => fitBgNbd(sim.x, sim.tx, sim.T));
  const pnbd = bestMedianMs(() => fitParetoNbd(d.x, d.tx, d.T));
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
        name: "Pareto/NBD fit, 100,000 simulated customers without dropout (ends in #NUM!)",
        medianMs: pnbdNoDrop,
        target: "≤ 2,000 ms, #NUM!",
        met: refused && pnbdNoDrop <= 2000,
      },
    ],
  };
}
