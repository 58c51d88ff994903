/**
 * The preview's evaluator for inserted examples: typed cells → the values the sheet shows, by the
 * preview's formula sheet (fast-formula-parser with the add-in's functions). Give it to the
 * in-memory workbook with `useFormulaEvaluator`. Errors become ErrorCells, empty cells "". Cost: one evaluation of every formula.
 * @example formulaSheetEvaluator(callees)({ A1: 2, B1: "=A1*3" }) // => [[2, 6]]
 */
import { FormulaEvaluator } from "../adapter/memory";
import { Callee } from "../preview/formulas/excelCall";
import { FormulaSheet, address, isExcelError } from "../preview/formulas/formulaSheet";
import { errorCell } from "../../src/cells/errorCell";

export function formulaSheetEvaluator(callees: ReadonlyMap<string, Callee>): FormulaEvaluator {
  return (cells) => {
    const sheet = new FormulaSheet(callees);
    for (const [at, v] of Object.entries(cells)) sheet.set(at, v);
    sheet.evaluate();
    const { rows, cols } = sheet.extent();
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => {
        const v = sheet.get(address(r + 1, c + 1));
        // An error shows as the workbook holds errors (an ErrorCell), so a later read sees an error.
        return v === null ? "" : isExcelError(v) ? errorCell(v.error) : v;
      }),
    );
  };
}
