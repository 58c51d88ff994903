/**
 * The bundled sample data of the in-browser preview: a synthetic order export (no real people),
 * generated deterministically so every preview and test sees the same sheet. 300 customers over
 * 2024–2025 whose purchases follow the BG/NBD story (CRM_MODELS.md §3): each buys at their own
 * Poisson rate and may drop out after any purchase, so RFM, lifecycle stages and the CLV models
 * all have something real to find. Dates are Excel serials; about 1% of rows are refunds.
 */
import { MemorySheet } from "../adapter/memory";
import { seededUniform } from "../../src/random";
import { simulateBgNbd } from "../../src/clv";

/** Excel serial of 2024-01-01, and the export's last day (2025-12-31). */
const START = 45292;
const END = START + 730;

export function sampleOrders(customers = 300, seed = 20261125): MemorySheet {
  const rand = seededUniform(seed);
  // Ages between 10 and 100 weeks: customers acquired throughout the two years.
  const ages = Array.from({ length: customers }, () => 10 + rand() * 90);
  const sim = simulateBgNbd({ model: "bgnbd", r: 0.6, alpha: 5, a: 0.8, b: 2.5 }, ages, rand);
  const rows: unknown[][] = [["customer_id", "order_date", "order_id", "amount"]];
  let order = 1;
  for (let c = 0; c < customers; c++) {
    const id = `C${String(c + 1).padStart(4, "0")}`;
    const first = END - Math.round(sim.T[c]! * 7);
    // Given x repeat purchases with the last at t_x, the earlier ones fall uniformly before it.
    const x = sim.x[c]!;
    const times = Array.from({ length: Math.max(0, x - 1) }, () => rand() * sim.tx[c]!).sort((p, q) => p - q);
    if (x > 0) times.push(sim.tx[c]!);
    const days = [first, ...times.map((t) => first + Math.round(t * 7))];
    const scale = 20 + rand() * 180;
    for (const day of days) {
      const amount = Math.round(scale * Math.exp(0.5 * (rand() - 0.5)) * 100) / 100;
      rows.push([id, day, `O${String(order++).padStart(5, "0")}`, rand() < 0.01 ? -amount : amount]);
    }
  }
  return { name: "Orders", values: rows };
}
