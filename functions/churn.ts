/**
 * CHURN family (CRM_MODELS.md §6): churn and retention rates, the value of a retention gain, and
 * the cohort retention table. Thin wrappers: shape the Excel arguments, call the core in
 * src/churn, map failures to Excel errors. (CHURN.SBG and CHURN.SURVIVAL live in clvModels.ts.)
 *
 * CHURN.COHORTS reads ids and dates row by row (positions kept): a row blank in both columns
 * (null, "" or 0, as Excel may send a blank) is ignored; a row with a missing id or an unreadable date is refused with its row number — a
 * formula cannot list skipped rows the way the task pane does, and silently dropping a purchase
 * would change the cohorts.
 */
import { churnRate, cohortRetention, CohortPeriod, retentionGainValue, retentionRate } from "../src/churn";
import { dateFromCell, DateOrder, dateProblemText } from "../src/dates";
import { describe, invalidInput } from "../src/index";
import { isBlank, maybeNumberArg, numberArg, optionalNumberArg } from "./runtime/args";
import { alignedColumns } from "./runtime/columns";
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
const ORDERS: Readonly<Record<string, DateOrder>> = { mdy: "mdy", dmy: "dmy", 月日年: "mdy", 日月年: "dmy" };

const HEADER = {
  start: { en: "Cohort start", zh: "同期群起始" },
  size: { en: "Customers", zh: "客户数" },
  month: { en: (k: number) => `Month ${k}`, zh: (k: number) => `第 ${k} 个月` },
  quarter: { en: (k: number) => `Quarter ${k}`, zh: (k: number) => `第 ${k} 个季度` },
};

/** Rows of (id, serial); blank rows ignored, bad rows refused with their row number. */
function purchaseRows(
  customer_ids: unknown[][],
  dates: unknown[][],
  order: DateOrder | undefined,
): { ids: (string | number)[]; serials: number[] } {
  const [idCells, dateCells] = alignedColumns([
    { value: customer_ids, what: { en: "customer_ids", zh: "客户编号 customer_ids" } },
    { value: dates, what: { en: "dates", zh: "日期 dates" } },
  ]) as [unknown[], unknown[]];
  const ids: (string | number)[] = [];
  const serials: number[] = [];
  let firstBad: { row: number; en: string; zh: string } | undefined;
  let badDates = 0;
  idCells.forEach((id, i) => {
    const d = dateCells[i];
    // Blank in both columns (Excel may send a blank as null, "" or 0; a date of 0 is no date).
    if ((isBlank(id) || id === 0) && (isBlank(d) || d === 0)) return;
    if (isBlank(id) || !(typeof id === "string" || (typeof id === "number" && Number.isFinite(id)))) {
      throw invalidInput(
        "args",
        `Row ${i + 1}: the customer id must be text or a number, got ${isBlank(id) ? "an empty cell" : describe(id)}.`,
        `第 ${i + 1} 行:客户编号必须是文本或数字,收到的是${isBlank(id) ? "空单元格" : ` ${describe(id)}`}。`,
      );
    }
    const s = dateFromCell(d, order ? { order } : {});
    if (typeof s === "number") {
      ids.push(id);
      serials.push(s);
    } else {
      badDates++;
      if (!firstBad) firstBad = { row: i + 1, ...dateProblemText(s, d) };
    }
  });
  if (firstBad) {
    const { row, en, zh } = firstBad;
    throw invalidInput(
      "args",
      `Row ${row}: ${en} ${badDates} row(s) have no readable date: fix them or leave them out of the range.`,
      `第 ${row} 行:${zh}共有 ${badDates} 行日期无法读取:请更正,或把它们排除在区域之外。`,
    );
  }
  return { ids, serials };
}

/**
 * Cohort retention table with a header row: cohort start (a date serial: format it as a date), customers in the cohort, then the share who bought 0, 1, 2 … months (or quarters) after their first purchase; periods not observed yet are blank, not 0.
 * @customfunction CHURN.COHORTS
 * @param customer_ids Customer id of each purchase, one column; text or numbers (1 and "1" are the same customer).
 * @param dates Date of each purchase, same rows: date cells, serial numbers or text like 2024-06-22. A row blank in both columns is ignored; a missing id or unreadable date is #VALUE! naming the row.
 * @param [period] "month" (default) or "quarter".
 * @param [date_order] How to read ambiguous text dates like 03/04/2024: "mdy" or "dmy"; default none (such text is refused).
 * @param [lang] Language of the header row: "en" or "zh"; default the Office display language.
 * @returns A spilled table with a header row: cohort start (a date serial: format the column as a date, e.g. yyyy-mm), customers in the cohort, then the share retained 0, 1, 2 … periods after acquisition (format as %; period 0 is always 100%). Periods not observed yet are blank, not 0.
 * @helpurl https://localhost:3000/help/functions.html#CHURN.COHORTS
 */
export function churnCohorts(
  customer_ids: unknown[][],
  dates: unknown[][],
  period: unknown,
  date_order: unknown,
  lang: unknown,
): any[][] {
  return excel("CHURN.COHORTS", () => {
    const language = langArg(lang);
    const p = choiceArg(period, { en: "period", zh: "周期 period" }, PERIODS, "month", ["month", "quarter"]);
    const order = choiceArg<DateOrder | "none">(
      date_order,
      { en: "date_order", zh: "日期顺序 date_order" },
      ORDERS,
      "none",
      ["mdy", "dmy"],
    );
    const rows = purchaseRows(customer_ids, dates, order === "none" ? undefined : order);
    const table = cohortRetention(rows.ids, rows.serials, p);
    const width = Math.max(...table.retention.map((r) => r.length));
    const header: (string | number)[] = [HEADER.start[language], HEADER.size[language]];
    for (let k = 0; k < width; k++) header.push(HEADER[p][language](k));
    const body = table.retention.map((r, i) => {
      const row: (string | number)[] = [table.starts[i] as number, table.sizes[i] as number, ...r];
      while (row.length < width + 2) row.push("");
      return row;
    });
    return [header, ...body];
  });
}
