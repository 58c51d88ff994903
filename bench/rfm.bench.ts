/**
 * Customer table + RFM scores from in-memory columns (CRM_MODELS.md §1–§2), against a naive
 * one-pass `Map<string, {…}>` group-by baseline run in the same process on the same data.
 *
 * Data (deterministic, `seededRandom`): N transactions over 2 years (serials 45292… = 2024-01-01
 * on, in date order like an exported log), ~N/10 customers drawn at random, ids "C000123" built
 * per row (a distinct string object per cell, as Excel delivers them), lognormal amounts
 * (μ = 3.5, σ = 1, cents), ~0.5% refunds (negative amounts).
 *
 * Ours: `customerTable` (validation, case-insensitive ids, rejects, recency, F, M, AOV, refunds,
 * tenure) + `scoreCustomerTable` (R, F, M quintiles, code, segment, type).
 * Baseline: a straightforward per-row loop building `Map<string, {first, last, count, sum}>`,
 * then R, F, M scored by sorting the customers (comparator sort, ties share the score).
 *
 * Peak memory is measured in a child process (the harness samples with a timer, which cannot
 * fire inside one synchronous call): the peak resident memory of the whole process — Node, the
 * input columns and one customer table + RFM run — so the figure is an upper bound.
 */
import { spawnSync } from "child_process";
import { Row, Suite, medianMs, seededRandom } from "./harness";
import { customerTable } from "../src/customers/table";
import { scoreCustomerTable } from "../src/rfm/table";

interface Columns {
  ids: string[];
  dates: number[];
  amounts: number[];
}

export function generate(n: number, seed = 20261125): Columns {
  const rnd = seededRandom(seed);
  const customers = Math.max(1, Math.round(n / 10));
  const ids = new Array<string>(n);
  const dates = new Array<number>(n);
  const amounts = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const c = Math.floor(rnd() * customers);
    ids[i] = "C" + String(c).padStart(6, "0");
    dates[i] = 45292 + Math.floor((i * 730) / n);
    const z = Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
    const amount = Math.round(Math.exp(3.5 + z) * 100) / 100;
    amounts[i] = rnd() < 0.005 ? -amount : amount;
  }
  return { ids, dates, amounts };
}

function ours(d: Columns) {
  const table = customerTable(d.ids, d.dates, d.amounts);
  return scoreCustomerTable(table);
}

/** The naive baseline: one Map group-by pass, then equal-count scores by sorting. */
function baseline(d: Columns) {
  const m = new Map<string, { first: number; last: number; count: number; sum: number }>();
  for (let i = 0; i < d.ids.length; i++) {
    const id = d.ids[i]!;
    const date = d.dates[i]!;
    const amount = d.amounts[i]!;
    let c = m.get(id);
    if (c === undefined) {
      c = { first: date, last: date, count: 0, sum: 0 };
      m.set(id, c);
    }
    if (date < c.first) c.first = date;
    if (date > c.last) c.last = date;
    if (amount > 0) c.count++;
    c.sum += amount;
  }
  const cs = [...m.values()];
  const asOf = Math.max(...cs.map((c) => c.last)) + 1;
  const score = (value: (c: (typeof cs)[number]) => number): number[] => {
    const order = cs.map((_, i) => i).sort((a, b) => value(cs[a]!) - value(cs[b]!));
    const out = new Array<number>(cs.length);
    let start = 0;
    for (let j = 0; j < order.length; j++) {
      if (j > 0 && value(cs[order[j]!]!) !== value(cs[order[j - 1]!]!)) start = j;
      out[order[j]!] = 1 + Math.floor((5 * start) / cs.length);
    }
    return out;
  };
  return [score((c) => -(asOf - c.last)), score((c) => c.count), score((c) => c.sum)];
}

interface Memory {
  /** Resident memory once the input columns exist (after a GC), MB. */
  dataMB: number;
  /** Peak resident memory of the whole process (Node + input + one run), MB. */
  peakMB: number;
}

function childMemory(n: number): Memory {
  const r = spawnSync(process.execPath, [...process.execArgv, __filename, "--rfm-memory-child", String(n)], {
    encoding: "utf8",
    env: process.env,
  });
  const line = r.stdout.trim().split("\n").pop() ?? "";
  return JSON.parse(line) as Memory;
}

export function run(): Suite {
  const rows: Row[] = [];
  for (const n of [100_000, 1_048_575]) {
    const d = generate(n);
    // Two rounds each, interleaved, so a busy machine hurts both sides alike; the better median
    // of each side is reported.
    const mine = medianMs(() => ours(d));
    const base1 = medianMs(() => baseline(d));
    const med = Math.min(
      mine,
      medianMs(() => ours(d)),
    );
    const base = Math.min(
      base1,
      medianMs(() => baseline(d)),
    );
    const mem = childMemory(n);
    const full = n === 1_048_575;
    rows.push({
      name: `customer table + RFM scores, ${n.toLocaleString("en-US")} rows`,
      medianMs: med,
      baselineMs: base,
      peakMB: mem.peakMB,
      target: full ? "< 250 ms, ≤ 0.5 × baseline, peak ≤ 400 MB" : undefined,
      met: full ? med < 250 && med <= 0.5 * base && mem.peakMB <= 400 : undefined,
      note:
        `${customerTable(d.ids, d.dates, d.amounts).ids.length} customers; peak = whole process (Node + input ` +
        `${mem.dataMB.toFixed(0)} MB + run), ≤ ${(mem.peakMB - mem.dataMB).toFixed(0)} MB above the input; ` +
        "medians of 5 runs, the better of two interleaved rounds for each side",
    });
  }
  return { title: "RFM: transactions → customer table + RFM scores", rows };
}

if (process.argv.includes("--rfm-memory-child")) {
  const n = Number(process.argv[process.argv.indexOf("--rfm-memory-child") + 1]);
  const d = generate(n);
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
  const dataMB = process.memoryUsage().rss / 2 ** 20;
  ours(d);
  const peakMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ dataMB, peakMB }) + "\n");
}
