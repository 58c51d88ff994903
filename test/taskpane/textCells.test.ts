/**
 * Issue 8.3 — nothing written becomes a formula. The Excel adapter writes a report whose ids,
 * labels, title and parameters look like formulas; a recording fake of the Excel API (which
 * stores an entry as Excel does: text in a Text-formatted cell, a formula or number otherwise)
 * shows every text cell got the Text format "@" before its value, in the same request, and reads
 * back as the same text; numeric ids stay numbers, dates keep the date format.
 */
import { ExcelWorkbookAdapter } from "../../taskpane/adapter/excel";
import { cellFormats, DATE_FORMAT, TEXT_FORMAT } from "../../taskpane/adapter/cellFormats";
import { SheetReport } from "../../taskpane/adapter/types";
import { FakeWorkbook, excelEntry } from "../helpers/fakeExcel";

const DANGEROUS = ['=HYPERLINK("http://x","click")', "+1-555", "-2", "@SUM(A1)", "\tx", "\rx", "00123"];

let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

function report(): SheetReport {
  const ids: (string | number)[] = [...DANGEROUS, 1001, 2.5];
  return {
    sheetName: "RFM",
    title: "=CMD|' /C calc'!A0",
    parameters: "+As of 2025-01-01",
    table: {
      header: ["=Customer", "First purchase", "Segment"],
      rows: ids.map((id) => [id, 45000, "-Champions"]),
      dateColumns: [1],
    },
    summary: { header: ["@Segment", "Customers"], rows: [["=1+1", 9]] },
    chartTitle: "Customers per segment",
  };
}

test("the fake models the danger: without the Text format such entries are formulas or numbers", () => {
  expect(excelEntry('=HYPERLINK("http://x","click")', "General").formula).toBeDefined();
  expect(excelEntry("+1-555", "General").formula).toBeDefined();
  expect(excelEntry("@SUM(A1)", "General").formula).toBeDefined();
  expect(excelEntry("-2", "General").value).toBe(-2);
  expect(excelEntry("00123", "General").value).toBe(123);
  expect(excelEntry("-2", TEXT_FORMAT)).toEqual({ value: "-2", format: TEXT_FORMAT });
});

test("formula-like ids, labels, headers, title and parameters are written as the same text", async () => {
  const book = new FakeWorkbook();
  book.addSheet("Orders", [["id"]]);
  uninstall = book.install();
  const r = report();
  const name = await new ExcelWorkbookAdapter().writeReport(r);
  const sheet = book.sheet(name)!;
  // Every non-empty cell written holds exactly what the report gave, and none is a formula.
  const formulas = [...sheet.cells.values()].filter((c) => c.formula !== undefined);
  expect(formulas).toEqual([]);
  expect(sheet.cell(0, 0)).toEqual({ value: r.title, format: TEXT_FORMAT });
  expect(sheet.cell(1, 0)).toEqual({ value: r.parameters, format: TEXT_FORMAT });
  expect(sheet.cell(3, 0)).toEqual({ value: "=Customer", format: TEXT_FORMAT });
  DANGEROUS.forEach((id, i) => {
    expect(sheet.cell(4 + i, 0)).toEqual({ value: id, format: TEXT_FORMAT });
    expect(sheet.cell(4 + i, 2)).toEqual({ value: "-Champions", format: TEXT_FORMAT });
    expect(sheet.cell(4 + i, 1)).toEqual({ value: 45000, format: DATE_FORMAT });
  });
  // Numeric ids stay numbers with a number format (MATCH against a numeric source still works).
  expect(sheet.cell(4 + DANGEROUS.length, 0)).toEqual({ value: 1001, format: "General" });
  expect(sheet.cell(5 + DANGEROUS.length, 0)).toEqual({ value: 2.5, format: "General" });
  // The summary block: its label "=1+1" is text, its count a number.
  const summaryCol = r.table.header.length + 1;
  expect(sheet.cell(4, summaryCol)).toEqual({ value: "=1+1", format: TEXT_FORMAT });
  expect(sheet.cell(4, summaryCol + 1)).toEqual({ value: 9, format: "General" });
});

test("each range's numberFormat is set before its values, in the same request, with '@' exactly on text cells", async () => {
  const book = new FakeWorkbook();
  uninstall = book.install();
  await new ExcelWorkbookAdapter().writeReport(report());
  const log = book.log;
  const valueSets = log.flatMap((e, i) => (e.kind === "set" && e.prop === "values" ? [i] : []));
  expect(valueSets.length).toBeGreaterThan(0);
  for (const i of valueSets) {
    const e = log[i]!;
    if (e.kind !== "set") throw new Error("unreachable");
    // The latest numberFormat on the same range, with no sync between it and the values.
    let j = i - 1;
    while (j >= 0 && !(log[j]!.kind === "set" && (log[j] as { target: string }).target === e.target)) j--;
    const f = log[j];
    expect(f).toMatchObject({ kind: "set", target: e.target, prop: "numberFormat" });
    expect(log.slice(j, i).some((x) => x.kind === "sync")).toBe(false);
    const values = e.value as unknown[][];
    const formats = (f as { value: string[][] }).value;
    values.forEach((row, r) =>
      row.forEach((v, c) => expect(formats[r]![c] === TEXT_FORMAT).toBe(typeof v === "string")),
    );
  }
});

test("cellFormats: '@' for text, the column's format for numbers, General otherwise", () => {
  expect(cellFormats([["=1", 7, 45000, ""]], { 2: DATE_FORMAT })).toEqual([
    ["@", "General", DATE_FORMAT, "@"],
  ]);
  const frozen = Object.freeze([Object.freeze(["a", 1])]);
  expect(cellFormats(frozen)).toEqual([["@", "General"]]);
});

test("the in-memory workbook applies the same rule: text cells are recorded as Text and kept as given", async () => {
  const { MemoryWorkbookAdapter } = await import("../../taskpane/adapter/memory");
  const book = new MemoryWorkbookAdapter([{ name: "Orders", values: [["id"]] }]);
  const r = report();
  const name = await book.writeReport(r);
  const out = book.sheets.find((s) => s.name === name)!;
  expect(out.values[0]).toEqual([r.title]);
  expect(out.formats![0]).toEqual([TEXT_FORMAT]);
  expect(out.formats![1]).toEqual([TEXT_FORMAT]);
  DANGEROUS.forEach((id, i) => {
    expect(out.values[4 + i]!.slice(0, 3)).toEqual([id, 45000, "-Champions"]);
    expect(out.formats![4 + i]!.slice(0, 3)).toEqual([TEXT_FORMAT, DATE_FORMAT, TEXT_FORMAT]);
  });
  expect(out.values[4 + DANGEROUS.length]![0]).toBe(1001);
  expect(out.formats![4 + DANGEROUS.length]![0]).toBe("General");
  expect(out.formats![4]![r.table.header.length + 1]).toBe(TEXT_FORMAT); // "=1+1" in the summary
  // Every cell has a format, the same shape as its values.
  out.values.forEach((row, i) => expect(out.formats![i]!.length).toBe(row.length));
});
