/**
 * Issue 8.4 — error cells are not data. Through the recording fake of the Excel API: a selection
 * holding every Excel error value in id, date and amount cells, read in bounded chunks, comes back
 * with each error cell as the core's ErrorCell (told apart by valueTypes, never by its text), while
 * the text "#N/A" typed in a cell stays text. The in-memory workbook returns ErrorCells as it holds them.
 */
import { ExcelWorkbookAdapter } from "../../taskpane/adapter/excel";
import { MemoryWorkbookAdapter } from "../../taskpane/adapter/memory";
import { withErrorCells } from "../../taskpane/adapter/errorCells";
import { chunkRows } from "../../taskpane/adapter/types";
import { errorCell, isErrorCell } from "../../src/cells/errorCell";
import { FakeWorkbook } from "../helpers/fakeExcel";

const ERRORS = [
  "#N/A",
  "#REF!",
  "#DIV/0!",
  "#VALUE!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
];

let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

test("withErrorCells converts exactly the cells typed Error", () => {
  expect(withErrorCells([["#N/A", "#N/A", 3]], [["Error", "String", "Double"]])).toEqual([
    [errorCell("#N/A"), "#N/A", 3],
  ]);
  const frozen = Object.freeze([Object.freeze(["#REF!"])]);
  expect(withErrorCells(frozen, [["Error"]])).toEqual([[errorCell("#REF!")]]);
  expect(frozen[0]![0]).toBe("#REF!");
});

test("readSelection: every Excel error in id, date and amount cells arrives as an ErrorCell, across chunks", async () => {
  const book = new FakeWorkbook();
  const rows = chunkRows(3) + 50; // two chunks
  const values: unknown[][] = [["id", "date", "amount"]];
  for (let i = 1; i < rows; i++) values.push([`C${i}`, 45292 + (i % 30), 10]);
  const errors: Record<string, string> = {};
  ERRORS.forEach((code, k) => {
    const row = 1 + k * 3 + (k === ERRORS.length - 1 ? chunkRows(3) : 0); // one in the second chunk
    errors[`${row},${k % 3}`] = code;
  });
  values.push(["#N/A", 45300, 5]); // the text "#N/A", typed: stays text
  book.addSheet("Orders", values, errors);
  book.selection = { sheet: "Orders", rows: values.length, cols: 3 };
  uninstall = book.install();
  const read = await new ExcelWorkbookAdapter().readSelection();
  expect(read!.values).toHaveLength(values.length);
  for (const [key, code] of Object.entries(errors)) {
    const [r, c] = key.split(",").map(Number) as [number, number];
    expect(read!.values[r]![c]).toEqual(errorCell(code));
  }
  const cells = read!.values.flat();
  expect(cells.filter(isErrorCell)).toHaveLength(ERRORS.length);
  expect(read!.values.at(-1)).toEqual(["#N/A", 45300, 5]);
  expect(book.syncs).toBe(1 + Math.ceil(values.length / chunkRows(3)));
});

test("readSelectionSample converts error cells too", async () => {
  const book = new FakeWorkbook();
  book.addSheet("S", [["id"], ["x"], ["#NAME?"]], { "1,0": "#NAME?" });
  book.selection = { sheet: "S", rows: 3, cols: 1 };
  uninstall = book.install();
  const s = await new ExcelWorkbookAdapter().readSelectionSample(10);
  expect(s!.sample).toEqual([["id"], [errorCell("#NAME?")], ["#NAME?"]]);
});

test("the in-memory workbook holds and returns ErrorCells as they are", async () => {
  const values = [
    ["id", "date", "amount"],
    [errorCell("#N/A"), 45292, 10],
    ["#N/A", errorCell("#REF!"), 5],
  ];
  const book = new MemoryWorkbookAdapter([{ name: "Orders", values }]);
  const read = await book.readSelection();
  expect(read!.values).toEqual(values);
  expect(isErrorCell(read!.values[1]![0])).toBe(true);
  expect(isErrorCell(read!.values[2]![0])).toBe(false);
  const sample = await book.readSelectionSample(2);
  expect(sample!.sample[1]![0]).toEqual(errorCell("#N/A"));
});
