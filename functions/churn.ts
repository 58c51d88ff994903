/**
 * CHURN family (CRM_MODELS.md §6): churn and retention rates, the value of a retention gain, and
 * the cohort retention table. Thin wrappers: shape the Excel arguments, call the core in
 * src/churn, map failures to Excel errors. (CHURN.SBG and CHURN.SURVIVAL live in clvModels.ts.)
 *
 * CHURN.COHORTS reads its rows with the one purchase reader (functions/runtime/purchases.ts):
 * the same customers and the same rejected rows as RFM.TABLE and CLV.SUMMARY, rows that cannot
 * be used counted in a last note row (the policy documented there).
 */
import { churnRate, cohortRetentionOf, CohortPeriod, retentionGainValue, retentionRate } from "../src/churn";
import { isoFromSerial, ymdFromSerial } from "../src/dates";
import { numericFailure } from "../src/index";
import { PurchaseRows } from "../src/customers";
import { maybeNumberArg, numberArg, optionalNumberArg } from "./runtime/args";
import {
  dateOrderArg,
  dateSystemArg,
  notPurchasesNote,
  purchaseArgs,
  purchaseNote,
  workbookSerial,
} from "./runtime/purchases";
import { excel } from "./runtime/errors";
import { langArg } from "./runtime/lang";
import { choiceArg } from "./runtime/choice";

const AT_START = { en: "at_start", zh: "期初客户数 at_start" };

/**
 * Churn rate of a period: customers lost during it ÷ customers at its start.
 * @customfunction CHURN.RATE
 * @param at_start Customers at the start of the period; > 0.
 * @param lost Customers of those who left during the period; 0 to at_start.
 * @returns The churn rate, 0 to 1 (format as %). #NUM! when at_start is 0.
 * @helpurl https://localhost:3000/help/functions.html#CHURN.RATE
 */
export function churnRateFn(at_start: unknown, lost: unknown): number {
  return excel("CHURN.RATE", () =>
    churnRate(numberArg(at_start, AT_START), numberArg(lost, { en: "lost", zh: "流失客户数 lost" })),
  );
}

/**
 * Retention rate of a period: (customers at the end − new customers acquired during it) ÷ customers at the start.
 * @customfunction CHURN.RETENTION
 * @param at_start Customers at the start of the period; > 0.
 * @param at_end Customers at the end of the period, new ones included; ≥ 0.
 * @param [new_customers] Customers acquired during the period (they are not "retained"); 0 to at_end, default 0.
 * @returns The retention rate, 0 to 1 (format as %). #NUM! when at_start is 0.
 * @helpurl https://localhost:3000/help/functions.html#CHURN.RETENTION
 */
export function churnRetention(at_start: unknown, at_end: unknown, new_customers: unknown): number {
  return excel("CHURN.RETENTION", () =>
    retentionRate(
      numberArg(at_start, AT_START),
      numberArg(at_end, { en: "at_end", zh: "期末客户数 at_end" }),
      optionalNumberArg(new_customers, { en: "new_customers", zh: "新增客户数 new_customers" }, 0),
    ),
  );
}

/**
 * Value of raising retention by a gain: the change in retention-based CLV, m·r/(1 + d − r), from r to r + gain, times the number of customers.
 * @customfunction CHURN.VALUE
 * @param margin Margin per customer per period (money).
 * @param retention Current retention rate per period; 0–1.
 * @param discount Discount rate per period; ≥ 0.
 * @param gain Rise in the retention rate, e.g. 0.05 for five points; retention + gain within 0–1 (negative = the cost of a loss).
 * @param [customers] Number of customers; ≥ 0, default 1.
 * @param [periods] Horizon in periods, whole number ≥ 1; blank = infinite horizon (as CLV.RETENTION).
 * @returns The value, in the margin's currency. #NUM! when retention reaches 1 with discount 0 on an infinite horizon.
 * @helpurl https://localhost:3000/help/functions.html#CHURN.VALUE
 */
export function churnValue(
  margin: unknown,
  retention: unknown,
  discount: unknown,
  gain: unknown,
  customers: unknown,
  periods: unknown,
): number {
  return excel("CHURN.VALUE", () =>
    retentionGainValue(
      numberArg(margin, { en: "margin", zh: "每期利润 margin" }),
      numberArg(retention, { en: "retention", zh: "保留率 retention" }),
      numberArg(discount, { en: "discount", zh: "折现率 discount" }),
      numberArg(gain, { en: "gain", zh: "保留率提升 gain" }),
      optionalNumberArg(customers, { en: "customers", zh: "客户数 customers" }, 1),
      maybeNumberArg(periods, { en: "periods", zh: "期数 periods" }),
    ),
  );
}

const PERIODS: Readonly<Record<string, CohortPeriod>> = {
  month: "month",
  months: "month",
  monthly: "month",
  m: "month",
  月: "month",
  月度: "month",
  quarter: "quarter",
  quarters: "quarter",
  quarterly: "quarter",
  q: "quarter",
  季度: "quarter",
  季: "quarter",
};

const HEADER = {
  start: { en: "Cohort start", zh: "同期群起始" },
  size: { en: "Customers", zh: "客户数" },
  month: { en: (k: number) => `Month ${k}`, zh: (k: number) => `第 ${k} 个月` },
  quarter: { en: (k: number) => `Quarter ${k}`, zh: (k: number) => `第 ${k} 个季度` },
};

/** Excel's widest spill: 16,384 columns (XFD). */
const MAX_COLUMNS = 16384;

/** Refuses (#NUM!) a table wider than Excel's sheet, naming the earliest row, which makes it wide. */
function checkWidth(rows: PurchaseRows, p: CohortPeriod): void {
  const per = p === "month" ? 12 : 4;
  const periodOf = (d: number) => {
    const { year, month } = ymdFromSerial(d);
    return year * per + Math.floor(((month - 1) * per) / 12);
  };
  const span = periodOf(rows.lastDay) - periodOf(rows.firstDay) + 1;
  if (span + 2 <= MAX_COLUMNS) return;
  let row = 0;
  for (let i = rows.rowsRead - 1; i >= 0; i--)
    if (rows.customer[i]! >= 0 && rows.day[i] === rows.firstDay) row = i + 1;
  const iso = isoFromSerial(rows.firstDay);
  throw numericFailure(
    "CHURN.COHORTS",
    `Row ${row}: its date ${iso} makes the table ${span + 2} columns wide, more than Excel's ${MAX_COLUMNS}: check the date, or use period "quarter".`,
    `第 ${row} 行：其日期 ${iso} 使表格宽达 ${span + 2} 列，超过 Excel 的 ${MAX_COLUMNS} 列：请检查该日期，或把 period 设为 "quarter"。`,
  );
}

/**
 * Cohort retention table with a header row: cohort start (a date serial: format it as a date), customers in the cohort, then the share who bought 0, 1, 2 … months (or quarters) after their first purchase; periods not observed yet are blank, not 0.
 * @customfunction CHURN.COHORTS
 * @param customer_ids Customer id of each purchase, one column (trimmed, case-insensitive as MATCH; 1 and "1" are the same customer).
 * @param dates Date of each purchase, same rows: date cells, serial numbers or text like 2024-06-22. A row blank in both columns is ignored; rows that cannot be used are counted in a last note row.
 * @param [period] "month" (default) or "quarter".
 * @param [date_order] How to read text dates like 03/04/2024: "dmy", "mdy" or "ymd"; default inferred from the column (a column holding 31/12/2025 is day-first).
 * @param [lang] Language of the header row: "en" or "zh"; default the Office display language.
 * @param [date_system] The workbook's date system for date serials: 1900 (default) or 1904.
 * @param [amounts] Amount of each purchase, same rows (optional): when given only purchases (amount > 0) count, and customers with refunds only are left out, as in RFM.TABLE.
 * @returns A spilled table with a header row: cohort start (a date serial: format the column as a date, e.g. yyyy-mm), customers in the cohort, then the share retained 0, 1, 2 … periods after acquisition (format as %; period 0 is always 100%). Periods not observed yet are blank, not 0. When rows were not used or ids merged, a last row starting "Note:" gives the count and the first three row numbers and reasons. #NUM! naming the earliest row when the table would be wider than Excel's 16,384 columns.
 * @helpurl https://localhost:3000/help/functions.html#CHURN.COHORTS
 */
export function churnCohorts(
  customer_ids: unknown[][],
  dates: unknown[][],
  period: unknown,
  date_order: unknown,
  lang: unknown,
  date_system: unknown,
  amounts: unknown[][],
): any[][] {
  return excel("CHURN.COHORTS", () => {
    const language = langArg(lang);
    const p = choiceArg(period, { en: "period", zh: "周期 period" }, PERIODS, "month", ["month", "quarter"]);
    const dateSystem = dateSystemArg(date_system);
    const rows = purchaseArgs({
      ids: customer_ids,
      dates,
      amounts,
      dateSystem,
      dateOrder: dateOrderArg(date_order),
    });
    checkWidth(rows, p);
    const used = Int32Array.from(rows.customer, (c, i) => (c >= 0 && rows.amount[i]! > 0 ? c : -1));
    const table = cohortRetentionOf(used, rows.day, rows.ids.length, p);
    const width = Math.max(...table.retention.map((r) => r.length));
    const header: (string | number)[] = [HEADER.start[language], HEADER.size[language]];
    for (let k = 0; k < width; k++) header.push(HEADER[p][language](k));
    const body: (string | number)[][] = table.retention.map((r, i) => {
      const start = workbookSerial(table.starts[i] as number, dateSystem);
      const row: (string | number)[] = [start, table.sizes[i] as number, ...r];
      while (row.length < width + 2) row.push("");
      return row;
    });
    const note = purchaseNote(rows, width + 2, language, notPurchasesNote(rows));
    if (note) body.push(note);
    return [header, ...body];
  });
}
