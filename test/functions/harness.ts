/**
 * The functions harness: plays Excel's part for the custom functions, through the metadata the
 * official generator produces from the JSDoc (the same call custom-functions-metadata-plugin makes
 * in the build). For each call it:
 * - finds the function by its Excel id (e.g. "CSAT.RATIO") and the JS function it is associated with;
 * - shapes every argument as Excel would from the parameter's metadata: a `matrix` parameter always
 *   gets a 2-D array (a scalar becomes [[v]], a list becomes one column); a scalar parameter given a
 *   multi-cell range is "lifted" (called once per cell, ranges paired element by element,
 *   results spilled) as Excel does;
 *   omitted arguments are `null`; the EMPTY token is an empty cell (null, or 0 / "" on request);
 * - checks the result against the metadata (scalar vs spilled matrix, number type, no NaN) and
 *   turns a thrown CustomFunctions.Error into { error, message }. Any other exception escaping a
 *   wrapper fails the test: users must never see one.
 */
import * as fs from "fs";
import * as path from "path";

export const ROOT = path.join(__dirname, "..", "..");
export const FUNCTION_FILES = fs
  .readdirSync(path.join(ROOT, "functions"))
  .filter((f) => f.endsWith(".ts"))
  .map((f) => path.join(ROOT, "functions", f));

export interface ParamMeta {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: "scalar" | "matrix";
  optional?: boolean;
}
export interface FunctionMeta {
  id: string;
  name: string;
  description: string;
  helpUrl?: string;
  parameters: ParamMeta[];
  result: { type?: string; dimensionality?: "scalar" | "matrix" };
}
export interface Metadata {
  functions: FunctionMeta[];
}

/** An Excel error as the harness reports it. */
export interface ExcelError {
  error: string;
  message: string;
}
export type Cell = number | string | boolean | null;
export type Result = Cell | Cell[][] | ExcelError;

/** An empty cell. */
export const EMPTY = Symbol("empty cell");

// ---- a stand-in for the CustomFunctions global of Excel's runtime ----------------------------
class FakeCustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? code);
  }
}
const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};
(globalThis as Record<string, unknown>).CustomFunctions = {
  Error: FakeCustomFunctionsError,
  ErrorCode,
  associate: () => undefined,
};

/** Office's display language as the wrappers see it ("en-US", "zh-CN"). */
export function setDisplayLanguage(tag: string): void {
  (globalThis as Record<string, unknown>).Office = { context: { displayLanguage: tag } };
}
setDisplayLanguage("en-US");

// ---- metadata -------------------------------------------------------------------------------
interface Generated {
  metadata: Metadata;
  implementations: Map<string, (...args: unknown[]) => unknown>;
}
let generated: Promise<Generated> | undefined;

/** Generates the metadata from the JSDoc once per test file, exactly as the build does. */
export function loadFunctions(): Promise<Generated> {
  generated ??= (async () => {
    const { generateCustomFunctionsMetadata } = require("custom-functions-metadata") as {
      generateCustomFunctionsMetadata: (
        files: string[],
        wantAssociate: boolean,
      ) => Promise<{
        metadataJson: string;
        associate: { sourceFileName: string; functionName: string; id: string }[];
        errors: string[];
      }>;
    };
    const r = await generateCustomFunctionsMetadata(FUNCTION_FILES, true);
    if (r.errors.length > 0) throw new Error("metadata errors:\n" + r.errors.join("\n"));
    const metadata = JSON.parse(r.metadataJson) as Metadata;
    const implementations = new Map<string, (...args: unknown[]) => unknown>();
    for (const a of r.associate) {
      const file = path.isAbsolute(a.sourceFileName) ? a.sourceFileName : path.join(ROOT, a.sourceFileName);
      const mod = require(file) as Record<string, unknown>;
      const fn = mod[a.functionName];
      if (typeof fn !== "function")
        throw new Error(`${a.id}: ${a.functionName} is not exported from ${a.sourceFileName}`);
      implementations.set(a.id, fn as (...args: unknown[]) => unknown);
    }
    return { metadata, implementations };
  })();
  return generated;
}

// ---- calling a function the way Excel does --------------------------------------------------
export interface CallOptions {
  /** How an empty cell arrives: null (default), 0 or "". */
  emptyAs?: null | 0 | "";
}

type Arg = unknown;

function cell(v: unknown, o: CallOptions): unknown {
  return v === EMPTY ? (o.emptyAs === undefined ? null : o.emptyAs) : v;
}

function toMatrix(v: unknown, o: CallOptions): unknown[][] {
  if (Array.isArray(v)) {
    if (v.length > 0 && v.every((r) => Array.isArray(r)))
      return (v as unknown[][]).map((r) => r.map((c) => cell(c, o)));
    return v.map((c) => [cell(c, o)]); // a list is a column
  }
  return [[cell(v, o)]];
}

function isExcelError(v: unknown): v is FakeCustomFunctionsError {
  return v instanceof FakeCustomFunctionsError;
}

function checkScalar(id: string, meta: FunctionMeta, v: unknown): Cell {
  if (meta.result.type === "number" && typeof v !== "number")
    throw new Error(`${id} returned ${typeof v}, metadata says number`);
  if (typeof v === "number" && !Number.isFinite(v))
    throw new Error(`${id} returned ${v}: cells must never show NaN/Infinity`);
  if (v !== null && !["number", "string", "boolean"].includes(typeof v))
    throw new Error(`${id} returned a ${typeof v}`);
  return v as Cell;
}

function invoke(id: string, meta: FunctionMeta, fn: (...a: unknown[]) => unknown, args: unknown[]): Result {
  let out: unknown;
  try {
    out = fn(...args);
  } catch (e) {
    if (isExcelError(e)) return { error: e.code, message: e.message };
    throw new Error(
      `${id}: a raw exception escaped the wrapper: ${e instanceof Error ? e.stack : String(e)}`,
    );
  }
  if (meta.result.dimensionality === "matrix") {
    if (!Array.isArray(out) || out.length === 0 || !out.every((r) => Array.isArray(r))) {
      throw new Error(`${id} must return a non-empty 2-D array (it spills)`);
    }
    const width = (out[0] as unknown[]).length;
    if (width === 0 || !out.every((r) => (r as unknown[]).length === width))
      throw new Error(`${id} returned a ragged array`);
    return (out as unknown[][]).map((r) => r.map((c) => checkScalar(id, { ...meta, result: {} }, c)));
  }
  return checkScalar(id, meta, out);
}

/** Calls `=ID(args…)` as Excel would; see the module comment. */
export async function callExcel(id: string, args: Arg[], options: CallOptions = {}): Promise<Result> {
  const { metadata, implementations } = await loadFunctions();
  const meta = metadata.functions.find((f) => f.id === id);
  const fn = implementations.get(id);
  if (!meta || !fn) throw new Error(`no custom function ${id}`);
  if (args.length > meta.parameters.length) {
    throw new Error(
      `${id} takes at most ${meta.parameters.length} arguments; Excel would refuse the formula`,
    );
  }
  meta.parameters.forEach((p, i) => {
    if (!p.optional && i >= args.length)
      throw new Error(`${id}: ${p.name} is required; Excel would refuse the formula`);
  });
  const shaped: unknown[] = [];
  const lifted: { index: number; grid: unknown[][] }[] = [];
  meta.parameters.forEach((p, i) => {
    const a = i < args.length ? args[i] : null;
    if (p.dimensionality === "matrix") shaped.push(a === null ? null : toMatrix(a, options));
    else if (Array.isArray(a)) {
      const grid = toMatrix(a, options);
      if (grid.length === 1 && grid[0]?.length === 1) shaped.push(grid[0][0]);
      else {
        lifted.push({ index: i, grid });
        shaped.push(null);
      }
    } else shaped.push(cell(a, options));
  });
  if (lifted.length === 0) return invoke(id, meta, fn, shaped);
  // Excel's lifting: ranges in scalar arguments are paired element by element; a single row or
  // column is repeated along the other direction; positions outside a smaller range give #N/A.
  const rows = Math.max(...lifted.map((l) => l.grid.length));
  const cols = Math.max(...lifted.map((l) => l.grid[0]?.length ?? 0));
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => {
      const call = [...shaped];
      for (const { index, grid } of lifted) {
        const rr = grid.length === 1 ? 0 : r;
        const cc = (grid[0]?.length ?? 0) === 1 ? 0 : c;
        if (rr >= grid.length || cc >= (grid[rr]?.length ?? 0)) return "#N/A";
        call[index] = grid[rr]![cc];
      }
      const out = invoke(id, meta, fn, call);
      return (typeof out === "object" && out !== null && "error" in out ? out.error : out) as Cell;
    }),
  );
}

/** Jest matcher helpers. */
export function expectError(r: Result, code: string, messagePattern?: RegExp): void {
  if (r === null || typeof r !== "object" || Array.isArray(r) || !("error" in r)) {
    throw new Error(`expected ${code}, got ${JSON.stringify(r)}`);
  }
  expect(r.error).toBe(code);
  expect(r.message.length).toBeGreaterThan(10);
  if (messagePattern) expect(r.message).toMatch(messagePattern);
}
