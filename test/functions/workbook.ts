/**
 * A small in-memory worksheet for "sample workbook" recipes: cells hold values or formulas,
 * formulas are parsed and evaluated by fast-formula-parser (Excel's grammar and ~280 built-ins
 * such as COUNTIF, SUMPRODUCT, AVERAGE), and our custom functions are called through the harness
 * (so every argument is shaped as Excel would shape it). Results that are arrays spill down and
 * right from the formula's cell, as in Excel 365; a spill onto a filled cell gives #SPILL!.
 * Formulas are evaluated in the order given, as an analyst builds a sheet left to right.
 */
import FormulaParser from "fast-formula-parser";
import { callExcel, EMPTY, loadFunctions } from "./harness";

type Value = number | string | boolean | null | { error: string; message?: string };

export interface Recipe {
  /** What the sheet shows an analyst, e.g. "RFM scores beside a customer table". */
  title: string;
  /** Cells by A1 address: values, or formulas starting with "=". Evaluated in insertion order. */
  cells: Record<string, unknown>;
}

function colNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0);
}
function colLetters(n: number): string {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}
export function parseAddress(a: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a.replace(/\$/g, ""));
  if (!m) throw new Error(`bad address ${a}`);
  return { row: Number(m[2]), col: colNumber(m[1]!) };
}
export function address(row: number, col: number): string {
  return `${colLetters(col)}${row}`;
}

interface ErrorLike {
  error: string;
}
const isError = (v: unknown): v is ErrorLike => typeof v === "object" && v !== null && "error" in v;

export class Worksheet {
  private readonly grid = new Map<string, Value>();
  readonly formulas: { at: string; formula: string }[] = [];

  constructor(recipe: Recipe) {
    for (const [at, v] of Object.entries(recipe.cells)) {
      if (typeof v === "string" && v.startsWith("=")) this.formulas.push({ at, formula: v.slice(1) });
      else this.grid.set(at, v as Value);
    }
  }

  get(at: string): Value {
    return this.grid.get(at) ?? null;
  }

  /** Values of a range "A1:C3" as rows. */
  range(ref: string): Value[][] {
    const [a, b] = ref.split(":") as [string, string];
    const from = parseAddress(a);
    const to = parseAddress(b ?? a);
    const rows: Value[][] = [];
    for (let r = from.row; r <= to.row; r++) {
      const row: Value[] = [];
      for (let c = from.col; c <= to.col; c++) row.push(this.get(address(r, c)));
      rows.push(row);
    }
    return rows;
  }

  /** Evaluates every formula in order; returns the addresses of formulas that gave an error. */
  async evaluate(): Promise<{ at: string; formula: string; error: string; message?: string }[]> {
    const { metadata } = await loadFunctions();
    const FormulaError = (FormulaParser as unknown as { FormulaError: Record<string, unknown> }).FormulaError;
    const errorFor = (code: string): unknown => {
      const key = {
        "#VALUE!": "VALUE",
        "#NUM!": "NUM",
        "#N/A": "NA",
        "#DIV/0!": "DIV0",
        "#REF!": "REF",
        "#NAME?": "NAME",
      }[code];
      return key ? FormulaError[key] : FormulaError.VALUE;
    };
    const toArg = (a: { value: unknown; omitted?: boolean; isCellRef?: boolean }): unknown => {
      if (a.omitted) return null;
      if (a.isCellRef && (a.value === null || a.value === undefined)) return EMPTY;
      return a.value;
    };
    const functions: Record<string, (...args: { value: unknown; omitted?: boolean }[]) => Promise<unknown>> =
      {};
    for (const f of metadata.functions) {
      functions[f.id] = async (...args) => {
        const r = await callExcel(f.id, args.map(toArg));
        // Returned, not thrown: the engine turns a thrown error into a generic #ERROR!.
        if (isError(r)) return errorFor(r.error);
        if (Array.isArray(r))
          return r.map((row) =>
            row.map((c) => (typeof c === "string" && /^#[A-Z/0!?]+$/.test(c) ? errorFor(c) : c)),
          );
        return r;
      };
    }
    const parser = new FormulaParser({
      functions,
      onCell: (ref: { row: number; col: number }) => this.get(address(ref.row, ref.col)),
      onRange: (ref: { from: { row: number; col: number }; to: { row: number; col: number } }) =>
        this.range(`${address(ref.from.row, ref.from.col)}:${address(ref.to.row, ref.to.col)}`),
    });
    const failures: { at: string; formula: string; error: string; message?: string }[] = [];
    for (const { at, formula } of this.formulas) {
      const pos = parseAddress(at);
      let result: unknown;
      try {
        result = await parser.parseAsync(formula, { ...pos, sheet: "Sheet1" }, true);
      } catch (e) {
        result = { error: String((e as { _error?: string })._error ?? (e as Error).message) };
      }
      if (result && typeof result === "object" && "_error" in result)
        result = { error: String((result as { _error: string })._error) };
      if (Array.isArray(result)) {
        const rows = result as unknown[][];
        const spill = rows.flatMap((row, r) => row.map((_, c) => address(pos.row + r, pos.col + c)));
        if (spill.slice(1).some((a) => this.grid.has(a))) {
          this.grid.set(at, { error: "#SPILL!" });
          failures.push({ at, formula, error: "#SPILL!" });
          continue;
        }
        rows.forEach((row, r) =>
          row.forEach((v, c) => {
            const cell =
              v && typeof v === "object" && "_error" in v
                ? { error: String((v as { _error: string })._error) }
                : (v as Value);
            this.grid.set(address(pos.row + r, pos.col + c), cell);
          }),
        );
      } else {
        this.grid.set(at, result as Value);
      }
      const v = this.grid.get(at);
      if (isError(v)) failures.push({ at, formula, error: v.error });
    }
    return failures;
  }
}
