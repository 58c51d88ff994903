/**
 * The preview's workbook with its formula engine as evaluator (as preview/index.tsx wires it): a
 * worked example from the Learn tab shows computed values, also when the engine arrives after the
 * example was inserted, and recalculates when an input is typed through the adapter. References:
 * Kotler's grid (CRM_MODELS.md §7, src/relationship/level.ts and levels.ts: medium customers × high margin is
 * proactive; many × low is basic or reactive) and the example's own loyalty × credit table.
 */
import { MemoryWorkbookAdapter } from "../../taskpane/adapter/memory";
import { sheetCells, workedExample } from "../../taskpane/learn/examples";
import { formulaSheetEvaluator } from "../../taskpane/learn/evaluator";
import { functionCallees } from "../learn/evaluate";

const kotler = () => {
  const sheet = workedExample("kotler-grid")!.build("en");
  return { sheetName: sheet.sheetName, cells: sheetCells(sheet), formats: sheet.formats };
};
/** The value at an A1 address of a sheet's rows (B13 → row 13, column B). */
const at = (values: unknown[][], a1: string) => {
  const m = /^([A-Z])(\d+)$/.exec(a1)!;
  return values[Number(m[2]) - 1]?.[m[1]!.charCodeAt(0) - 65];
};

test("an inserted example shows its computed values and follows an edited input", async () => {
  const book = new MemoryWorkbookAdapter([{ name: "Orders", values: [["id"]] }]);
  book.useFormulaEvaluator(formulaSheetEvaluator(await functionCallees()));
  const name = await book.insertExample(kotler());
  const sheet = () => book.sheets.find((s) => s.name === name)!;
  // 250 customers at 35% margin: a medium count with a high margin → proactive.
  expect(at(sheet().values, "B13")).toBe("Proactive");
  // Loyalty 7 (above the cut 5), credit 2 (below the cut 3): the table's low-credit, high-loyalty cell.
  expect(at(sheet().values, "G12")).toBe("Check terms");
  let notified = 0;
  book.subscribe(() => notified++);
  expect(book.setInput(name, "B11", 5000)).toBe(true);
  expect(book.setInput(name, "b12", 0.05)).toBe(true);
  expect(at(sheet().values, "B13")).toBe("Basic or reactive");
  expect(sheet().inputs?.B12).toBe(0.05);
  expect(book.setInput(name, "G11", 4)).toBe(true); // credit above the cut → key customer
  expect(at(sheet().values, "G12")).toBe("Key customer");
  expect(notified).toBe(3);
  expect(book.setInput("Orders", "A1", 1)).toBe(false); // a sheet without typed cells is left alone
});

test("an example inserted before the engine loaded is evaluated when it arrives", async () => {
  const book = new MemoryWorkbookAdapter([]);
  const name = await book.insertExample(kotler());
  const sheet = () => book.sheets.find((s) => s.name === name)!;
  expect(at(sheet().values, "B13")).toBe(""); // a formula cell is blank, never its text
  let notified = 0;
  book.subscribe(() => notified++);
  book.useFormulaEvaluator(formulaSheetEvaluator(await functionCallees()));
  expect(at(sheet().values, "B13")).toBe("Proactive");
  expect(notified).toBe(1);
});
