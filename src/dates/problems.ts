/**
 * Why a date cell could not be read (CRM_MODELS.md §1: text dates "must be parsed or rejected,
 * never guessed silently"). The fast readers return one of these keys instead of throwing, so a
 * column of a million cells costs no exception per bad row; {@link dateProblemText} gives the
 * bilingual message that says what to fix. Cost O(1).
 *
 * @example
 * dateProblemText("needsOrder", "03/04/2024").en
 * // => "\"03/04/2024\" is ambiguous (day/month or month/day) and no date of its column shows which: set the date order (date_order \"mdy\" or \"dmy\")."
 */
import { Bilingual } from "../errors";
import { describe } from "../validate";

export type DateProblem =
  | "empty"
  | "notFinite"
  | "wrongType"
  | "unknownFormat"
  | "needsOrder"
  | "notACalendarDate"
  | "fictitiousLeapDay"
  | "before1900"
  | "after9999";

/** The message for `problem` about the cell value `value`. */
export function dateProblemText(problem: DateProblem, value: unknown): Bilingual {
  const v = describe(value);
  switch (problem) {
    case "empty":
      return { en: "The date is empty (0 or blank is not a date).", zh: "日期为空（0 或空白不是日期）。" };
    case "notFinite":
      return { en: `The date ${v} is not a finite number.`, zh: `日期 ${v} 不是有限的数字。` };
    case "wrongType":
      return {
        en: `${v} is not a date: give a date or a date serial number.`,
        zh: `${v} 不是日期：请给出日期或日期序列号。`,
      };
    case "unknownFormat":
      return {
        en: `${v} is not a date in a known form: use 2024-06-22, 2024/6/22, 22.6.2024 or 2024年6月22日.`,
        zh: `${v} 不是可识别的日期格式：请使用 2024-06-22、2024/6/22、22.6.2024 或 2024年6月22日。`,
      };
    case "needsOrder":
      return {
        en: `${v} is ambiguous (day/month or month/day) and no date of its column shows which: set the date order (date_order "mdy" or "dmy").`,
        zh: `${v} 有歧义（日/月还是月/日），且同列没有日期能说明顺序：请设置日期顺序（date_order 设为 "mdy" 或 "dmy"）。`,
      };
    case "notACalendarDate":
      return {
        en: `${v} is not a calendar date: check year, month and day.`,
        zh: `${v} 不是有效的日历日期：请检查年、月、日。`,
      };
    case "fictitiousLeapDay":
      return {
        en: `${v} is Excel's fictitious 1900-02-29 (serial 60; 1900 was not a leap year): correct the date.`,
        zh: `${v} 是 Excel 虚构的 1900-02-29（序列号 60;1900 年不是闰年）：请更正日期。`,
      };
    case "before1900":
      return {
        en: `${v} is before 1900-01-01, the first Excel date.`,
        zh: `${v} 早于 Excel 的第一个日期 1900-01-01。`,
      };
    case "after9999":
      return {
        en: `${v} is after 9999-12-31, the last Excel date.`,
        zh: `${v} 晚于 Excel 的最后一个日期 9999-12-31。`,
      };
  }
}
