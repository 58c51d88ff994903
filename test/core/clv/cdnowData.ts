/** CDNOW reference data (data/cdnow, see data/README.md) for the CLV tests. */
import { holdoutPurchaseCounts } from "../../../src/clv";
import { readReferenceData } from "../../helpers/data";

/** Excel 1900-system serial day of a YYYYMMDD date (independent of src/dates: UTC arithmetic). */
export function serialOf(yyyymmdd: string): number {
  const ms = Date.UTC(
    Number(yyyymmdd.slice(0, 4)),
    Number(yyyymmdd.slice(4, 6)) - 1,
    Number(yyyymmdd.slice(6, 8)),
  );
  return ms / 86_400_000 + 25_569; // 25569 = serial of 1970-01-01
}

/** The 6,919 purchases: sample id, serial day, dollar value. */
export function cdnowTransactions(): { ids: number[]; days: number[]; amounts: number[] } {
  const ids: number[] = [],
    days: number[] = [],
    amounts: number[] = [];
  for (const line of readReferenceData("cdnow/CDNOW_sample.txt").trim().split("\n")) {
    const [, id, date, , amount] = line.trim().split(/\s+/);
    ids.push(Number(id));
    days.push(serialOf(date as string));
    amounts.push(Number(amount));
  }
  return { ids, days, amounts };
}

/** The published customer summary (calibration to 1997-09-30, weeks): ID, x, t_x, T, zbar. */
export function cdnowSummary(): { id: number[]; x: number[]; tx: number[]; T: number[]; zbar: number[] } {
  const out = {
    id: [] as number[],
    x: [] as number[],
    tx: [] as number[],
    T: [] as number[],
    zbar: [] as number[],
  };
  for (const line of readReferenceData("cdnow/cdnow_customers_summary_with_transactions.csv")
    .trim()
    .split("\n")
    .slice(1)) {
    const [id, x, tx, T, z] = line.split(",").map(Number) as [number, number, number, number, number];
    (out.id.push(id), out.x.push(x), out.tx.push(tx), out.T.push(T), out.zbar.push(z));
  }
  return out;
}

/** Holdout repeat purchase days per customer of the summary, in its order. */
/** (via src/clv/holdout.ts: 1997-10-01 … 1998-06-30, same-day purchases merged) */
export function cdnowHoldout(): number[] {
  const t = cdnowTransactions();
  const counts = holdoutPurchaseCounts(t.ids, t.days, t.amounts, {
    start: serialOf("19971001"),
    end: serialOf("19980630"),
  });
  const byId = new Map(counts.map((c) => [c.id, c.purchases]));
  return cdnowSummary().id.map((id) => byId.get(id) ?? 0);
}
