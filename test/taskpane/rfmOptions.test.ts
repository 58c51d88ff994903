/**
 * The pane's RFM options through the in-memory workbook and the worker job (issue 10): a rules
 * sheet created through the adapter (text cells "@"), read back at run time (a bad row names the
 * sheet row), the options surviving structured cloning into the job, every parameter in the
 * Summary; the typed thresholds and tier widths read into the core's options; the Excel adapter's
 * rules-sheet methods over the recording fake.
 */
import { MemoryWorkbookAdapter } from "../../taskpane/adapter/memory";
import { transactionColumns } from "../../taskpane/analyses/selectionColumns";
import { runCustomersJob } from "../../taskpane/analyses/customersJob";
import type { AnalysisOptions } from "../../taskpane/analyses/analysis";
import { createRulesSheet, withSheetRules } from "../../taskpane/options/sheetRules";
import { rfmReportOptions } from "../../taskpane/options/rfmChoice";
import { DEFAULT_RFM_OPTIONS, leadPercent } from "../../taskpane/options/rfmOptionsValue";
import { RFM_ROW, rfmReport } from "../../src/reports";
import { RFM_PACKAGE_SEGMENT_RULES } from "../../src/rfm";
import { readReferenceData } from "../helpers/data";
import { errorOf } from "../helpers/errors";
import { CrmError } from "../../src/errors";

async function rejection(p: Promise<unknown>): Promise<CrmError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof CrmError) return e;
    throw e;
  }
  throw new Error("expected a CrmError, nothing was thrown");
}

function ordersSheet(): unknown[][] {
  const lines = readReferenceData("rfm/rfm_data_orders.csv").trim().split("\n");
  return lines.map((line, i) => {
    const [id, date, revenue] = line.split(",").map((s) => s.replace(/^"|"$/g, ""));
    return i === 0 ? [id, date, revenue] : [id, date, Number(revenue)];
  });
}

async function setUp() {
  const book = new MemoryWorkbookAdapter([{ name: "Orders", values: ordersSheet() }]);
  const read = (await book.readSelection())!;
  const input = transactionColumns(
    read,
    { hasHeader: true, roles: { customerId: 0, date: 1, amount: 2 } },
    "2006-12-31",
  );
  return { book, read, input };
}

describe("rules sheet (scheme “rules typed in a sheet”)", () => {
  it("created pre-filled with the rfm package's scheme, read back, and run as the one run in a worker job", async () => {
    const { book, read, input } = await setUp();
    const name = await createRulesSheet(book, "rfmPackage", "en", "RFM rules");
    expect(name).toBe("RFM rules");
    const sheet = book.sheets.find((s) => s.name === name)!;
    expect(sheet.values[0]).toEqual(["Segment", "r_min", "r_max", "f_min", "f_max", "m_min", "m_max"]);
    expect(sheet.values[2]).toEqual(["Potential Loyalist", 3, 5, 3, 5, 2, 5]);
    expect(sheet.values).toHaveLength(1 + RFM_PACKAGE_SEGMENT_RULES.length);
    expect(sheet.formats![0]!.every((f) => f === "@")).toBe(true);
    expect(sheet.formats![1]).toEqual([
      "@",
      "General",
      "General",
      "General",
      "General",
      "General",
      "General",
    ]);

    const options: AnalysisOptions = {
      bins: 5,
      method: "rfm",
      rfm: { ...DEFAULT_RFM_OPTIONS.rfm, scoring: "rfm", scheme: "custom", rulesSheet: name },
    };
    const resolved = await withSheetRules(book, options);
    expect(resolved.rfm!.rules).toHaveLength(10);
    const job = structuredClone({
      input,
      analyses: ["rfm"],
      options: resolved,
      lang: "en" as const,
      source: read.address,
    });
    const out = runCustomersJob(job);
    if (!out.ok) throw new Error(out.message);
    // The typed rules give exactly the built-in scheme's segments (same ranges, same names).
    const builtIn = rfmReport({ ...input, bins: 5, method: "rfm", scheme: "rfmPackage" }, "en");
    const customers = out.sheets[0]!.table!;
    const seg = customers.header.indexOf("Segment");
    const byId = new Map(customers.rows.map((r) => [r[0], r[seg]]));
    for (const row of builtIn.rows) expect(byId.get(row[0]!)).toBe(row[RFM_ROW.segment]);
    // Every parameter used is in the Summary.
    const notes = out.sheets[1]!.notes!.join("\n");
    expect(notes).toContain(
      "As of 2006-12-31 · 5 bins · rfm (R package compatible) · segments: rules typed in a sheet (“RFM rules”, 10 rules) · value tiers 5%/15%/30%/50%",
    );
    expect(book.sheets[0]!.values).toEqual(ordersSheet()); // the source is untouched
  });

  it("a bad row is refused with the sheet's name and row number, in both languages; no sheet → what to do", async () => {
    const { book } = await setUp();
    const name = await createRulesSheet(book, "default", "zh", "RFM 规则");
    const values = book.sheets.find((s) => s.name === name)!.values.map((r) => [...r]);
    expect(values[0]![0]).toBe("细分名称");
    values[3] = [values[3]![0], 6, 2, 1, 5, 1, 9]; // sheet row 4: r_min above r_max
    book.replaceSheet(name, values);
    const options: AnalysisOptions = {
      bins: 5,
      method: "quantile",
      rfm: { scheme: "custom", rulesSheet: name },
    };
    const e = await rejection(withSheetRules(book, options));
    expect(e.messageIn("en")).toBe("The rules sheet “RFM 规则”, row 4: r_min 6 is above r_max 2.");
    expect(e.messageIn("zh")).toBe("规则工作表“RFM 规则”第 4 行：r_min 6 大于 r_max 2。");
    const gone = await rejection(
      withSheetRules(book, { ...options, rfm: { scheme: "custom", rulesSheet: "Nope" } }),
    );
    expect(gone.messageIn("en")).toMatch(/The rules sheet “Nope” is missing or empty: create it/);
    // Other schemes do not read any sheet.
    expect(await withSheetRules(book, { bins: 5, method: "quantile" })).toEqual({
      bins: 5,
      method: "quantile",
    });
  });
});

describe("typed options → the core's report options", () => {
  it("thresholds: commas, semicolons, full-width separators; empty boxes left to quantiles", () => {
    const o = rfmReportOptions({
      bins: 5,
      method: "rfm",
      rfm: { scoring: "thresholds", thresholds: { r: "7, 30, 60, 120", f: "2；4；6；8", m: "" } },
    });
    expect(o).toMatchObject({
      bins: 5,
      method: "quantile",
      thresholds: { r: [7, 30, 60, 120], f: [2, 4, 6, 8] },
    });
    expect(o.thresholds!.m).toBeUndefined();
  });
  it("bad text names the box; no thresholds at all is refused", async () => {
    const bad = errorOf(() =>
      rfmReportOptions({
        bins: 5,
        method: "quantile",
        rfm: { scoring: "thresholds", thresholds: { r: "7, x", f: "", m: "" } },
      }),
    );
    expect(bad.messageIn("en")).toMatch(/^R thresholds \(days\): “x” is not a number/);
    expect(bad.messageIn("zh")).toMatch(/^R 阈值（天）：“x”不是数字/);
    const none = errorOf(() =>
      rfmReportOptions({
        bins: 5,
        method: "quantile",
        rfm: { scoring: "thresholds", thresholds: { r: "", f: " ", m: "" } },
      }),
    );
    expect(none.messageIn("en")).toMatch(/at least one of R, F, M/);
  });
  it("tier widths are percents; lead is the rest; the defaults keep bins and method as they were", async () => {
    expect(rfmReportOptions({ bins: 4, method: "rfm", rfm: { tiers: ["10", "20", "30"] } })).toEqual({
      bins: 4,
      method: "rfm",
      thresholds: undefined,
      scheme: "default",
      rules: undefined,
      rulesSource: undefined,
      tierCuts: [0.1, 0.2, 0.3],
    });
    expect(rfmReportOptions({ bins: 5, method: "quantile" }).method).toBe("quantile");
    expect(leadPercent(["5", "15", "30"])).toBe(50);
    expect(leadPercent(["5", "x", "30"])).toBeUndefined();
    const bad = errorOf(() =>
      rfmReportOptions({ bins: 5, method: "quantile", rfm: { tiers: ["5", "", "30"] } }),
    );
    expect(bad.messageIn("en")).toMatch(/Gold share: type one percentage/);
  });
  it("the one run with the office-supplies preset and 10/20/30% tiers lists them in the Summary", async () => {
    const { read, input } = await setUp();
    const options: AnalysisOptions = {
      ...DEFAULT_RFM_OPTIONS,
      rfm: { ...DEFAULT_RFM_OPTIONS.rfm, scoring: "thresholds", scheme: "types", tiers: ["10", "20", "30"] },
    };
    const out = runCustomersJob(
      structuredClone({ input, analyses: ["rfm"], options, lang: "zh" as const, source: read.address }),
    );
    if (!out.ok) throw new Error(out.message);
    expect(out.sheets[1]!.notes![0]).toContain(
      "5 级 · R 阈值 7/30/60/120（天）；F、M 按等量分位 · 细分：八类 RFM 客户类型（与均值比较） · 价值层级 10%/20%/30%/40%",
    );
  });
});

test("Excel adapter: the rules sheet is written formats first (text “@”) and read back from A1", async () => {
  const { FakeWorkbook } = await import("../helpers/fakeExcel");
  const { ExcelWorkbookAdapter } = await import("../../taskpane/adapter/excel");
  const fake = new FakeWorkbook();
  fake.addSheet("RFM rules", [["taken"]]);
  const uninstall = fake.install();
  try {
    const excel = new ExcelWorkbookAdapter();
    const name = await createRulesSheet(excel, "default", "en", "RFM rules");
    expect(name).toBe("RFM rules (2)");
    const sheet = fake.sheet(name)!;
    expect(sheet.cell(1, 0)).toEqual({ value: "Champions", format: "@" });
    expect(sheet.cell(1, 1)).toEqual({ value: 5, format: "General" });
    // On the table's range, the number formats are set before the values (so no text becomes a formula).
    const sets = fake.log.filter((e) => e.kind === "set" && e.target === `${name}!A1:G12`);
    expect(sets.map((e) => (e.kind === "set" ? e.prop : ""))).toEqual(["numberFormat", "values"]);
    const back = (await excel.readSheet(name))!;
    expect(back.firstRow).toBe(1);
    expect(back.values).toEqual(sheet.grid(12, 7));
    expect(await excel.readSheet("Nope")).toBeNull();
    const rules = await withSheetRules(excel, {
      bins: 5,
      method: "quantile",
      rfm: { scheme: "custom", rulesSheet: name },
    });
    expect(rules.rfm!.rules!.map((x) => x.label.en)).toEqual(back.values.slice(1).map((r) => r[0]));
  } finally {
    uninstall();
  }
});
