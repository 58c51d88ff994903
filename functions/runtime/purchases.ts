/**
 * The transaction arguments of every formula that reads purchases (RFM.TABLE, CLV.SUMMARY,
 * CHURN.COHORTS): the id, date, amount (and order id) columns read by the core's one reader
 * {@link readPurchases}, with the `date_system` and `date_order` arguments.
 *
 * THE POLICY FOR ROWS THAT CANNOT BE USED (the same for every such formula): the formula keeps
 * going past them and appends one note row to its spill — its first cell starts "Note:" / "注:"
 * and says how many rows were not used, the first three row numbers with their reasons, and the
 * ids written differently that were read as one customer; its other cells are empty text. Row
 * numbers count from the first cell of the range (row 1); give whole columns with their header
 * (A:A, or A1:A5000) and they are the sheet's row numbers (the header row is recognised and not
 * counted as a bad row). A formula whose spill has no room for a note row would refuse instead,
 * with the first bad row's number and reason (#VALUE!); none of the three needs that today. When
 * no row is usable at all, the formula is #VALUE! with the first three reasons.
 */
import { Bilingual, Lang } from "../../src/index";
import { PurchaseRows, Workspace, mergedIdsText, readPurchases } from "../../src/customers";
import { DateOrder, dateFromCell } from "../../src/dates";
import { alignedColumns } from "./columns";
import { choiceArg } from "./choice";

const SYSTEMS: Readonly<Record<string, "1900" | "1904">> = { "1900": "1900", "1904": "1904" };

/** `date_system`: 1900 (default, Windows Excel) or 1904 (older Mac workbooks). */
export function dateSystemArg(v: unknown): 1900 | 1904 {
  const text = typeof v === "number" ? String(v) : v;
  const what = { en: "date_system", zh: "日期系统 date_system" };
  return choiceArg(text, what, SYSTEMS, "1900") === "1904" ? 1904 : 1900;
}

const ORDERS: Readonly<Record<string, DateOrder | "none">> = {
  ymd: "ymd",
  mdy: "mdy",
  dmy: "dmy",
  年月日: "ymd",
  月日年: "mdy",
  日月年: "dmy",
};

/** `date_order`: "ymd", "mdy" or "dmy"; omitted = inferred from each date column. */
export function dateOrderArg(v: unknown): DateOrder | undefined {
  const what = { en: "date_order", zh: "日期顺序 date_order" };
  const o = choiceArg(v, what, ORDERS, "none", ["ymd", "mdy", "dmy"]);
  return o === "none" ? undefined : o;
}

export interface PurchaseArgs {
  readonly ids: unknown;
  readonly dates: unknown;
  /** Omitted (CHURN.COHORTS without amounts): every row is a purchase. */
  readonly amounts?: unknown;
  readonly orderIds?: unknown;
  /** As-of date, a 1900-system serial (read by optionalDateArg with the date system). */
  readonly asOf?: number;

  readonly dateSystem: 1900 | 1904;
  readonly dateOrder: DateOrder | undefined;
  /** For a formula done with the rows before it returns: where they are kept (see Workspace). */
  readonly workspace?: Workspace;
}

/** The columns read by the one reader. Throws as readPurchases and alignedColumns. */
export function purchaseArgs(a: PurchaseArgs): PurchaseRows {
  const [ids, dates, amounts, orders] = alignedColumns([
    { value: a.ids, what: { en: "customer_ids", zh: "客户编号 customer_ids" } },
    { value: a.dates, what: { en: "dates", zh: "日期 dates" } },
    { value: a.amounts, what: { en: "amounts", zh: "金额 amounts" }, optional: true },
    { value: a.orderIds, what: { en: "order_ids", zh: "订单编号 order_ids" }, optional: true },
  ]);
  let amountCells: ArrayLike<unknown> = amounts ?? [];
  if (amounts === undefined) {
    // No amounts (CHURN.COHORTS): every row is a purchase; a header row stays recognisable.
    const blank = (v: unknown) => v === null || v === undefined || v === "" || v === 0;
    const ones: unknown[] = ids!.map((id, i) => (blank(id) && blank(dates![i]) ? 0 : 1));
    if (typeof dates![0] === "string" && dateFromCell(dates![0]) === "unknownFormat") ones[0] = "amount";
    amountCells = ones;
  }
  return readPurchases(ids!, dates!, amountCells, {
    orderIds: orders,
    asOfSerial: a.asOf,
    dateSystem: a.dateSystem,
    order: a.dateOrder,
    workspace: a.workspace,
  });
}

/**
 * The note row of the policy above, `width` cells wide, or undefined when every row was used
 * and no id was merged. `extra` sentences (e.g. refunds left out) are added after the count.
 */
export function purchaseNote(
  rows: Pick<PurchaseRows, "rejected" | "rowsRead" | "mergedIds">,
  width: number,
  lang: Lang,
  extra: readonly Bilingual[] = [],
): string[] | undefined {
  const rejected = rows.rejected;
  const merged = mergedIdsText(rows.mergedIds);
  if (rejected.length === 0 && !merged && extra.length === 0) return undefined;
  const parts: string[] = [];
  if (rejected.length > 0) {
    const first = rejected.slice(0, 3);
    parts.push(
      (lang === "zh"
        ? `共 ${rows.rowsRead} 行中有 ${rejected.length} 行未使用。` +
          first.map((r) => `第 ${r.row} 行：${r.text.zh}`).join(" ")
        : `${rejected.length} of ${rows.rowsRead} rows not used. ` +
          first.map((r) => `Row ${r.row}: ${r.text.en}`).join(" ")) + (rejected.length > 3 ? " …" : ""),
    );
  }
  for (const e of extra) parts.push(e[lang]);
  if (merged) parts.push(merged[lang]);
  const row = new Array<string>(width).fill("");
  row[0] = (lang === "zh" ? "注：" : "Note: ") + parts.join(" ");
  return row;
}

/**
 * The note's sentence on rows read but not purchases (refunds, zero amounts) for the formulas
 * that count purchases only (CLV.SUMMARY, CHURN.COHORTS); none when there are none.
 */
export function notPurchasesNote(rows: Pick<PurchaseRows, "customer" | "amount">): Bilingual[] {
  let count = 0;
  for (let i = 0; i < rows.customer.length; i++)
    if (rows.customer[i]! >= 0 && !(rows.amount[i]! > 0)) count++;
  if (count === 0) return [];
  return [
    {
      en: `${count} row(s) with an amount ≤ 0 (refunds, zeros) are not purchases: not counted.`,
      zh: `${count} 行金额 ≤ 0（退款或零金额）不是购买：未计入。`,
    },
  ];
}

/** A 1900-system serial as the workbook's own serial, for a date cell written back to the sheet. */
export function workbookSerial(serial: number, dateSystem: 1900 | 1904): number {
  return dateSystem === 1904 ? serial - 1462 : serial;
}
