/**
 * Evaluates a worked example the way the preview does: its cells in the preview's formula sheet
 * (fast-formula-parser with the add-in's functions through the Excel argument shaping), the
 * functions loaded from the generated metadata as the harness does.
 */
import { Callee } from "../../taskpane/preview/formulas/excelCall";
import { FormulaSheet } from "../../taskpane/preview/formulas/formulaSheet";
import { ExampleSheet } from "../../taskpane/learn/types";
import { sheetCells } from "../../taskpane/learn/examples";
import { loadFunctions } from "../functions/harness";

let callees: Map<string, Callee> | undefined;

export async function functionCallees(): Promise<Map<string, Callee>> {
  if (callees) return callees;
  const { metadata, implementations } = await loadFunctions();
  const ErrorClass = (globalThis as unknown as { CustomFunctions: { Error: new () => Error } })
    .CustomFunctions.Error;
  callees = new Map(
    metadata.functions.map((meta) => [
      meta.id,
      {
        meta,
        fn: implementations.get(meta.id)!,
        asExcelError: (e: unknown) =>
          e instanceof ErrorClass
            ? { error: (e as unknown as { code: string }).code, message: e.message }
            : null,
      },
    ]),
  );
  return callees;
}

/** A formula sheet holding the example's cells, evaluated. */
export async function evaluateExample(example: ExampleSheet): Promise<FormulaSheet> {
  const sheet = new FormulaSheet(await functionCallees());
  for (const [at, v] of Object.entries(sheetCells(example))) sheet.set(at, v);
  return sheet.evaluate();
}
