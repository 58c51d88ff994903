/**
 * Small helpers for writing worked examples as cells: a text in the sheet's language, a block of
 * rows placed at an A1 corner, A1 addresses from row/column numbers. Pure, O(cells).
 * @example block("B3", [[1, 2], ["=A1", "x"]]) // => { B3: 1, C3: 2, B4: "=A1", C4: "x" }
 */
import { ExampleInput, LearnLang } from "../types";

/** The text for `lang`. */
export const say = (lang: LearnLang, en: string, zh: string): string => (lang === "zh" ? zh : en);

export function columnLetters(n: number): string {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0);
}

/** A1 address of (row, column), both 1-based. */
export const at = (row: number, col: number): string => `${columnLetters(col)}${row}`;

/** The cells of `rows` with the top-left one at `corner`; null leaves a cell empty. */
export function block(
  corner: string,
  rows: readonly (readonly (ExampleInput | null)[])[],
): Record<string, ExampleInput> {
  const m = /^([A-Z]+)(\d+)$/.exec(corner);
  if (!m) throw new Error(`bad corner ${corner}`);
  const col0 = columnNumber(m[1]!);
  const row0 = Number(m[2]);
  const out: Record<string, ExampleInput> = {};
  rows.forEach((r, i) =>
    r.forEach((v, j) => {
      if (v !== null) out[at(row0 + i, col0 + j)] = v;
    }),
  );
  return out;
}

/** `"lang"` as a formula argument: the sheet's labels follow the sheet's language, not Office's. */
export const langArg = (lang: LearnLang): string => `"${lang}"`;
