/**
 * Issue 10 (adapter side): writeSheets through the recording fake of the Excel API. A Customers
 * sheet becomes an Excel table (header row, banded rows, filter buttons, frozen header) with its
 * columns' number formats; a grid gets a 3-colour scale; each chart kind becomes its native chart
 * over its data block, titled, placed without overlap; every request starts by suspending
 * calculation and stays far below 5 MB; the number of syncs is bounded; Cancel (or a failure)
 * deletes every sheet the write added. The in-memory workbook renders the same layout.
 */
import { ExcelWorkbookAdapter } from "../../taskpane/adapter/excel";
import { MemoryWorkbookAdapter } from "../../taskpane/adapter/memory";
import { DATE_FORMAT, TEXT_FORMAT } from "../../taskpane/adapter/cellFormats";
import { OutputSheet, byteBoundedChunks, isAbortError } from "../../taskpane/adapter/output";
import { CHUNK_CELLS, ChartKind, ChartSpec } from "../../taskpane/adapter/types";
import { FakeWorkbook } from "../helpers/fakeExcel";

let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

const KINDS: ChartKind[] = ["column", "bar", "line", "scatter", "pie"];
const EXCEL_TYPES = ["ColumnClustered", "BarClustered", "Line", "XYScatter", "Pie"];

function customers(n: number): OutputSheet {
  const header = ["Customer", "First purchase", "Purchases", "P(alive)", "Stage", "Reason"];
  const reason = "Bought in 3 of the last 6 months; volume fell 40% against the window before. ".repeat(3);
  return {
    sheetName: "Customers",
    title: "Customers of Orders!A1:D9",
    notes: ["As of 2025-01-01", "Span 2023-01-02 … 2024-12-31"],
    table: {
      header,
      rows: Array.from({ length: n }, (_, i) => [
        i % 7 === 0 ? i : `=C${i}`,
        45000 + (i % 400),
        1 + (i % 9),
        (i % 100) / 100,
        "Stability",
        reason,
      ]),
      columnFormats: [undefined, DATE_FORMAT, "0", "0.0%"],
    },
  };
}

function charts(): ChartSpec[] {
  return KINDS.map((kind, i) => ({
    id: `c${i}`,
    kind,
    title: `Chart ${kind}`,
    categories: kind === "scatter" ? [0, 0.2, 0.5, 1] : ["a", "b", "c"],
    series: [{ name: "Customers", values: kind === "scatter" ? [0, 0.5, 0.8, 1] : [3, 2, 1] }],
    xTitle: "x",
    yTitle: "y",
    valueFormat: i === 2 ? "0%" : undefined,
  }));
}

function summary(): OutputSheet {
  return {
    sheetName: "Summary",
    title: "Summary",
    notes: ["As of 2025-01-01"],
    blocks: [
      {
        id: "seg",
        title: "Segments",
        header: ["Segment", "Customers", "Share"],
        rows: [["Champions", 3, 0.5]],
        columnFormats: [undefined, "0", "0.0%"],
      },
    ],
    grids: [
      {
        id: "rf",
        title: "Customers by R and F",
        rowTitle: "R",
        columnTitle: "F",
        rowLabels: [1, 2, 3],
        columnLabels: [1, 2],
        values: [
          [1, 2],
          [3, NaN],
          [5, 6],
        ],
      },
    ],
    charts: charts(),
  };
}

const overlap = (a: { from: [number, number]; to: [number, number] }, b: typeof a) =>
  a.from[0] <= b.to[0] && b.from[0] <= a.to[0] && a.from[1] <= b.to[1] && b.from[1] <= a.to[1];

test("Customers: an Excel table with banded rows, filter buttons, frozen header and column formats", async () => {
  const book = new FakeWorkbook();
  book.addSheet("Orders", [["id"]]);
  uninstall = book.install();
  const n = 30_000;
  const spec = customers(n);
  const progress: number[] = [];
  const [name] = await new ExcelWorkbookAdapter().writeSheets([spec], {
    onProgress: (d) => progress.push(d),
  });
  expect(name).toBe("Customers");
  const sheet = book.sheet("Customers")!;
  const top = 4; // title, two notes, a blank row
  expect(sheet.tables).toEqual([
    {
      address: `Customers!A${top + 1}:F${top + 1 + n}`,
      hasHeaders: true,
      name: "",
      style: "TableStyleMedium2",
      showBandedRows: true,
      showFilterButton: true,
      showHeaders: true,
    },
  ]);
  expect(sheet.frozenRows).toBe(top + 1);
  expect(sheet.cell(top, 0)).toEqual({ value: "Customer", format: TEXT_FORMAT });
  expect(sheet.cell(top + 1, 0)).toEqual({ value: 0, format: "General" });
  expect(sheet.cell(top + 2, 0)).toEqual({ value: "=C1", format: TEXT_FORMAT });
  expect(sheet.cell(top + 2, 1)).toEqual({ value: 45001, format: DATE_FORMAT });
  expect(sheet.cell(top + 2, 2)).toEqual({ value: 2, format: "0" });
  expect(sheet.cell(top + 2, 3)).toEqual({ value: 0.01, format: "0.0%" });
  expect(sheet.cell(top + n, 5)!.format).toBe(TEXT_FORMAT);
  expect([...sheet.cells.values()].filter((c) => c.formula)).toEqual([]);
  // Bounded requests: each well under 5 MB, one sync per table chunk plus a few.
  const chunks = byteBoundedChunks(spec.table!.rows, CHUNK_CELLS).length;
  expect(chunks).toBeGreaterThan(1);
  expect(book.largestRequest).toBeLessThan(5_000_000);
  expect(book.syncs).toBe(1 + chunks + 1 + 1); // load names, chunks, objects, activate
  expect(progress.at(-1)).toBe(n + 1);
});

test("every request that writes starts by suspending calculation until its sync", async () => {
  const book = new FakeWorkbook();
  uninstall = book.install();
  await new ExcelWorkbookAdapter().writeSheets([customers(5000), summary()]);
  let batch: typeof book.log = [];
  const batches: (typeof book.log)[] = [];
  for (const e of book.log) {
    if (e.kind === "sync") (batches.push(batch), (batch = []));
    else batch.push(e);
  }
  const writing = batches.filter((b) => b.some((e) => e.kind === "set" && e.prop === "values"));
  expect(writing.length).toBeGreaterThan(1);
  for (const b of writing)
    expect(b[0]).toMatchObject({ kind: "call", method: "suspendApiCalculationUntilNextSync" });
});

test("Summary: a colour scale on the grid's values, each chart kind native over its data block, no overlap", async () => {
  const book = new FakeWorkbook();
  uninstall = book.install();
  await new ExcelWorkbookAdapter().writeSheets([summary()]);
  const sheet = book.sheet("Summary")!;
  expect(sheet.conditionalFormats).toHaveLength(1);
  const cf = sheet.conditionalFormats[0]!;
  expect(cf.type).toBe("ColorScale");
  expect(cf.colorScale.criteria).toMatchObject({
    minimum: { type: "LowestValue" },
    midpoint: { type: "Percentile", formula: "50" },
    maximum: { type: "HighestValue" },
  });
  // The grid's title row, header row, then 3 × 2 values from B(top+3): the scale covers exactly them.
  const top = 3;
  const blockRows = 1 + 3; // title, header, one row + gap
  const gridValues = top + blockRows + 2;
  expect(cf.address).toBe(`Summary!B${gridValues + 1}:C${gridValues + 3}`);
  expect(sheet.cell(gridValues + 1, 2)?.value ?? "").toBe(""); // NaN → empty cell
  expect(sheet.charts.map((c) => c.type)).toEqual(EXCEL_TYPES);
  sheet.charts.forEach((c, i) => {
    expect(c.title.text).toBe(`Chart ${KINDS[i]}`);
    expect(c.seriesBy).toBe("Columns");
    const m = /!A(\d+):B(\d+)$/.exec(c.source)!;
    const first = Number(m[1]) - 1;
    expect(Number(m[2]) - Number(m[1])).toBe(charts()[i]!.categories.length); // header + categories
    expect(sheet.cell(first, 1)!.value).toBe("Customers");
    if (KINDS[i] !== "pie") expect(c.axes.valueAxis.title.text).toBe("y");
  });
  expect(sheet.charts[2]!.axes.valueAxis.numberFormat).toBe("0%");
  const rects = sheet.charts.map((c) => c.position!);
  for (let i = 0; i < rects.length; i++)
    for (let j = i + 1; j < rects.length; j++) expect(overlap(rects[i]!, rects[j]!)).toBe(false);
  // No chart covers a written cell.
  for (const key of sheet.cells.keys()) {
    const [r, c] = key.split(",").map(Number) as [number, number];
    for (const p of rects) expect(overlap(p, { from: [r, c], to: [r, c] })).toBe(false);
  }
});

test("Cancel in the middle of the table deletes every sheet the write added, and ends with AbortError", async () => {
  const book = new FakeWorkbook();
  book.addSheet("Orders", [["id"]]);
  uninstall = book.install();
  const controller = new AbortController();
  book.onEachSync = (n) => n === 3 && controller.abort();
  const err = await new ExcelWorkbookAdapter()
    .writeSheets([summary(), customers(30_000)], { signal: controller.signal })
    .catch((e: unknown) => e);
  expect(isAbortError(err)).toBe(true);
  expect(book.sheets.filter((s) => !s.deleted).map((s) => s.name)).toEqual(["Orders"]);
  expect(book.log.filter((e) => e.kind === "call" && e.method === "delete")).toHaveLength(2);
});

test("a failure while writing also leaves no half-written sheet", async () => {
  const book = new FakeWorkbook();
  uninstall = book.install();
  book.onEachSync = (n) => {
    if (n === 3) throw new Error("network");
  };
  const spec = customers(30_000);
  await expect(new ExcelWorkbookAdapter().writeSheets([spec])).rejects.toThrow("network");
  book.onEachSync = undefined;
  expect(book.sheets.filter((s) => !s.deleted)).toEqual([]);
});

test("readSelection stops at the next chunk when cancelled", async () => {
  const book = new FakeWorkbook();
  const values = Array.from({ length: 90_000 }, (_, i) => [`C${i}`, 45000, 1]);
  book.addSheet("Orders", values);
  book.selection = { sheet: "Orders", rows: values.length, cols: 3 };
  uninstall = book.install();
  const controller = new AbortController();
  book.onEachSync = (n) => n === 2 && controller.abort();
  const err = await new ExcelWorkbookAdapter()
    .readSelection(undefined, controller.signal)
    .catch((e: unknown) => e);
  expect(isAbortError(err)).toBe(true);
  expect(book.syncs).toBe(2);
});

test("the in-memory workbook renders the same layout and objects, and cleans up on cancel", async () => {
  const book = new MemoryWorkbookAdapter([{ name: "Orders", values: [["id"]] }]);
  let notified = 0;
  book.subscribe(() => notified++);
  const names = await book.writeSheets([customers(100), summary()]);
  expect(names).toEqual(["Customers", "Summary"]);
  expect(notified).toBe(1); // the preview shows the new sheets once they are complete
  const c = book.sheets[1]!;
  expect(c.output!.table).toEqual({ row: 4, col: 0, rows: 101, cols: 6, frozenRows: 5 });
  expect(c.values[5]!.slice(0, 4)).toEqual([0, 45000, 1, 0]);
  expect(c.formats![6]!.slice(0, 4)).toEqual([TEXT_FORMAT, DATE_FORMAT, "0", "0.0%"]);
  const s = book.sheets[2]!;
  expect(s.output!.chartSpecs.map((x) => x.spec.kind)).toEqual(KINDS);
  expect(s.output!.grids[0]!.values).toEqual({ row: 9, col: 1, rows: 3, cols: 2 });
  expect(s.charts!.map((x) => x.title)).toEqual(KINDS.map((k) => `Chart ${k}`));
  // The charts and grids the preview draws, as the descriptions the Excel adapter turns into native ones.
  expect(s.grids!.map((g) => g.id)).toEqual(["rf"]);
  expect(s.chartSpecs!.map((c) => c.kind)).toEqual(KINDS);

  const controller = new AbortController();
  const pending = book.writeSheets([customers(60_000)], {
    signal: controller.signal,
    onProgress: (done) => done > 0 && controller.abort(),
  });
  await expect(pending).rejects.toMatchObject({ name: "AbortError" });
  expect(book.sheets.map((x) => x.name)).toEqual(["Orders", "Customers", "Summary"]);
  expect(notified).toBe(1); // nothing new to show
});

test("100,000 customers with long Chinese reasons: every request under 5 MB (UTF-8 bytes), syncs bounded", async () => {
  const book = new FakeWorkbook();
  uninstall = book.install();
  const n = 100_000;
  const reason = "最近 6 个月中有 3 个月购买；与之前的窗口相比，购买额下降了 40%。".repeat(3);
  const header = Array.from({ length: 17 }, (_, i) => `列 ${i}`);
  const spec: OutputSheet = {
    sheetName: "客户",
    title: "客户",
    notes: [],
    table: {
      header,
      rows: Array.from({ length: n }, (_, i) =>
        header.map((_, c) => (c === 16 ? reason : c % 2 ? i : `客户 ${i}`)),
      ),
    },
  };
  const t0 = Date.now();
  await new ExcelWorkbookAdapter().writeSheets([spec]);
  const chunks = byteBoundedChunks(spec.table!.rows, CHUNK_CELLS).length;
  expect(book.syncs).toBe(1 + chunks + 1 + 1);
  expect(book.largestRequest).toBeLessThan(5 * 1024 * 1024);
  expect(book.largestRequest).toBeGreaterThan(500_000); // the chunks are not needlessly small
  expect(Date.now() - t0).toBeLessThan(60_000);
  if (process.env.SHOW_REQUESTS)
    console.log({ syncs: book.syncs, largestRequest: book.largestRequest, chunks });
}, 120_000);

test("re-run: replaces only its own earlier output, after the new sheets are complete; the user's sheets stay", async () => {
  const book = new FakeWorkbook();
  book.addSheet("Orders", [["id"]]);
  uninstall = book.install();
  const excel = new ExcelWorkbookAdapter();
  const first = await excel.writeSheets([customers(10), summary()]);
  expect(first).toEqual(["Customers", "Summary"]);
  book.addSheet("Summary (2)", [["the user's own"]]); // a user sheet with a name like ours
  expect(await excel.ownOutputSheets()).toEqual(["Customers", "Summary"]);
  const second = await excel.writeSheets([customers(20), summary()], {
    replace: ["Customers", "Summary", "Orders", "Summary (2)"], // not ours: ignored
  });
  expect(second).toEqual(["Customers", "Summary"]);
  expect(book.sheets.filter((s) => !s.deleted).map((s) => s.name)).toEqual([
    "Orders",
    "Summary (2)",
    "Customers",
    "Summary",
  ]);
  expect(book.sheet("Customers")!.tables[0]!.address).toMatch(/!A5:F25$/); // the new one (20 rows)
  expect(book.sheet("Summary (2)")!.cell(0, 0)!.value).toBe("the user's own");
  // Cancelled: the earlier output is kept as it was.
  const controller = new AbortController();
  book.onEachSync = () => controller.abort();
  await expect(
    excel.writeSheets([customers(30)], { replace: ["Customers"], signal: controller.signal }),
  ).rejects.toMatchObject({ name: "AbortError" });
  book.onEachSync = undefined;
  expect(book.sheet("Customers")!.tables[0]!.address).toMatch(/!A5:F25$/);
});

test("re-run in the in-memory workbook: the same rule", async () => {
  const book = new MemoryWorkbookAdapter([{ name: "Orders", values: [["id"]] }]);
  await book.writeSheets([customers(10), summary()]);
  // the user adds a sheet named like ours
  (book.sheets as unknown as { name: string; values: unknown[][] }[]).push({
    name: "Summary (2)",
    values: [["mine"]],
  });
  expect(await book.ownOutputSheets()).toEqual(["Customers", "Summary"]);
  const names = await book.writeSheets([customers(20), summary()], {
    replace: ["Customers", "Summary", "Summary (2)"],
  });
  expect(names).toEqual(["Customers", "Summary"]);
  expect(book.sheets.map((s) => s.name)).toEqual(["Orders", "Summary (2)", "Customers", "Summary"]);
  expect(book.sheets[2]!.output!.table!.rows).toBe(21);
  expect(book.sheets[1]!.values).toEqual([["mine"]]);
});
