/**
 * The preview's formula sheet: cells hold values or formulas ("=RFM.CODE(5,4,3)"), evaluated by
 * fast-formula-parser (MIT; Excel's grammar and ~280 built-ins) with the add-in's custom
 * functions called through the same argument shaping as Excel (excelCall.ts). Array results
 * spill down and right from the formula's cell as in Excel 365; a spill onto a filled cell is
 * #SPILL!. An error keeps its function's message (shown on hover). A formula may use the value
 * of another formula's cell in any position: before a formula is parsed, the formulas it refers
 * to (found by the engine's DepParser) are evaluated first, so the result does not depend on the
 * row-by-row order (a cycle is #REF!). The engine's parser is not re-entrant (one shared token
 * stream), so a reference the DepParser cannot see (INDIRECT) that still needs a formula
 * evaluated mid-parse gets a parser of its own, one per nesting depth.
 * Cost: two parses per formula per evaluation (dependencies, value), plus the functions' cost.
 * @example new FormulaSheet(callees).set("A1", "=RFM.CODE(5,4,3)").evaluate().get("A1") // => 543
 */
import FormulaParser from "fast-formula-parser";
import { address, parseAddress } from "../a1";
import { Callee, ExcelError, callAsExcel } from "./excelCall";

export type Value = number | string | boolean | null | ExcelError;

export { address, colLetters, colNumber, parseAddress } from "../a1";

export const isExcelError = (v: unknown): v is ExcelError =>
  typeof v === "object" && v !== null && "error" in v;

type ParserError = { _error: string; message?: string };
const FormulaError = (FormulaParser as unknown as { FormulaError: Record<string, ParserError> }).FormulaError;
const PARSER_KEY: Record<string, string> = {
  "#VALUE!": "VALUE",
  "#NUM!": "NUM",
  "#N/A": "NA",
  "#DIV/0!": "DIV0",
  "#REF!": "REF",
  "#NAME?": "NAME",
  "#NULL!": "NULL",
};
const isParserError = (v: unknown): v is ParserError => typeof v === "object" && v !== null && "_error" in v;

export class FormulaSheet {
  /** What the user typed, by A1 address. */
  private readonly inputs = new Map<string, string | number>();
  private values = new Map<string, Value>();
  private spilledFrom = new Map<string, string>();

  constructor(private readonly callees: ReadonlyMap<string, Callee>) {}

  /** Sets a cell to a value or a formula ("" clears it); call evaluate() afterwards. */
  set(at: string, input: string | number): this {
    const key = at.toUpperCase();
    if (input === "") this.inputs.delete(key);
    else
      this.inputs.set(
        key,
        typeof input === "string" && input.trim() !== "" && !input.startsWith("=") ? literal(input) : input,
      );
    return this;
  }

  input(at: string): string | number | undefined {
    return this.inputs.get(at.toUpperCase());
  }

  get(at: string): Value {
    return this.values.get(at.toUpperCase()) ?? null;
  }

  /** The formula cell whose spill fills `at`, when `at` is not itself a formula. */
  spillSource(at: string): string | undefined {
    return this.spilledFrom.get(at.toUpperCase());
  }

  /** The last used row and column (for the grid's size). */
  extent(): { rows: number; cols: number } {
    let rows = 0;
    let cols = 0;
    for (const at of this.values.keys()) {
      const p = parseAddress(at);
      rows = Math.max(rows, p.row);
      cols = Math.max(cols, p.col);
    }
    return { rows, cols };
  }

  evaluate(): this {
    this.values = new Map();
    this.spilledFrom = new Map();
    const formulas: string[] = [];
    for (const [at, v] of this.inputs) {
      if (typeof v === "string" && v.startsWith("=")) formulas.push(at);
      else this.values.set(at, v);
    }
    const order = (a: string) => {
      const p = parseAddress(a);
      return p.row * 20000 + p.col;
    };
    formulas.sort((a, b) => order(a) - order(b));
    const state = new Map<string, "running" | "done">();
    /** Cells reached again while being evaluated: they stay #REF! whatever their formula gives. */
    const cyclic = new Set<string>();
    let message: string | undefined;
    const functions: Record<
      string,
      (...args: { value: unknown; omitted?: boolean; isCellRef?: boolean }[]) => unknown
    > = {};
    for (const [id, callee] of this.callees) {
      functions[id] = (...args) => {
        const shaped = args.map((a) => (a.omitted ? null : a.value === undefined ? null : a.value));
        const r = callAsExcel(callee, shaped);
        if (isExcelError(r)) {
          message = r.message;
          return FormulaError[PARSER_KEY[r.error] ?? "VALUE"];
        }
        if (Array.isArray(r))
          return r.map((row) =>
            row.map((c) => (typeof c === "string" && c in PARSER_KEY ? FormulaError[PARSER_KEY[c]!] : c)),
          );
        return r;
      };
    }
    const run = (at: string): void => {
      if (state.get(at) === "done") return;
      if (state.get(at) === "running") {
        this.values.set(at, { error: "#REF!", message: `circular reference at ${at}` });
        cyclic.add(at);
        return;
      }
      state.set(at, "running");
      const formula = String(this.inputs.get(at)).slice(1);
      const pos = parseAddress(at);
      for (const dep of dependencies(formula, pos)) run(dep);
      message = undefined;
      let result: unknown;
      depth++;
      try {
        result = parserAt(depth).parse(formula, { ...pos, sheet: "Sheet1" }, true);
      } catch (e) {
        result = isParserError(e)
          ? e
          : { error: "#VALUE!", message: e instanceof Error ? e.message : String(e) };
      } finally {
        depth--;
      }
      // The engine's own "#ERROR!" (a function it does not implement) is Excel's #NAME?.
      const toValue = (v: unknown): Value =>
        isParserError(v)
          ? { error: v._error === "#ERROR!" ? "#NAME?" : v._error, message: message ?? v.message ?? v._error }
          : (v as Value);
      if (cyclic.has(at)) {
        // keep the #REF! set when the cycle closed
      } else if (Array.isArray(result)) {
        const rows = result as unknown[][];
        const targets = rows
          .flatMap((row, r) => row.map((_, c) => address(pos.row + r, pos.col + c)))
          .slice(1);
        if (targets.some((a) => this.inputs.has(a) || this.values.has(a))) {
          this.values.set(at, { error: "#SPILL!", message: "the spill range is not empty" });
        } else {
          rows.forEach((row, r) =>
            row.forEach((v, c) => {
              const cellAt = address(pos.row + r, pos.col + c);
              this.values.set(cellAt, toValue(v));
              if (cellAt !== at) this.spilledFrom.set(cellAt, at);
            }),
          );
        }
      } else this.values.set(at, isParserError(result) || !isExcelError(result) ? toValue(result) : result);
      state.set(at, "done");
    };
    const valueAt = (row: number, col: number): unknown => {
      const at = address(row, col);
      if (formulaSet.has(at)) run(at);
      const v = this.values.get(at);
      if (isExcelError(v)) return FormulaError[PARSER_KEY[v.error] ?? "VALUE"];
      return v ?? null;
    };
    const formulaSet = new Set(formulas);
    const depParser = new FormulaParser.DepParser();
    /** The formula cells `formula` refers to (a range contributes the formulas inside it). */
    const dependencies = (formula: string, pos: { row: number; col: number }): string[] => {
      let refs: ReturnType<typeof depParser.parse>;
      try {
        refs = depParser.parse(formula, { ...pos, sheet: "Sheet1" });
      } catch {
        return []; // the value parse reports the syntax error
      }
      return refs.flatMap((ref) => {
        if (!("from" in ref))
          return formulaSet.has(address(ref.row, ref.col)) ? [address(ref.row, ref.col)] : [];
        return formulas.filter((f) => {
          const p = parseAddress(f);
          return p.row >= ref.from.row && p.row <= ref.to.row && p.col >= ref.from.col && p.col <= ref.to.col;
        });
      });
    };
    const newParser = () =>
      new FormulaParser({
        functions,
        onCell: (ref) => valueAt(ref.row, ref.col),
        onRange: (ref) => {
          const rows: unknown[][] = [];
          for (let r = ref.from.row; r <= ref.to.row; r++) {
            const row: unknown[] = [];
            for (let c = ref.from.col; c <= ref.to.col; c++) row.push(valueAt(r, c));
            rows.push(row);
          }
          return rows;
        },
      });
    const parsers: FormulaParser[] = [];
    let depth = 0;
    const parserAt = (d: number): FormulaParser => (parsers[d] ??= newParser());
    for (const at of formulas) run(at);
    return this;
  }
}

/** Typed text as Excel reads an entry: a plain number becomes a number, anything else stays text. */
function literal(text: string): string | number {
  const t = text.trim();
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t) ? Number(t) : text;
}
