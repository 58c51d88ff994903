/**
 * Calls a custom function the way Excel does, from the parameter metadata that the official
 * generator writes from the JSDoc (functions.json). Shared by the functions harness of the tests
 * (test/functions/harness.ts) and the preview's formula sheet, so both shape arguments alike:
 * - a `matrix` parameter always gets a 2-D array (a scalar becomes [[v]], a list one column);
 * - a scalar parameter given a multi-cell range is lifted: the function is called once per cell,
 *   ranges paired element by element, a single row or column repeated, positions outside a
 *   smaller range #N/A, the results spilled;
 * - omitted arguments are null; the EMPTY token is an empty cell (null, or 0 / "" on request);
 * - the result is checked against the metadata (scalar vs spilled matrix, number type, no NaN),
 *   and a thrown CustomFunctions.Error becomes { error, message }. Any other exception escaping
 *   a wrapper is rethrown as a bug: users must never see one.
 * Cost: one call per lifted cell, O(cells) shaping.
 */
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

/** An Excel error value with the function's message (the cell's tooltip). */
export interface ExcelError {
  error: string;
  message: string;
}
export type Cell = number | string | boolean | null;
export type Result = Cell | Cell[][] | ExcelError;

/** An empty cell. */
export const EMPTY = Symbol("empty cell");

export interface CallOptions {
  /** How an empty cell arrives: null (default), 0 or "". */
  emptyAs?: null | 0 | "";
}

/** What Excel's runtime would call: the function, and how to recognise its CustomFunctions.Error. */
export interface Callee {
  meta: FunctionMeta;
  fn: (...args: unknown[]) => unknown;
  asExcelError: (e: unknown) => ExcelError | null;
}

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

function checkScalar(id: string, meta: FunctionMeta, v: unknown): Cell {
  if (meta.result.type === "number" && typeof v !== "number")
    throw new Error(`${id} returned ${typeof v}, metadata says number`);
  if (typeof v === "number" && !Number.isFinite(v))
    throw new Error(`${id} returned ${v}: cells must never show NaN/Infinity`);
  if (v !== null && !["number", "string", "boolean"].includes(typeof v))
    throw new Error(`${id} returned a ${typeof v}`);
  return v as Cell;
}

function invoke({ meta, fn, asExcelError }: Callee, args: unknown[]): Result {
  const id = meta.id;
  let out: unknown;
  try {
    out = fn(...args);
  } catch (e) {
    const excelError = asExcelError(e);
    if (excelError) return excelError;
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

/** Calls `=ID(args…)` as Excel would; see the module comment. Throws when Excel would refuse the formula. */
export function callAsExcel(callee: Callee, args: unknown[], options: CallOptions = {}): Result {
  const { meta } = callee;
  const id = meta.id;
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
  if (lifted.length === 0) return invoke(callee, shaped);
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
      const out = invoke(callee, call);
      return (typeof out === "object" && out !== null && "error" in out ? out.error : out) as Cell;
    }),
  );
}
