/**
 * Where a cell's key is, as the id rule reads it (CRM_MODELS.md §1), for the column engines
 * ({@link keyColumn} and its packed path): the text holding the key and the key's bounds in it,
 * without making a string for the usual ASCII id. Text with only ASCII is trimmed of the ASCII
 * spaces `trim` removes and used in place (its A–Z are lower-cased by the reader, {@link lower});
 * other text is {@link cleanId}ed and lower-cased whole (invisible characters as spaces, trimmed,
 * NFC): the engine finds out while reading the characters it reads anyway, and then calls
 * {@link cleanSpan}. A finite number is the key of its text (`String`, so 1001 ≡ "1001").
 * Anything else, and text that is empty once cleaned, is no id.
 *
 * The kind says how the key was written, which the engines need to tell rows written exactly
 * like their key's first row: PLAIN (ASCII text, nothing trimmed), NUMBER, CLEANED (trimmed or
 * not ASCII; never "written the same").
 *
 * Cost O(characters); no allocation for ASCII text.
 *
 * @example
 * const s = { text: "", from: 0, to: 0, kind: 0 };
 * [keySpan(" C1 ", s), s.from, s.to, s.kind === CLEANED] // => [true, 1, 3, true]
 * [keySpan("é\u200b", s), cleanSpan(s), s.text] // => [true, true, "é"]
 */
import { cleanId } from "./ids";

/** How a key was written: ASCII text as is, a number, trimmed or not ASCII. */
export const PLAIN = 1;
export const NUMBER = 2;
export const CLEANED = 3;

/** The names under which both engines keep a column's keys, first rows and rows written otherwise in a workspace. */
export const KEYS = "keys";
export const FIRST_ROWS = "keys.firstRow";
export const OTHER_ROWS = "keys.otherRows";

export interface KeySpan {
  text: string;
  from: number;
  to: number;
  kind: number;
}

/**
 * Fills `span` with the key of `v` as ASCII text: trimmed of ASCII spaces, its kind; false when
 * `v` has no id. The caller reads the characters; on meeting one ≥ 0x80 it calls
 * {@link cleanSpan} once and reads the cleaned key instead.
 */
export function keySpan(v: unknown, span: KeySpan): boolean {
  let t: string;
  let kind = PLAIN;
  if (typeof v === "string") t = v;
  else if (typeof v === "number" && Number.isFinite(v)) {
    t = String(v);
    kind = NUMBER;
  } else return false;
  let a = 0;
  let b = t.length;
  while (a < b && asciiSpace(t.charCodeAt(a))) a++;
  while (b > a && asciiSpace(t.charCodeAt(b - 1))) b--;
  if (a === b) return false;
  if (a !== 0 || b !== t.length) kind = CLEANED;
  span.text = t;
  span.from = a;
  span.to = b;
  span.kind = kind;
  return true;
}

/** The key of text that is not all ASCII: {@link cleanId}, lower-cased; false when nothing is left. */
export function cleanSpan(span: KeySpan): boolean {
  const t = cleanId(span.text).toLowerCase();
  span.text = t;
  span.from = 0;
  span.to = t.length;
  span.kind = CLEANED;
  return t.length > 0;
}

/** The ASCII characters `trim` removes: tab, line feed, vertical tab, form feed, return, space. */
export function asciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** ASCII A–Z lower-cased (what `toLowerCase` does to ASCII; keys made by it have no A–Z left). */
export function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}
