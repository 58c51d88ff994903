/**
 * A column of amount cells → numbers, read one way on every path (CRM_MODELS.md §1: "numbers
 * typed as text are read"). Accepted: numbers; text holding a number with surrounding spaces,
 * thousands separators (`,` `.` space, no-break space, `'`), a currency symbol or code before or
 * after it (¥ ￥ 元 $ € £ CNY USD EUR …, see {@link CURRENCY}), a sign (`-`, `+`, `−`) or the
 * accounting negative `(12.50)`. The decimal mark is inferred once per column from the column's
 * own text (never per cell): a comma is decimal when some text can only be read that way
 * ("12,50", "1.234,50", "1.234.567") and none can only be read with a decimal point ("12.50",
 * "1,234.50", "1,234,567"); otherwise it is the point. A text "1,234" is then 1234, or 1.234 in
 * a decimal-comma column. Anything else (an empty cell, other text, a boolean, an Excel error)
 * is `NaN` in `values`, for the reader to reject the row. Cost O(total characters).
 *
 * @example
 * const a = amountColumn([12.5, "1,234.50", "¥88", "(12.50)", "USD 7", "x"]);
 * [Array.from(a.values), a.decimalComma] // => [[12.5, 1234.5, 88, -12.5, 7, NaN], false]
 * Array.from(amountColumn(["12,50", "1.234,5"]).values) // => [12.5, 1234.5]
 */

import { float64Array, Workspace } from "./workspace";

/** Currency symbols and ISO codes that may stand before or after an amount (any case for codes). */
export const CURRENCY = /^(?:[¥￥元$€£₩₹]|rmb|cny|usd|eur|gbp|jpy|hkd|twd|sgd|aud|cad|chf|krw|inr)/i;
const CURRENCY_END = /(?:[¥￥元$€£₩₹]|rmb|cny|usd|eur|gbp|jpy|hkd|twd|sgd|aud|cad|chf|krw|inr)$/i;
/** Digits with separators only (after sign, brackets and currency are removed). */
const BODY = /^[0-9][0-9.,' \u00a0\u202f]*$|^[.,][0-9]+$/;

export interface AmountColumn {
  /** The amount of each cell, NaN when it cannot be read. */
  readonly values: Float64Array;
  /** Whether the column's text uses the decimal comma. */
  readonly decimalComma: boolean;
}

/** @param workspace where the amounts are kept (see {@link Workspace}). */
export function amountColumn(cells: ArrayLike<unknown>, workspace?: Workspace): AmountColumn {
  const n = cells.length;
  const values = float64Array(workspace, "amounts", n);
  let text = false;
  for (let i = 0; i < n; i++) {
    const v = cells[i];
    if (typeof v === "number") values[i] = v - v === 0 ? v : NaN;
    else {
      values[i] = NaN;
      if (typeof v === "string") text = true;
    }
  }
  if (!text) return { values, decimalComma: false };
  let commaOnly = 0;
  let pointOnly = 0;
  for (let i = 0; i < n; i++) {
    const v = cells[i];
    if (typeof v !== "string") continue;
    const b = body(v);
    if (b === undefined) continue;
    const mark = decimalEvidence(b.digits);
    if (mark === ",") commaOnly++;
    else if (mark === ".") pointOnly++;
  }
  const decimalComma = commaOnly > 0 && pointOnly === 0;
  for (let i = 0; i < n; i++) {
    const v = cells[i];
    if (typeof v === "string") values[i] = amountFromText(v, decimalComma);
  }
  return { values, decimalComma };
}

/** The number in `text` with the given decimal mark, NaN when it is not an amount. */
export function amountFromText(text: string, decimalComma: boolean): number {
  const b = body(text);
  if (b === undefined) return NaN;
  const dec = decimalComma ? "," : ".";
  const group = decimalComma ? "." : ",";
  let s = b.digits.replace(/['\u00a0\u202f ]/g, "");
  const at = s.lastIndexOf(dec);
  const intPart = at < 0 ? s : s.slice(0, at);
  const frac = at < 0 ? "" : s.slice(at + 1);
  if (frac.includes(dec) || frac.includes(group) || intPart.includes(dec)) return NaN;
  if (intPart.includes(group)) {
    // Thousands groups: 1–3 digits, then groups of exactly 3.
    if (!/^[0-9]{1,3}(?:[.,][0-9]{3})+$/.test(intPart)) return NaN;
  }
  s = intPart.split(group).join("") + (at < 0 ? "" : "." + frac);
  if (!/^(?:[0-9]+\.?[0-9]*|\.[0-9]+)$/.test(s)) return NaN;
  const x = Number(s);
  return b.negative ? -x : x;
}

/** Sign, brackets and currency removed; undefined when what is left is not digits and separators. */
function body(text: string): { digits: string; negative: boolean } | undefined {
  let s = text.trim();
  let negative = false;
  if (s.startsWith("(") && s.endsWith(")")) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  for (let pass = 0; pass < 2; pass++) {
    const lead = CURRENCY.exec(s);
    if (lead) s = s.slice(lead[0].length).trim();
    const trail = CURRENCY_END.exec(s);
    if (trail) s = s.slice(0, s.length - trail[0].length).trim();
    const c = s.charAt(0);
    if (!negative && (c === "-" || c === "−" || c === "+")) {
      negative = c !== "+";
      s = s.slice(1).trim();
    }
  }
  if (s.endsWith("-") && !negative) {
    negative = true;
    s = s.slice(0, -1).trim();
  }
  return BODY.test(s) ? { digits: s, negative } : undefined;
}

/** Which decimal mark the digits can only be read with, if only one. */
function decimalEvidence(d: string): "," | "." | undefined {
  const s = d.replace(/['\u00a0\u202f ]/g, "");
  const comma = s.lastIndexOf(",");
  const point = s.lastIndexOf(".");
  if (comma >= 0 && point >= 0) return comma > point ? "," : ".";
  const mark = comma >= 0 ? "," : point >= 0 ? "." : undefined;
  if (mark === undefined) return undefined;
  const parts = s.split(mark);
  if (parts.length > 2) return mark === "," ? "." : ","; // repeated: a thousands separator
  // One mark: a group of exactly three digits after it could be either.
  return parts[1]!.length === 3 && parts[0]!.length > 0 && parts[0] !== "0" ? undefined : mark;
}
