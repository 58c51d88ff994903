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

export type RejectReason = "noId" | "badDate" | "badAmount" | "noOrderId" | "afterAsOf" | "noPurchase";

export interface RejectedRow {
  /** 1-based row number within the columns given. */
  readonly row: number;
  readonly reason: RejectReason;
  readonly text: Bilingual;
}

/** The message for `reason`; `detail` is the offending value or, for dates, the date problem. */
export function rejectText(reason: RejectReason, detail: unknown): Bilingual {
  const v = describe(detail);
  switch (reason) {
    case "noId":
      return { en: "Row has no customer id.", zh: "该行没有客户编号。" };
    case "badDate":
      return detail as Bilingual;
    case "badAmount":
      return { en: `The amount ${v} is not a finite number.`, zh: `金额 ${v} 不是有限的数字。` };
    case "noOrderId":
      return { en: "Row has no order id.", zh: "该行没有订单编号。" };
    case "afterAsOf":
      return {
        en: `The date ${v} is after the as-of date: use a later as-of date or remove the row.`,
        zh: `日期 ${v} 晚于研究时间点:请使用更晚的研究时间点或删除该行。`,
      };
    case "noPurchase":
      return {
        en: `Customer ${v} has only refunds or zero amounts in the period (no purchase): left out of the table.`,
        zh: `客户 ${v} 在期间内只有退款或零金额(没有购买):未列入客户表。`,
      };
  }
}
