/**
 * How a cell reads as a number or as blank (CRM_MODELS.md §1: cells arrive as Excel returns
 * them). Shared by the formula wrappers (functions/runtime/args.ts) and the core's readers of
 * typed tables (the segment rules, src/rfm/ruleRows.ts). Cost O(length of the text).
 *
 * - blank: null, undefined or text of spaces only;
 * - a number: a finite number, or text such as "12.5", " 7 ", "45%" (→ 0.45); anything else
 *   (other text, booleans, error cells) is no number.
 *
 * @example
 * cellNumber(" 7 ")   // => 7
 * cellNumber("45%")   // => 0.45
 * cellNumber("seven") // => undefined
 * isBlank("  ")       // => true
 */
export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

const NUMERIC_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?%?$/;

/** A cell as a number, or undefined when it cannot be read as one (text, boolean, error). */
export function cellNumber(v: unknown): number | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (typeof v === "string") {
    const t = v.trim();
    if (!NUMERIC_TEXT.test(t)) return undefined;
    return t.endsWith("%") ? Number(t.slice(0, -1)) / 100 : Number(t);
  }
  return undefined;
}
