/**
 * Issue 10, adapter side, on the whole run (not hand-made sheets): 40,000 synthetic orders
 * (test/helpers/ordersExport.ts, ~3,900 customers, CLV fits) read through the Excel adapter over
 * the recording fake, computed as the Web Worker computes them (runCustomersJob), written back
 * through the adapter. Checked against what Excel should hold, written down here independently
 * of the run's own specs: the Customers table is an Excel table (ListObject, filter buttons,
 * banded rows, frozen header) with each column's number format; the Summary has a 3-colour scale
 * on exactly the R × F grid and the P(alive) matrix; each chart the run makes (customers per
 * segment, Pareto curve, value pyramid, customers per stage, P(alive) distribution) is its native
 * type, titled in the pane's language, over its data block, with no two charts and no chart and
 * cell overlapping; every writing request suspends calculation and stays under 5 MB. Cancel
 * after the first table chunk leaves no output sheet.
 */
import { ExcelWorkbookAdapter } from "../../taskpane/adapter/excel";
import { DATE_FORMAT, TEXT_FORMAT } from "../../taskpane/adapter/cellFormats";
import { isAbortError } from "../../taskpane/adapter/output";
import { runCustomersJob } from "../../taskpane/analyses/customersJob";
import { transactionColumns } from "../../taskpane/analyses/selectionColumns";
import { createI18n } from "../../taskpane/i18n";
import { FakeSheet, FakeWorkbook } from "../helpers/fakeExcel";
import { ordersExport } from "../helpers/ordersExport";

const ORDERS = ordersExport(40_000);
const CHOICE = { hasHeader: true, roles: { customerId: 0, date: 1, orderId: 2, amount: 3 } };

let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

/** The run as the pane does it, against a fresh fake workbook holding the orders. */
async function paneRun(lang: "en" | "zh", signal?: AbortSignal, onProgress?: (done: number) => void) {
  const book = new FakeWorkbook();
  book.addSourceSheet("Orders", ORDERS);
  book.selection = { sheet: "Orders", rows: ORDERS.length, cols: 4 };
  uninstall = book.install();
  const excel = new ExcelWorkbookAdapter();
  const read = (await excel.readSelection())!;
  const result = runCustomersJob({
    input: transactionColumns(read, CHOICE, ""),
    analyses: ["rfm", "lifecycle", "clv"],
    options: { bins: 5, method: "quantile" },
    lang,
    source: read.address,
  });
  if (!result.ok) throw new Error(result.message);
  const written = excel.writeSheets(result.sheets, { signal, onProgress });
  return { book, result, written };
}

/** Number format of each Customers column when it holds a number (text cells are always "@"). */
const NUMBER_FORMATS: Record<string, string | undefined> = {
  Customer: undefined,
  "First purchase": DATE_FORMAT,
  "Last purchase": DATE_FORMAT,
  Recency: "0",
  Frequency: "0",
  Monetary: "#,##0.00",
  R: "0",
  F: "0",
  M: "0",
  "RFM code": "0",
  "Average order value": "#,##0.00",
  Refunds: "0",
  "Purchases in the last 6 months": "0",
  "P(alive)": "0.0%",
  "Expected purchases, 52 weeks": "0.00",
  "Expected spend per purchase": "#,##0.00",
  "CLV, 12 months (discounted)": "#,##0.00",
};
/** Columns of text (labels): every cell Text "@". */
const TEXT_COLUMNS = ["Segment", "Type", "Value tier", "Follow-up (mailing policy)", "Stage", "Reason"];

const overlap = (a: { from: [number, number]; to: [number, number] }, b: typeof a) =>
  a.from[0] <= b.to[0] && b.from[0] <= a.to[0] && a.from[1] <= b.to[1] && b.from[1] <= a.to[1];

const letters = (n: number): string =>
  (n < 26 ? "" : letters(Math.floor(n / 26) - 1)) + String.fromCharCode(65 + (n % 26));

/** Where the cell holding `text` is (the first one written). */
function find(sheet: FakeSheet, text: string): [number, number] {
  for (const [key, cell] of sheet.cells)
    if (cell.value === text) return key.split(",").map(Number) as [number, number];
  throw new Error(`no cell "${text}" on ${sheet.name}`);
}

test("Customers: an Excel table (filter buttons, banded rows, frozen header), each column's number format, nothing a formula", async () => {
  const { book, result, written } = await paneRun("en");
  expect(await written).toEqual(["Customers", "Summary"]);
  if (!result.ok) throw new Error("unreachable");
  const sheet = book.sheet("Customers")!;
  const k = result.customers;
  expect(k).toBeGreaterThan(3000);
  const [top] = find(sheet, "Customer"); // the header row, under the title and notes
  const header = sheet.grid(top + 1, 30)[top]!.filter((h) => h !== "") as string[];
  expect(header).toHaveLength(23);
  const last = letters(header.length - 1);
  expect(sheet.tables).toEqual([
    {
      address: `Customers!A${top + 1}:${last}${top + 1 + k}`,
      hasHeaders: true,
      name: "",
      style: "TableStyleMedium2",
      showBandedRows: true,
      showFilterButton: true,
      showHeaders: true,
    },
  ]);
  expect(sheet.frozenRows).toBe(top + 1);
  header.forEach((h, c) => {
    expect(sheet.cell(top, c)!.format).toBe(TEXT_FORMAT);
    const key = h.startsWith("Recency") ? "Recency" : h;
    const text = TEXT_COLUMNS.includes(key);
    expect([h, text || key in NUMBER_FORMATS]).toEqual([h, true]);
    let numbers = 0;
    for (let r = top + 1; r <= top + k; r++) {
      const cell = sheet.cell(r, c)!;
      if (typeof cell.value === "number") numbers++;
      expect([h, cell.format]).toEqual([
        h,
        typeof cell.value === "string" ? TEXT_FORMAT : (NUMBER_FORMATS[key] ?? "General"),
      ]);
    }
    // A label column holds only text; a number column mostly numbers (ids here are text).
    if (text) expect([h, numbers]).toEqual([h, 0]);
    else if (key !== "Customer") expect([h, numbers]).toEqual([h, expect.any(Number)]);
  });
  const pAlive = header.indexOf("P(alive)");
  expect(sheet.cell(top + 1, pAlive)!.value).toEqual(expect.any(Number));
  expect([...sheet.cells.values()].filter((c) => c.formula)).toEqual([]);
});

test("Summary: colour scales on the R × F grid and the P(alive) matrix; every chart native, titled in the pane's language, nothing overlapping", async () => {
  for (const lang of ["en", "zh"] as const) {
    const { book, written } = await paneRun(lang);
    const t = createI18n(lang).t;
    const names = await written;
    expect(names).toEqual(lang === "en" ? ["Customers", "Summary"] : ["客户", "汇总"]);
    const sheet = book.sheet(names[1]!)!;
    // Each grid: its title, a header row, then rows × columns of values under the column labels.
    const grids = [
      { title: t("run.grid.rf"), rows: 5, cols: 5 },
      { title: t("run.grid.alive"), rows: 8, cols: 5 },
    ];
    expect(sheet.conditionalFormats.map((cf) => cf.address)).toEqual(
      grids.map((g) => {
        const [r, c] = find(sheet, g.title);
        return `${sheet.name}!${letters(c + 1)}${r + 3}:${letters(c + g.cols)}${r + 2 + g.rows}`;
      }),
    );
    for (const cf of sheet.conditionalFormats) {
      expect(cf.type).toBe("ColorScale");
      expect(cf.colorScale.criteria).toMatchObject({
        minimum: { type: "LowestValue" },
        midpoint: { type: "Percentile", formula: "50" },
        maximum: { type: "HighestValue" },
      });
    }
    const titles =
      lang === "en"
        ? [
            "Customers per segment",
            "Pareto curve: cumulative share of value",
            "Value pyramid: customers per tier",
            "Customers per lifecycle stage",
            "Distribution of P(alive)",
          ]
        : [
            "各细分的客户数",
            "帕累托曲线：价值的累计占比",
            "价值金字塔：各层级的客户数",
            "各生命周期阶段的客户数",
            "存活概率的分布",
          ];
    expect(sheet.charts.map((c) => [c.title.text, c.type])).toEqual([
      [titles[0], "BarClustered"],
      [titles[1], "XYScatter"],
      [titles[2], "BarClustered"],
      [titles[3], "ColumnClustered"],
      [titles[4], "ColumnClustered"],
    ]);
    // Each chart sits over a two-column data block: a header cell naming the series above the categories.
    for (const c of sheet.charts) {
      const m = new RegExp(`^${sheet.name}!([A-Z]+)(\\d+):([A-Z]+)(\\d+)$`).exec(c.source)!;
      expect(m).not.toBeNull();
      const col = [...m[1]!].reduce((s, ch) => s * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      expect(c.seriesBy).toBe("Columns");
      expect(typeof sheet.cell(Number(m[2]) - 1, col + 1)!.value).toBe("string");
      expect(Number(m[4]) - Number(m[2])).toBeGreaterThan(1);
    }
    const rects = sheet.charts.map((c) => c.position!);
    for (let i = 0; i < rects.length; i++)
      for (let j = i + 1; j < rects.length; j++) expect(overlap(rects[i]!, rects[j]!)).toBe(false);
    for (const key of sheet.cells.keys()) {
      const [r, c] = key.split(",").map(Number) as [number, number];
      for (const p of rects) expect(overlap(p, { from: [r, c], to: [r, c] })).toBe(false);
    }
    // Every request that writes values starts by suspending calculation; none near 5 MB.
    let batch: typeof book.log = [];
    for (const e of book.log) {
      if (e.kind !== "sync") batch.push(e);
      else {
        if (batch.some((x) => x.kind === "set" && x.prop === "values"))
          expect(batch[0]).toMatchObject({ method: "suspendApiCalculationUntilNextSync" });
        batch = [];
      }
    }
    expect(book.largestRequest).toBeLessThan(5 * 1024 * 1024);
    uninstall();
  }
}, 60_000);

test("Cancel after the first chunk of the Customers table: no output sheet remains, the orders untouched", async () => {
  const controller = new AbortController();
  const { book, written } = await paneRun("en", controller.signal, (done) => done > 0 && controller.abort());
  const err = await written.catch((e: unknown) => e);
  expect(isAbortError(err)).toBe(true);
  // One chunk of the table really was written before the cancel…
  expect(
    book.log.filter((e) => e.kind === "set" && e.prop === "values" && e.target.startsWith("Customers!"))
      .length,
  ).toBeGreaterThan(1);
  // …and every sheet the write added is gone again.
  expect(book.sheets.filter((s) => !s.deleted).map((s) => s.name)).toEqual(["Orders"]);
  const deletes = book.log.flatMap((e) => (e.kind === "call" && e.method === "delete" ? [e.target] : []));
  expect(deletes).toEqual(["Customers"]);
  expect(book.log.some((e) => e.kind === "set" && e.target.startsWith("Orders"))).toBe(false);
  expect(book.sheet("Orders")!.cells.size).toBe(0);
});
