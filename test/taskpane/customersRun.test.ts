/**
 * Issues 9.7 and 10 (pane side): the registry of analyses and the one run. On the rfm package's
 * sample orders pasted into the in-memory workbook: one reading, the plain reshaping of the
 * selection into columns, every registered analysis, one Customers table with one row per
 * customer (995) and each analysis's columns taken from its own report, and a Summary sheet
 * with parameters, summaries, Pareto figures, grids and charts. Also: the chart helpers against
 * hand computations, and Cancel between analyses.
 */
import { MemoryWorkbookAdapter } from "../../taskpane/adapter/memory";
import { createI18n } from "../../taskpane/i18n";
import { ANALYSES, analysisById } from "../../taskpane/analyses/registry";
import { customersRun } from "../../taskpane/analyses/customersRun";
import { missingRoles, transactionColumns } from "../../taskpane/analyses/selectionColumns";
import { countChart, grid, paretoCurve, shareHistogram } from "../../taskpane/analyses/charts";
import { isAbortError } from "../../taskpane/adapter/output";
import { rfmReport } from "../../src/reports";
import { readReferenceData } from "../helpers/data";

function ordersSheet(): unknown[][] {
  const lines = readReferenceData("rfm/rfm_data_orders.csv").trim().split("\n");
  return lines.map((line, i) => {
    const [id, date, revenue] = line.split(",").map((s) => s.replace(/^"|"$/g, ""));
    return i === 0 ? [id, date, revenue] : [id, date, Number(revenue)];
  });
}

const options = { bins: 5, method: "quantile" as const };

test("the registry lists each analysis once with its keys and options", () => {
  expect(ANALYSES.map((a) => a.id)).toEqual(["rfm", "lifecycle", "clv"]);
  expect(analysisById("rfm").options).toEqual(["bins", "method"]);
  const t = createI18n("en").t;
  for (const a of ANALYSES) for (const k of Object.values(a.keys)) expect(t(k)).not.toBe(k);
  expect(() => analysisById("nope")).toThrow();
});

test("selection → columns outside React: header dropped, sheet row of the first data row, as-of passed on", () => {
  const read = {
    address: "S!A1:D3",
    firstRow: 1,
    values: [
      ["id", "d", "a", "o"],
      ["A", 45650, 10, "O1"],
      ["B", 45651, 5, "O2"],
    ],
  };
  const cols = transactionColumns(
    read,
    { hasHeader: true, roles: { customerId: 0, date: 1, amount: 2, orderId: 3 } },
    " 2025-01-01 ",
  );
  expect(cols).toEqual({
    ids: ["A", "B"],
    dates: [45650, 45651],
    amounts: [10, 5],
    orderIds: ["O1", "O2"],
    asOf: "2025-01-01",
    firstRow: 2,
    dateSystem: 1900, // a read that does not say: the reports' default
  });
  const in1904 = transactionColumns(
    { ...read, dateSystem: 1904 },
    { hasHeader: true, roles: { customerId: 0, date: 1, amount: 2 } },
    "",
    "2026-12-01",
  );
  expect([in1904.dateSystem, in1904.today]).toEqual([1904, "2026-12-01"]);
  expect(
    transactionColumns(
      { ...read, firstRow: 7 },
      { hasHeader: false, roles: { customerId: 0, date: 1, amount: 2 } },
      "",
    ).firstRow,
  ).toBe(7);
  expect(missingRoles({ customerId: 0 })).toEqual(["date", "amount"]);
  expect(() => transactionColumns(read, { hasHeader: true, roles: {} }, "")).toThrow(/customerId/);
});

test("one run on the rfm sample orders: Customers with 995 rows, each analysis's columns, Summary with the chart set", async () => {
  const book = new MemoryWorkbookAdapter([{ name: "Orders", values: ordersSheet() }]);
  const read = (await book.readSelection())!;
  const input = transactionColumns(
    read,
    { hasHeader: true, roles: { customerId: 0, date: 1, amount: 2 } },
    "",
  );
  const t = createI18n("en").t;
  const run = customersRun(input, ANALYSES, options, { lang: "en", t, source: read.address });
  expect(run.customers).toBe(995);
  const [customers, summary] = run.sheets;
  expect(customers!.table!.rows).toHaveLength(995);
  const header = customers!.table!.header;
  expect(header.slice(0, 2)).toEqual(["Customer", "First purchase"]);
  expect(header).toContain("Average order value");
  expect(header).toContain("Stage");
  // Each analysis's columns are the report's own values for that customer.
  const rfm = rfmReport({ ...input, ...options }, "en");
  const byId = new Map(customers!.table!.rows.map((r) => [r[0], r]));
  // The same values, the Customers sheet showing first purchase before last (RFM.TABLE's order differs).
  const rfmOrder = rfm.header.map((h) => header.indexOf(h));
  expect(rfmOrder.every((i) => i >= 0)).toBe(true);
  for (const row of rfm.rows.slice(0, 50)) expect(rfmOrder.map((i) => byId.get(row[0]!)![i])).toEqual(row);
  const aov = header.indexOf("Average order value");
  for (const r of customers!.table!.rows.slice(0, 50))
    expect(r[aov]).toBeCloseTo(Number(r[5]) / Number(r[4]), 10);
  // CLV fits (every fit runs off at λ = 0 on these data and is retried with λ = 0.001, stated):
  // its columns are filled for every customer.
  const clv = run.runs.find((x) => x.entry.id === "clv");
  expect(run.failures).toEqual([]);
  expect(clv).toBeDefined();
  const cols = [
    "P(alive)",
    "Expected purchases, 52 weeks",
    "Expected spend per purchase",
    "CLV, 12 months (discounted)",
  ];
  const at = cols.map((h) => header.indexOf(h));
  expect(at.every((i) => i > 0)).toBe(true);
  for (const r of customers!.table!.rows)
    for (const i of at) expect(Number.isFinite(r[i]) && typeof r[i] === "number").toBe(true);
  expect(run.notices).toHaveLength(2);
  expect(run.notices[0]).toMatch(/^CLV: BG\/NBD: without a penalty the fit ran off .* λ = 0\.001/);
  expect(summary!.notes).toEqual(expect.arrayContaining([...run.notices]));
  expect(summary!.notes.find((n) => n.startsWith("CLV: Calibration end"))).toMatch(
    /penalty λ: purchase model 0\.001 \(retried: without one the fit ran off\), spend model 0\.001 \(retried/,
  );
  expect(summary!.charts!.map((c) => c.id)).toEqual([
    "segments",
    "pareto",
    "pyramid",
    "stages",
    ...(clv ? ["alive"] : []),
  ]);
  expect(summary!.grids!.map((g) => g.id)).toEqual(["rf", ...(clv ? ["aliveMatrix"] : [])]);
  // The R × F grid counts every customer once.
  const rf = summary!.grids![0]!;
  expect(rf.values.flat().reduce((s, v) => s + v, 0)).toBe(995);
  const stages = summary!.charts!.find((c) => c.id === "stages")!;
  expect(stages.series[0]!.values.reduce((s, v) => s + v, 0)).toBe(995);
  expect(summary!.blocks!.map((b) => b.id)).toEqual(["rfm", "lifecycle", ...(clv ? ["clv"] : []), "pareto"]);
  // Follow-up: the course's whole mailing policy (seed 003), written out here by hand — by R score
  // (5 levels): 5 → at once, 4 → within a week, else none; then by purchases in the last 6 months:
  // > 5 monthly, < 2 every two months, else the usual schedule.
  const action = header.indexOf("Follow-up (mailing policy)");
  const rCol = header.indexOf("R");
  const recent = header.indexOf("Purchases in the last 6 months");
  expect(header).toContain("Refunds");
  for (const r of customers!.table!.rows) {
    const byR =
      r[rCol] === 5
        ? "Send a catalogue and the points offer at once"
        : r[rCol] === 4
          ? "Send a catalogue and the points offer within a week"
          : "No follow-up mailing";
    const n = r[recent] as number;
    const byF =
      n > 5
        ? "Mail a catalogue every month"
        : n < 2
          ? "Mail a catalogue every two months"
          : "Usual mailing schedule (the policy sets no rule for 2–5 purchases)";
    expect(r[action]).toBe(`${byR}; ${byF}`);
  }
  // Per segment: customers and revenue add up to the whole; shares to 1; AOV = revenue ÷ purchases.
  const seg = summary!.blocks!.find((b) => b.id === "rfm")!;
  expect(seg.header.slice(0, 7)).toEqual([
    "Segment",
    "Customers",
    "Share",
    "Revenue",
    "Share of revenue",
    "Average order value",
    "Mean recency (days)",
  ]);
  const total = customers!.table!.rows.reduce((s, r) => s + Number(r[5]), 0);
  const sum = (i: number) => seg.rows.reduce((s, r) => s + Number(r[i]), 0);
  expect(sum(1)).toBe(995);
  expect(sum(2)).toBeCloseTo(1, 12);
  expect(sum(3)).toBeCloseTo(total, 6);
  expect(sum(4)).toBeCloseTo(1, 12);
  const champions = customers!.table!.rows.filter((r) => r[10] === seg.rows[0]![0]);
  const purchases = champions.reduce((s, r) => s + Number(r[4]), 0);
  const revenue = champions.reduce((s, r) => s + Number(r[5]), 0);
  expect(seg.rows[0]![5]).toBeCloseTo(revenue / purchases, 10);
  expect(seg.rows[0]![6]).toBeCloseTo(champions.reduce((s, r) => s + Number(r[3]), 0) / champions.length, 10);
  const stageBlock = summary!.blocks!.find((b) => b.id === "lifecycle")!;
  expect(stageBlock.rows.reduce((s, r) => s + Number(r[1]), 0)).toBe(995);

  const names = await book.writeSheets(run.sheets);
  expect(names).toEqual(["Customers", "Summary"]);
  expect(book.sheets[1]!.output!.table!.rows).toBe(996);
  expect(book.sheets[0]!.values).toEqual(ordersSheet()); // the source is untouched
});

test("the run's sheets and charts are titled in the pane's language", () => {
  const t = createI18n("zh").t;
  const input = {
    ids: ["A", "A", "B", "B", "C"],
    dates: [45600, 45630, 45610, 45640, 45620],
    amounts: [10, 20, 5, 5, 8],
  };
  const run = customersRun(
    input,
    [analysisById("rfm"), analysisById("lifecycle")],
    { bins: 3, method: "quantile" },
    { lang: "zh", t, source: "S!A1:C6" },
  );
  expect(run.sheets.map((s) => s.sheetName)).toEqual(["客户", "汇总"]);
  expect(run.sheets[1]!.charts!.map((c) => c.title)).toEqual([
    "各细分的客户数",
    "帕累托曲线：价值的累计占比",
    "价值金字塔：各层级的客户数",
    "各生命周期阶段的客户数",
  ]);
});

test("Cancel between analyses ends the run with AbortError", () => {
  const t = createI18n("en").t;
  const controller = new AbortController();
  const input = { ids: ["A", "B"], dates: [45600, 45610], amounts: [10, 5] };
  const spy = {
    ...analysisById("rfm"),
    run: (...a: Parameters<(typeof ANALYSES)[0]["run"]>) => (
      controller.abort(),
      analysisById("rfm").run(...a)
    ),
  };
  let err: unknown;
  try {
    customersRun(
      input,
      [spy, analysisById("lifecycle")],
      options,
      { lang: "en", t, source: "S" },
      controller.signal,
    );
  } catch (e) {
    err = e;
  }
  expect(isAbortError(err)).toBe(true);
});

describe("chart helpers (hand computations)", () => {
  it("Pareto curve: cumulative share of value, largest first; negatives count as 0", () => {
    const c = paretoCurve([30, 10, 0, 60, -5], "P", "x", "y", 5);
    expect(c.categories).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(c.series[0]!.values).toEqual([0, 0.6, 0.9, 1, 1, 1]);
  });
  it("counts keep the label order, include empty labels; histogram bins include 1 in the last", () => {
    expect(countChart("s", "bar", ["a", "b", "c"], ["b", "a", "b"], "T", "n").series[0]!.values).toEqual([
      1, 2, 0,
    ]);
    const h = shareHistogram("h", [0, 0.05, 0.1, 0.99, 1], 10, "T", "n", "x");
    expect(h.series[0]!.values).toEqual([2, 1, 0, 0, 0, 0, 0, 0, 0, 2]);
    expect(h.categories[0]).toBe("0%–10%");
  });
  it("grid: counts, or means with NaN for empty cells", () => {
    const base = {
      id: "g",
      title: "G",
      rowTitle: "r",
      columnTitle: "c",
      rowLabels: [0, 1],
      columnLabels: [0, 1],
    };
    expect(grid(base, [0, 0, 1], [0, 0, 1]).values).toEqual([
      [2, 0],
      [0, 1],
    ]);
    expect(
      grid(base, [0, 0, 1], [0, 0, 1], [0.2, 0.4, 1]).values.map((r) =>
        r.map((v) => (Number.isNaN(v) ? "NaN" : v)),
      ),
    ).toEqual([
      [0.30000000000000004, "NaN"],
      ["NaN", 1],
    ]);
  });
});

test("the whole run through the Excel adapter over the recording fake: requests counted, none near 5 MB", async () => {
  const { FakeWorkbook } = await import("../helpers/fakeExcel");
  const { ExcelWorkbookAdapter } = await import("../../taskpane/adapter/excel");
  const fake = new FakeWorkbook();
  fake.addSheet("Orders", ordersSheet());
  fake.selection = { sheet: "Orders", rows: ordersSheet().length, cols: 3 };
  const uninstall = fake.install();
  try {
    const excel = new ExcelWorkbookAdapter();
    const read = (await excel.readSelection())!;
    const input = transactionColumns(
      read,
      { hasHeader: true, roles: { customerId: 0, date: 1, amount: 2 } },
      "",
    );
    const run = customersRun(input, ANALYSES, options, {
      lang: "en",
      t: createI18n("en").t,
      source: read.address,
    });
    await excel.writeSheets(run.sheets);
    const customers = fake.sheet("Customers")!;
    expect(customers.tables).toHaveLength(1);
    // Customer id, 16 RFM columns (AOV, refunds, 6-month purchases and follow-up among them), the
    // lifecycle stage and reason, then CLV's 4.
    expect(customers.tables[0]!.address).toMatch(/^Customers!A4:W999$/);
    expect(fake.sheet("Summary")!.charts.map((c) => c.type)).toEqual([
      "BarClustered",
      "XYScatter",
      "BarClustered",
      "ColumnClustered",
      "ColumnClustered",
    ]);
    expect(fake.sheet("Summary")!.conditionalFormats).toHaveLength(2);
    // 2 reads (size, one chunk), then: names, 1 table chunk, Customers objects, Summary, activate.
    expect(fake.syncs).toBe(2 + 1 + 1 + 1 + 1 + 1);
    expect(fake.largestRequest).toBeLessThan(5_000_000);
  } finally {
    uninstall();
  }
});
