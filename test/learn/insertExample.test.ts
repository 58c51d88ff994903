/**
 * Inserting a worked example (issue 12.2/12.3): the Excel adapter against a small recording fake
 * of the Excel API that stores an entry as Excel does (in a Text-formatted cell a string is text;
 * otherwise a string starting with "=" is a formula), and the in-memory workbook with the
 * preview's formula sheet as its evaluator.
 */
import { ExcelWorkbookAdapter } from "../../taskpane/adapter/excel";
import { MemoryWorkbookAdapter } from "../../taskpane/adapter/memory";
import { formulaGrid } from "../../taskpane/adapter/formulaGrid";
import { CHUNK_CELLS, FormulaSheetSpec } from "../../taskpane/adapter/types";
import { sheetCells, workedExample } from "../../taskpane/learn/examples";
import { formulaSheetEvaluator } from "../../taskpane/learn/evaluator";
import { evaluateExample, functionCallees } from "./evaluate";

type Log = ({ set: string; cells: number } | { sync: true } | { call: string })[];
interface Stored {
  formula?: string;
  value: unknown;
  format: string;
}

function fakeExcel(existing: string[]) {
  const log: Log = [];
  const books: { name: string; cells: Map<string, Stored>; active: boolean }[] = existing.map((name) => ({
    name,
    cells: new Map(),
    active: false,
  }));
  const sheetApi = (sheet: (typeof books)[number]) => ({
    getRangeByIndexes: (r: number, c: number, h: number, w: number) => {
      const each = (v: unknown, f: (i: number, j: number, x: unknown) => void) => {
        const rows = v as unknown[][];
        if (rows.length !== h || rows.some((row) => row.length !== w))
          throw new Error("fake: shape mismatch");
        rows.forEach((row, i) => row.forEach((x, j) => f(i, j, x)));
      };
      return {
        set numberFormat(v: unknown) {
          log.push({ set: "numberFormat", cells: h * w });
          each(v, (i, j, x) => {
            const key = `${r + i},${c + j}`;
            sheet.cells.set(key, { ...(sheet.cells.get(key) ?? { value: "" }), format: String(x) });
          });
        },
        set formulas(v: unknown) {
          log.push({ set: "formulas", cells: h * w });
          each(v, (i, j, x) => {
            const key = `${r + i},${c + j}`;
            const format = sheet.cells.get(key)?.format ?? "General";
            const isFormula = typeof x === "string" && x.startsWith("=") && format !== "@";
            sheet.cells.set(
              key,
              isFormula ? { formula: x, value: "(result)", format } : { value: x, format },
            );
          });
        },
        format: { font: { bold: false } },
      };
    },
    activate: () => {
      log.push({ call: "activate" });
      books.forEach((b) => (b.active = b === sheet));
    },
  });
  const g = globalThis as Record<string, unknown>;
  g.Excel = {
    run: async (cb: (ctx: unknown) => Promise<unknown>) =>
      cb({
        workbook: {
          worksheets: {
            load: () => undefined,
            get items() {
              return books.map((b) => ({ name: b.name }));
            },
            add: (name: string) => {
              const b = { name, cells: new Map<string, Stored>(), active: false };
              books.push(b);
              return sheetApi(b);
            },
          },
        },
        sync: async () => void log.push({ sync: true }),
      }),
  };
  return { log, books, uninstall: () => delete g.Excel };
}

test("formulaGrid: text gets '@', formulas and numbers their format or General", () => {
  const g = formulaGrid({
    sheetName: "x",
    cells: { A1: "Title", B2: "=A1&1", C2: 0.5, A3: "-2" },
    formats: { "B2:C2": "0%" },
  });
  expect(g.inputs).toEqual([
    ["Title", "", ""],
    ["", "=A1&1", 0.5],
    ["-2", "", ""],
  ]);
  expect(g.formats).toEqual([
    ["@", "General", "General"],
    ["General", "0%", "0%"],
    ["@", "General", "General"],
  ]);
});

test("Excel: a worked example becomes live formulas on a new, uniquely named sheet; text stays text", async () => {
  const fake = fakeExcel(["Points"]);
  try {
    const sheet = workedExample("points-table")!.build("en");
    const spec: FormulaSheetSpec = {
      sheetName: sheet.sheetName,
      cells: sheetCells(sheet),
      formats: sheet.formats,
    };
    const name = await new ExcelWorkbookAdapter().insertExample(spec);
    expect(name).toBe("Points (2)");
    const book = fake.books.find((b) => b.name === name)!;
    expect(book.active).toBe(true);
    const cell = (r: number, c: number) => book.cells.get(`${r},${c}`);
    expect(cell(9, 2)).toEqual({
      formula: '=POINTS.REWARDS(B10,$B$4,$B$5,"points")',
      value: "(result)",
      format: "General",
    });
    expect(cell(9, 1)).toEqual({ value: 300, format: "General" });
    expect(cell(0, 0)?.format).toBe("@");
    expect(cell(0, 0)?.formula).toBeUndefined();
    // Every formula of the example is a formula in Excel, every text a text.
    for (const [at, v] of Object.entries(spec.cells)) {
      const m = /^([A-Z]+)(\d+)$/.exec(at)!;
      const c = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      const stored = cell(Number(m[2]) - 1, c)!;
      if (typeof v === "string" && v.startsWith("=")) expect(stored.formula).toBe(v);
      else expect(stored).toEqual(expect.objectContaining({ value: v }));
    }
    // Formats go before the formulas, in the same request.
    const sets = fake.log.filter((e) => "set" in e).map((e) => (e as { set: string }).set);
    expect(sets).toEqual(["numberFormat", "formulas"]);
  } finally {
    fake.uninstall();
  }
});

test("Excel: a large sheet goes in bounded requests", async () => {
  const fake = fakeExcel([]);
  try {
    const cells: Record<string, string | number> = {};
    for (let r = 1; r <= 60000; r++) {
      cells[`A${r}`] = r;
      cells[`B${r}`] = `=A${r}*2`;
    }
    await new ExcelWorkbookAdapter().insertExample({ sheetName: "Big", cells });
    let batch = 0;
    for (const e of fake.log) {
      if ("sync" in e) batch = 0;
      else if ("set" in e) {
        batch += e.cells;
        expect(e.cells).toBeLessThanOrEqual(CHUNK_CELLS);
      }
      expect(batch).toBeLessThanOrEqual(2 * CHUNK_CELLS); // formats + formulas of one chunk
    }
    expect(fake.log.filter((e) => "sync" in e).length).toBeGreaterThan(2);
    expect(fake.books[0]!.cells.get("59999,1")?.formula).toBe("=A60000*2");
  } finally {
    fake.uninstall();
  }
});

test("memory: the example is kept as typed and evaluated by the preview's formula sheet; recalculates", async () => {
  const book = new MemoryWorkbookAdapter([{ name: "Orders", values: [["id"]] }]);
  const callees = await functionCallees();
  book.useFormulaEvaluator(formulaSheetEvaluator(callees));
  const sheet = workedExample("kotler-grid")!.build("zh");
  const name = await book.insertExample({
    sheetName: sheet.sheetName,
    cells: sheetCells(sheet),
    formats: sheet.formats,
  });
  expect(name).toBe("科特勒表");
  expect(book.selectedSheet).toBe(name);
  const stored = book.sheets.find((s) => s.name === name)!;
  expect(stored.inputs?.B6).toBe('=RELATIONSHIP.LEVEL($A6,B$5,,,"zh")');
  expect(stored.values[5]![1]).toBe("负责型");
  const direct = await evaluateExample(sheet);
  expect(stored.values[7]![1]).toBe(direct.get("B8"));
  expect(stored.formats?.[0]?.[0]).toBe("@");
  // The preview edits an input and evaluates again: the level follows.
  const edited = formulaSheetEvaluator(callees)({ ...stored.inputs, B11: 5000, B12: 0.05 });
  expect(edited[12]![1]).toBe("基本型或被动型");
  // Without an evaluator a formula cell is blank, never the formula text as data.
  const plain = new MemoryWorkbookAdapter([]);
  await plain.insertExample({ sheetName: "x", cells: { A1: "t", B1: "=1+1" } });
  expect(plain.sheets[0]!.values).toEqual([["t", ""]]);
});
