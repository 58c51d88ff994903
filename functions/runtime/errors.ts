/**
 * The one place that turns a core failure into an Excel error value (STYLE.md rule 5):
 * `invalid` → #VALUE!, `numeric` → #NUM!, `notFound` → #N/A, each with the core's message in
 * the user's language. Anything else is a bug: #VALUE! with a message that says so, never a raw
 * JavaScript exception and never NaN in a cell.
 */
import { CrmError, CrmErrorCode } from "../../src/errors";
import { displayLang } from "./lang";

const EXCEL_CODE: Record<CrmErrorCode, CustomFunctions.ErrorCode> = {
  invalid: "#VALUE!" as CustomFunctions.ErrorCode.invalidValue,
  numeric: "#NUM!" as CustomFunctions.ErrorCode.invalidNumber,
  notFound: "#N/A" as CustomFunctions.ErrorCode.notAvailable,
};

/** `name: message` as shown in the cell's error tooltip. */
export function toExcelError(fn: string, e: unknown): CustomFunctions.Error {
  if (e instanceof CustomFunctions.Error) return e;
  if (e instanceof CrmError) {
    return new CustomFunctions.Error(EXCEL_CODE[e.code], `${fn}: ${e.messageIn(displayLang())}`);
  }
  const detail = e instanceof Error ? e.message : String(e);
  const text =
    displayLang() === "zh"
      ? `${fn}：内部错误（${detail}），请报告此问题。`
      : `${fn}: internal error (${detail}); please report it.`;
  return new CustomFunctions.Error(EXCEL_CODE.invalid, text);
}

/** A number result that must be finite; NaN or ±Infinity become #NUM! (never shown as NaN). */
export function finiteResult(fn: string, value: number): number {
  if (Number.isFinite(value)) return value;
  const text =
    displayLang() === "zh"
      ? `${fn}：结果不是有限的数字，请检查输入。`
      : `${fn}: the result is not a finite number; check the inputs.`;
  throw new CustomFunctions.Error(EXCEL_CODE.numeric, text);
}

/**
 * Runs a wrapper's body and maps any failure to an Excel error. Every custom function is
 * `return excel("CSAT.RATIO", () => …)`.
 */
export function excel<T>(fn: string, body: () => T): T {
  try {
    const result = body();
    if (typeof result === "number") return finiteResult(fn, result) as T;
    return result;
  } catch (e) {
    throw toExcelError(fn, e);
  }
}
