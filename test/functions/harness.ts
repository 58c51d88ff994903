/**
 * The functions harness: plays Excel's part for the custom functions, through the metadata the
 * official generator produces from the JSDoc (the same call custom-functions-metadata-plugin makes
 * in the build). The argument shaping is shared with the preview's formula sheet
 * (taskpane/preview/formulas/excelCall.ts). For each call it:
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
import {
  CallOptions,
  Cell,
  EMPTY,
  ExcelError,
  FunctionMeta,
  Metadata,
  ParamMeta,
  Result,
  callAsExcel,
} from "../../taskpane/preview/formulas/excelCall";

export const ROOT = path.join(__dirname, "..", "..");
export const FUNCTION_FILES = fs
  .readdirSync(path.join(ROOT, "functions"))
  .filter((f) => f.endsWith(".ts"))
  .map((f) => path.join(ROOT, "functions", f));

export type { ParamMeta, FunctionMeta, Metadata, ExcelError, Cell, Result, CallOptions };
export { EMPTY };

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

// ---- calling a function the way Excel does (taskpane/preview/formulas/excelCall.ts) ---------
function isExcelError(v: unknown): v is FakeCustomFunctionsError {
  return v instanceof FakeCustomFunctionsError;
}

/** Calls `=ID(args…)` as Excel would; see the module comment. */
export async function callExcel(id: string, args: unknown[], options: CallOptions = {}): Promise<Result> {
  const { metadata, implementations } = await loadFunctions();
  const meta = metadata.functions.find((f) => f.id === id);
  const fn = implementations.get(id);
  if (!meta || !fn) throw new Error(`no custom function ${id}`);
  const asExcelError = (e: unknown) => (isExcelError(e) ? { error: e.code, message: e.message } : null);
  return callAsExcel({ meta, fn, asExcelError }, args, options);
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
