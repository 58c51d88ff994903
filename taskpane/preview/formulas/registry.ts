/**
 * The custom functions for the preview's formula sheet, loaded on demand (a chunk of its own):
 * the function files of functions/ (their JSDoc is the registration), associated by the runtime
 * shim, with the parameter metadata the build generated (functions.json, fetched from this page's
 * own origin).
 */
import { PreviewFunctionError, associated } from "./runtimeShim";
import "../../../functions/churn";
import "../../../functions/clvModels";
import "../../../functions/csat";
import "../../../functions/lifecycle";
import "../../../functions/loyalty";
import "../../../functions/programmes";
import "../../../functions/rfm";
import "../../../functions/value";
import { Callee, Metadata } from "./excelCall";

export { setFunctionLanguage } from "./runtimeShim";

export async function loadCallees(): Promise<Map<string, Callee>> {
  const response = await fetch("functions.json");
  if (!response.ok) throw new Error(`functions.json: HTTP ${response.status}`);
  const metadata = (await response.json()) as Metadata;
  const asExcelError = (e: unknown) =>
    e instanceof PreviewFunctionError ? { error: e.code, message: e.message } : null;
  const callees = new Map<string, Callee>();
  for (const meta of metadata.functions) {
    const fn = associated.get(meta.id);
    if (fn) callees.set(meta.id, { meta, fn, asExcelError });
  }
  return callees;
}
