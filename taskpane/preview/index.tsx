/**
 * In-browser preview entry (preview.html): the same pane as inside Excel, over an in-memory
 * workbook holding the bundled sample data, beside the workbook view (open your own file, see
 * sheets and charts, download, formulas). This bundle never loads Office.js and does not
 * contain the Excel adapter, so nothing in it can call Microsoft's services (issue 8.2); the
 * page's Content-Security-Policy additionally refuses any request off its own origin.
 * The formula engine (the Formulas tab's: fast-formula-parser and the add-in's functions) loads
 * lazily, in its own chunks, and becomes the workbook's evaluator, so a worked example inserted
 * from the Learn tab shows computed values (examples inserted earlier are evaluated on arrival).
 */
import * as React from "react";
import { MemoryWorkbookAdapter } from "../adapter/memory";
import { mountPane } from "../mount";
import { PreviewApp } from "./PreviewApp";
import { sampleOrders } from "./sampleData";

const sheet = sampleOrders();
const adapter = new MemoryWorkbookAdapter([sheet]);
void Promise.all([import("./formulas/registry"), import("../learn/evaluator")])
  .then(async ([registry, { formulaSheetEvaluator }]) =>
    adapter.useFormulaEvaluator(formulaSheetEvaluator(await registry.loadCallees())),
  )
  // Without the engine an example's formula cells stay blank (memory.ts); the Formulas tab says why.
  .catch((e: unknown) => console.error("preview formula engine", e));
mountPane(navigator.language, () => <PreviewApp adapter={adapter} sampleRows={sheet.values.length - 1} />);
