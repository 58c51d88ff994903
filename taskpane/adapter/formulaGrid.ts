/**
 * A sheet of typed cells (numbers, texts, formulas) laid out as the rectangle the adapters write:
 * `inputs[r][c]` what goes in the cell ("" when empty), `formats[r][c]` its number format. The
 * text rule of cellFormats.ts holds: a text cell gets the Text format "@" (so it stays text), a
 * formula cell never does (in a Text cell Excel would store the formula as text), a number or a
 * formula keeps the format the sheet asks for, else General. Cost O(rows × columns).
 * @example formulaGrid({ sheetName: "x", cells: { A1: "Total", B1: "=1+1" } }).formats // => [["@", "General"]]
 */
import { GENERAL_FORMAT, TEXT_FORMAT } from "./cellFormats";
import { FormulaSheetSpec } from "./types";

export interface FormulaGrid {
  readonly rows: number;
  readonly columns: number;
  readonly inputs: (string | number)[][];
  readonly formats: string[][];
}

const A1 = /^([A-Z]{1,3})(\d{1,7})$/;

function position(at: string): [row: number, col: number] {
  const m = A1.exec(at.toUpperCase());
  if (!m) throw new Error(`formulaGrid: ${at} is not an A1 address`);
  const col = [...m[1]!].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0);
  return [Number(m[2]) - 1, col - 1];
}

export const isFormula = (v: unknown): v is string => typeof v === "string" && v.startsWith("=");

export function formulaGrid(spec: FormulaSheetSpec): FormulaGrid {
  const entries = Object.entries(spec.cells).map(([at, v]) => [position(at), v] as const);
  const rows = entries.reduce((n, [[r]]) => Math.max(n, r + 1), 1);
  const columns = entries.reduce((n, [[, c]]) => Math.max(n, c + 1), 1);
  const inputs = Array.from({ length: rows }, () =>
    Array.from({ length: columns }, (): string | number => ""),
  );
  const formats = Array.from({ length: rows }, () => Array.from({ length: columns }, () => GENERAL_FORMAT));
  for (const [ref, format] of Object.entries(spec.formats ?? {})) {
    const [a, b] = ref.split(":") as [string, string | undefined];
    const [r0, c0] = position(a);
    const [r1, c1] = position(b ?? a);
    for (let r = r0; r <= Math.min(r1, rows - 1); r++)
      for (let c = c0; c <= Math.min(c1, columns - 1); c++) formats[r]![c] = format;
  }
  for (const [[r, c], v] of entries) {
    inputs[r]![c] = v;
    if (typeof v === "string" && !isFormula(v)) formats[r]![c] = TEXT_FORMAT;
  }
  return { rows, columns, inputs, formats };
}
