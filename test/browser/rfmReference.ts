/**
 * Frequency and monetary scores of data/rfm/rfm_data_orders.csv by the rfm R package's binning,
 * computed here from the raw file (independent of the core): inner breakpoints are R's type-7
 * quantiles at 0.2, …, 0.8 of the customer values plus 1 (rfm 0.3.0's `bins()`; data/README.md
 * says only the top one is raised, but raising every inner one is what reproduces the published
 * counts), bins half-open [b(i−1), b(i)). The published score counts this reproduces
 * (data/README.md): frequency 268/187/176/244/120, monetary 200/200/198/202/195.
 */
import * as fs from "fs";
import * as path from "path";

function quantile7(sorted: number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  return sorted[lo]! + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? 0) - sorted[lo]!);
}

function scorer(values: number[], bins = 5): (v: number) => number {
  const sorted = [...values].sort((a, b) => a - b);
  const inner = Array.from({ length: bins - 1 }, (_, i) => quantile7(sorted, (i + 1) / bins) + 1);
  return (v) => 1 + inner.filter((b) => b <= v).length;
}

export const RFM_ORDERS = path.join(__dirname, "..", "..", "data", "rfm", "rfm_data_orders.csv");

export function rfmPackageScores(): Map<
  string,
  { f: number; m: number; frequency: number; monetary: number }
> {
  const lines = fs.readFileSync(RFM_ORDERS, "utf8").trim().split(/\r?\n/).slice(1);
  const byCustomer = new Map<string, { frequency: number; monetary: number }>();
  for (const line of lines) {
    const [id, , revenue] = line.split(",");
    const key = id!.replace(/^"|"$/g, "");
    const c = byCustomer.get(key) ?? { frequency: 0, monetary: 0 };
    c.frequency += 1;
    c.monetary += Number(revenue);
    byCustomer.set(key, c);
  }
  const all = [...byCustomer.values()];
  const f = scorer(all.map((c) => c.frequency));
  const m = scorer(all.map((c) => c.monetary));
  return new Map([...byCustomer].map(([k, c]) => [k, { ...c, f: f(c.frequency), m: m(c.monetary) }]));
}
