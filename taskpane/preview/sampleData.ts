/**
 * The bundled sample data of the in-browser preview: a synthetic order export (no real people),
 * generated deterministically so every preview and test sees the same sheet.
 * 300 customers, orders over 2024–2025, dates as Excel serials, a few refunds.
 */
import { MemorySheet } from "../adapter/memory";
import { seededUniform } from "../../src/random";

/** Excel serial of 2024-01-01. */
const START = 45292;
const DAYS = 731;

export function sampleOrders(customers = 300, seed = 20261125): MemorySheet {
  const rand = seededUniform(seed);
  const rows: unknown[][] = [["customer_id", "order_date", "order_id", "amount"]];
  let order = 1;
  for (let c = 1; c <= customers; c++) {
    const id = `C${String(c).padStart(4, "0")}`;
    const orders = 1 + Math.floor(-Math.log(1 - rand()) * 4);
    const first = START + Math.floor(rand() * DAYS * 0.8);
    const scale = 20 + rand() * 180;
    for (let k = 0; k < orders; k++) {
      const day = Math.min(START + DAYS - 1, first + Math.floor(rand() * (START + DAYS - first)));
      const amount = Math.round(scale * Math.exp(0.5 * (rand() - 0.5)) * 100) / 100;
      rows.push([id, day, `O${String(order++).padStart(5, "0")}`, rand() < 0.01 ? -amount : amount]);
    }
  }
  return { name: "Orders", values: rows };
}
