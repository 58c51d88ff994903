/**
 * Rows the customer table could not use (CRM_MODELS.md §1: "Rows that cannot be read … are never
 * silently dropped: they are counted and listed with their row numbers"). Each carries its
 * 1-based row number, a reason key and the bilingual message saying what to fix.
 *
 * `noPurchase`: the row is readable but its customer has no purchase (positive amount) in the
 * period — only refunds or zero amounts, e.g. a refund of a purchase made before the period.
 * Such a customer has no first/last purchase, so no recency, and is left out of the table; its
 * rows are listed here so the analyst sees them. Cost O(1) per row.
 *
 * @example
 * rejectText("noId", "").en // => "Row has no customer id."
 */
import { Bilingual } from "../errors";
import { describe } from "../validate";

export type RejectReason =
  "noId" | "badDate" | "badAmount" | "noOrderId" | "afterAsOf" | "afterToday" | "noPurchase" | "errorCell";

export interface RejectedRow {
  /** 1-based row number within the columns given (a header row, when read, is row 1). */
  readonly row: number;
  readonly reason: RejectReason;
  readonly text: Bilingual;
}

const COLUMN = {
  id: { en: "customer id", zh: "客户编号" },
  date: { en: "date", zh: "日期" },
  amount: { en: "amount", zh: "金额" },
  order: { en: "order id", zh: "订单编号" },
};

/** The message for an Excel error value (`#N/A` …) in the `column` cell of a row. */
export function errorCellText(column: keyof typeof COLUMN, code: string): Bilingual {
  return {
    en: `The ${COLUMN[column].en} cell holds the Excel error ${code}: fix its formula or source, or leave the row out.`,
    zh: `${COLUMN[column].zh}单元格含有 Excel 错误值 ${code}：请更正其公式或来源，或把该行排除在外。`,
  };
}

/**
 * The message for `reason`; `detail` is the offending value or, for dates, the date problem
 * (for "afterToday", [the date, today] as ISO texts).
 */
export function rejectText(reason: RejectReason, detail: unknown): Bilingual {
  const v = describe(detail);
  switch (reason) {
    case "noId":
      return { en: "Row has no customer id.", zh: "该行没有客户编号。" };
    case "badDate":
      return detail as Bilingual;
    case "badAmount":
      return {
        en: `The amount ${v} is not a number (text such as "1,234.50", "¥88", "12,50 €" or "(12.50)" is read).`,
        zh: `金额 ${v} 不是数字（“1,234.50”“¥88”“12,50 €”“(12.50)”这样的文本可以读取）。`,
      };
    case "errorCell":
      return detail as Bilingual;
    case "afterToday": {
      const [day, today] = detail as [string, string];
      return {
        en: `The date ${day} is after today (${today}), so after the as-of date: correct the date or remove the row.`,
        zh: `日期 ${day} 晚于今天（${today}），因而晚于研究时间点：请更正日期或删除该行。`,
      };
    }
    case "noOrderId":
      return { en: "Row has no order id.", zh: "该行没有订单编号。" };
    case "afterAsOf":
      return {
        en: `The date ${v} is after the as-of date: use a later as-of date or remove the row.`,
        zh: `日期 ${v} 晚于研究时间点：请使用更晚的研究时间点或删除该行。`,
      };
    case "noPurchase":
      return {
        en: `Customer ${v} has only refunds or zero amounts in the period (no purchase): left out of the table.`,
        zh: `客户 ${v} 在期间内只有退款或零金额（没有购买）：未列入客户表。`,
      };
  }
}
