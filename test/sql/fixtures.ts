/**
 * Data sets and the core's answers for the SQL agreement tests: the rfm package's sample orders,
 * CDNOW, and seeded transactions (src/random.ts) that exercise the id rule (case, spaces,
 * no-break and zero-width no-break spaces, blanks), refunds, zero amounts, order ids, rows
 * outside the period. The core's answers come from the same functions the task pane uses.
 */
import { readReferenceData } from "../helpers/data";
import { seededUniform } from "../../src/random";
import { customerTable, customerTableRows } from "../../src/customers";
import { scoreCustomerTable, RfmTableOptions, binByThresholds, rfmSegment } from "../../src/rfm";
import { valueTiers } from "../../src/value";
import { clvCustomerSummary, holdoutPurchaseCounts } from "../../src/clv";
import { isoFromSerial } from "../../src/dates";
import { Transactions } from "./engines";

export function rfmSample(): Transactions {
  const lines = readReferenceData("rfm/rfm_data_orders.csv").trim().split("\n").slice(1);
  const ids: string[] = [],
    dates: string[] = [],
    amounts: number[] = [];
  for (const l of lines) {
    const [id, date, revenue] = l.split(",");
    ids.push(JSON.parse(id!) as string);
    dates.push(date!);
    amounts.push(Number(revenue));
  }
  return { ids, dates, amounts };
}

export function cdnow(): Transactions {
  const ids: string[] = [],
    dates: string[] = [],
    amounts: number[] = [];
  for (const l of readReferenceData("cdnow/CDNOW_sample.txt").trim().split("\n")) {
    const p = l.trim().split(/\s+/);
    ids.push(p[0]!);
    dates.push(`${p[2]!.slice(0, 4)}-${p[2]!.slice(4, 6)}-${p[2]!.slice(6)}`);
    amounts.push(Number(p[4]));
  }
  return { ids, dates, amounts };
}

/** Seeded transactions: `customers` ids written in several spellings, over 2023–2024. */
export function generated(rows: number, customers: number, seed: number, withOrders = false): Transactions {
  const u = seededUniform(seed);
  const spell = ["", " ", "\u00a0", "\ufeff", "\t", "\u3000"];
  const ids: (string | null)[] = [],
    dates: string[] = [],
    amounts: number[] = [],
    orders: (string | null)[] = [];
  const start = Date.UTC(2023, 0, 1);
  for (let i = 0; i < rows; i++) {
    const c = Math.floor(u() ** 2 * customers);
    let id: string | null = `C${String(c).padStart(5, "0")}`;
    if (u() < 0.2) id = id.toLowerCase();
    if (u() < 0.2) id = spell[Math.floor(u() * spell.length)]! + id + spell[Math.floor(u() * spell.length)]!;
    if (u() < 0.005) id = u() < 0.5 ? null : "  ";
    ids.push(id);
    dates.push(new Date(start + Math.floor(u() * 730) * 86400000).toISOString().slice(0, 10));
    const a = u();
    amounts.push(a < 0.05 ? -Math.round(u() * 5000) / 100 : a < 0.07 ? 0 : Math.round(u() * 20000) / 100);
    orders.push(u() < 0.003 ? null : `O${Math.floor(i / (1 + Math.floor(u() * 2)))}`);
  }
  return withOrders ? { ids, dates, amounts, orders } : { ids, dates, amounts };
}

export interface CoreRfmRow {
  readonly key: string;
  readonly first_purchase: string;
  readonly last_purchase: string;
  readonly frequency: number;
  readonly monetary: number;
  readonly r_score: number;
  readonly f_score: number;
  readonly m_score: number;
  readonly rfm_code: number;
  readonly segment: string;
  readonly rfm_type: string;
  readonly value_tier: string;
}

export const keyOf = (id: string | number) => String(id).trim().toLowerCase();

/** The core's RFM table (customerTable → scoreCustomerTable → valueTiers), by customer key. */
export function coreRfm(
  t: Transactions,
  options: {
    asOf?: string;
    periodStart?: string;
    recencyUnit?: "days" | "weeks" | "months";
  } & RfmTableOptions,
  thresholds?: { r?: number[]; closed?: "upper" | "lower" },
): Map<string, CoreRfmRow> {
  const table = customerTable(t.ids, t.dates, t.amounts, {
    asOf: options.asOf,
    periodStart: options.periodStart,
    recencyUnit: options.recencyUnit,
    orderIds: t.orders,
  });
  const s = scoreCustomerTable(table, options);
  const tiers = valueTiers(Array.from(table.monetary));
  const out = new Map<string, CoreRfmRow>();
  table.ids.forEach((id, i) => {
    const r = thresholds?.r
      ? binByThresholds(table.recency[i]!, thresholds.r, "R", thresholds.closed)
      : s.r[i]!;
    out.set(keyOf(id), {
      key: keyOf(id),
      first_purchase: isoFromSerial(table.firstPurchase[i]!),
      last_purchase: isoFromSerial(table.lastPurchase[i]!),
      frequency: table.frequency[i]!,
      monetary: table.monetary[i]!,
      r_score: r,
      f_score: s.f[i]!,
      m_score: s.m[i]!,
      rfm_code: 100 * r + 10 * s.f[i]! + s.m[i]!,
      segment: thresholds?.r ? rfmSegment(r, s.f[i]!, s.m[i]!) : s.segment[i]!,
      rfm_type: s.type[i]!,
      value_tier: tiers[i]!,
    });
  });
  return out;
}

export interface CoreClvRow {
  readonly x: number;
  readonly tx: number;
  readonly T: number;
  readonly meanRepeatSpend: number;
  readonly holdout?: number;
}

/** The core's CLV summary as the pane reads rows (clvReport): customer table rows with amount > 0. */
export function coreClv(
  t: Transactions,
  o: {
    unit: "days" | "weeks" | "months";
    asOf?: string;
    calibrationEnd: number;
    holdoutEnd?: number;
    mergeDays?: number;
  },
): Map<string, CoreClvRow> {
  const { table, rowCustomer, rowDate } = customerTableRows(t.ids, t.dates, t.amounts, { asOf: o.asOf });
  const ids: number[] = [],
    days: number[] = [],
    amounts: number[] = [];
  rowCustomer.forEach((j, i) => {
    if (j >= 0 && t.amounts[i]! > 0) (ids.push(j), days.push(rowDate[i]!), amounts.push(t.amounts[i]!));
  });
  const s = clvCustomerSummary(ids, days, amounts, {
    unit: o.unit,
    calibrationEnd: o.calibrationEnd,
    mergeDays: o.mergeDays,
  });
  const holdout = new Map<number, number>();
  if (o.holdoutEnd !== undefined)
    for (const h of holdoutPurchaseCounts(ids, days, amounts, {
      start: o.calibrationEnd + 1,
      end: o.holdoutEnd,
      mergeDays: o.mergeDays,
    }))
      holdout.set(h.id as number, h.purchases);
  const out = new Map<string, CoreClvRow>();
  for (const c of s.customers)
    out.set(keyOf(table.ids[c.id as number]!), {
      x: c.x,
      tx: c.tx,
      T: c.T,
      meanRepeatSpend: c.meanRepeatSpend,
      holdout: o.holdoutEnd === undefined ? undefined : (holdout.get(c.id as number) ?? 0),
    });
  return out;
}
