/**
 * Every worked example of the Learn tab (issue 12.2), by id. Each is a pure description of a
 * sheet with live formulas (types.ts ExampleSheet) in either language; the adapters insert it
 * (WorkbookAdapter.insertExample) and test/learn evaluates every one with the preview's formula
 * engine against the course's numbers.
 * @example workedExample("points-table")?.build("en").sheetName // => "Points"
 */
import { ExampleInput, ExampleSheet, WorkedExample } from "./types";
import { retailerMailing } from "./examples/retailerMailing";
import { peripheralsChurn } from "./examples/peripheralsChurn";
import { pointsTable } from "./examples/pointsTable";
import { automotiveClv } from "./examples/automotiveClv";
import { lifecycleCustomer } from "./examples/lifecycleCustomer";
import { csatSurvey } from "./examples/csatSurvey";
import { cdnowExample } from "./examples/cdnowBgnbd";
import { cohortRetention } from "./examples/cohortRetention";
import { kotlerGrid } from "./examples/kotlerGrid";
import { pyramid8020 } from "./examples/pyramid8020";

export const workedExamples: readonly WorkedExample[] = [
  retailerMailing,
  peripheralsChurn,
  pointsTable,
  automotiveClv,
  lifecycleCustomer,
  csatSurvey,
  cdnowExample(),
  cohortRetention,
  kotlerGrid,
  pyramid8020,
];

export function workedExample(id: string): WorkedExample | undefined {
  return workedExamples.find((e) => e.id === id);
}

/** All cells of a sheet as written: the title in A1, the note in A2, then the example's cells. */
export function sheetCells(sheet: ExampleSheet): Record<string, ExampleInput> {
  return { A1: sheet.title, A2: sheet.note, ...sheet.cells };
}
