/**
 * The Excel adapter against office-addin-mock: what it loads, that it reads a bounded sample
 * (never the whole selection), and how it reports an empty selection.
 */
import { OfficeMockObject } from "office-addin-mock";
import { ExcelWorkbookAdapter } from "../../taskpane/adapter/excel";
import { describeTable } from "../../src/table";
import { errorCell, isErrorCell } from "../../src/cells/errorCell";

interface Cells {
  address: string;
  rowCount: number;
  columnCount: number;
  values: unknown[][];
  /** "row,col" of the cells that hold an Excel error (their value is the error's text). */
  errors?: readonly string[];
}

/** Excel's valueTypes for `values`: "Error" at `errors`, else String/Double/Empty. */
function typesOf(values: unknown[][], errors: readonly string[] = []): string[][] {
  return values.map((row, r) =>
    row.map((v, c) =>
      errors.includes(`${r},${c}`)
        ? "Error"
        : v === ""
          ? "Empty"
          : typeof v === "number"
            ? "Double"
            : "String",
    ),
  );
}

/** A mock workbook whose selection's used range is `used` (null: nothing used). */
function mockExcel(used: Cells | null, resized: { rows: number; cols: number }[], headRows = 200) {
  const data = {
    context: {
      workbook: {
        selected: {
          used: {
            ...(used ?? { address: "", rowCount: 0, columnCount: 0, values: [] }),
            isNullObject: used === null,
            cell: {
              // What Excel would return for the block the adapter asks for (checked via `resized`).
              head: {
                values: used ? used.values.slice(0, headRows) : [],
                valueTypes: used ? typesOf(used.values.slice(0, headRows), used.errors) : [],
              },
              getResizedRange(rows: number, cols: number) {
                resized.push({ rows, cols });
                return this.head;
              },
            },
            getCell() {
              return this.cell;
            },
          },
          getUsedRangeOrNullObject() {
            return this.used;
          },
        },
        getSelectedRange() {
          return this.selected;
        },
      },
    },
    run: async function (callback: (context: unknown) => Promise<unknown>) {
      return callback(this.context);
    },
  };
  const mock = new OfficeMockObject(data);
  // In Office.js, isNullObject is readable once the *OrNullObject proxy is synced; the mock
  // treats it as an ordinary property, so mark it loaded the way Office.js would.
  const m = mock as unknown as {
    context: { workbook: { selected: { used: OfficeMockObject } }; sync(): Promise<void> };
  };
  m.context.workbook.selected.used.load("isNullObject");
  (globalThis as Record<string, unknown>).Excel = mock;
  return mock;
}

afterEach(() => delete (globalThis as Record<string, unknown>).Excel);

test("reads address, size and only the first rows of a large selection", async () => {
  const rows = 10_000;
  const values: unknown[][] = [["customer_id", "order_date", "amount"]];
  for (let i = 1; i < rows; i++) values.push([`C${i}`, 45292 + (i % 700), i % 97]);
  const resized: { rows: number; cols: number }[] = [];
  mockExcel({ address: "Orders!A1:C10000", rowCount: rows, columnCount: 3, values }, resized);

  const sample = await new ExcelWorkbookAdapter().readSelectionSample(200);
  expect(sample).not.toBeNull();
  expect(sample!.address).toBe("Orders!A1:C10000");
  expect(sample!.rowCount).toBe(rows);
  expect(sample!.columnCount).toBe(3);
  expect(resized).toEqual([{ rows: 199, cols: 2 }]); // a 200 × 3 block, not 10,000 rows
  expect(sample!.sample).toHaveLength(200);
  expect(sample!.sample[0]).toEqual(["customer_id", "order_date", "amount"]);
  const d = describeTable(sample!.sample, sample!.rowCount);
  expect(d).toMatchObject({ hasHeader: true, dataRows: rows - 1, kinds: ["text", "number", "number"] });
});

test("a small selection is read whole", async () => {
  const resized: { rows: number; cols: number }[] = [];
  mockExcel(
    {
      address: "Sheet1!B2:C3",
      rowCount: 2,
      columnCount: 2,
      values: [
        ["a", 1],
        ["b", 2],
      ],
    },
    resized,
  );
  const sample = await new ExcelWorkbookAdapter().readSelectionSample(200);
  expect(resized).toEqual([{ rows: 1, cols: 1 }]);
  expect(sample!.sample).toEqual([
    ["a", 1],
    ["b", 2],
  ]);
});

test("an empty selection gives null, not an error", async () => {
  mockExcel(null, []);
  expect(await new ExcelWorkbookAdapter().readSelectionSample(200)).toBeNull();
});

test("reading a property that was not loaded is caught by the mock", async () => {
  // The mock returns this string instead of throwing; the adapter must load before reading.
  const resized: { rows: number; cols: number }[] = [];
  mockExcel({ address: "S!A1:A1", rowCount: 1, columnCount: 1, values: [[1]] }, resized, 5);
  const sample = await new ExcelWorkbookAdapter().readSelectionSample(5);
  expect(JSON.stringify(sample)).not.toContain("Error, property was not loaded");
  expect(JSON.stringify(sample)).not.toContain("context.sync() was not called");
});

test("an error cell in the sample becomes an ErrorCell; the text '#N/A' in a String cell stays text", async () => {
  const resized: { rows: number; cols: number }[] = [];
  const values = [
    ["id", "date", "amount"],
    ["#N/A", 45292, "#DIV/0!"],
    ["#N/A", "#REF!", 10],
  ];
  mockExcel(
    { address: "S!A1:C3", rowCount: 3, columnCount: 3, values, errors: ["1,0", "1,2", "2,1"] },
    resized,
  );
  const sample = await new ExcelWorkbookAdapter().readSelectionSample(200);
  expect(sample!.sample).toEqual([
    ["id", "date", "amount"],
    [errorCell("#N/A"), 45292, errorCell("#DIV/0!")],
    ["#N/A", errorCell("#REF!"), 10],
  ]);
  expect(isErrorCell(sample!.sample[1]![0])).toBe(true);
  expect(isErrorCell(sample!.sample[2]![0])).toBe(false);
});
