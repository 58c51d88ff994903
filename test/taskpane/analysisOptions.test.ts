/**
 * Issue 10 (pane side): the CLV and lifecycle options from the fields' text to the one run, as
 * the worker job carries them (structured-cloned), on the rfm package's sample orders: the
 * options reach the core (its parameters say so in words), the holdout check adds its blocks and
 * the calibration plot (a line chart of 2 series over the classes 0 … 7+, drawn by the Excel
 * adapter as a native Line chart and by the preview's chart.js view), and the retry of a fit
 * shows in the result's notices. The holdout figures are checked against a count of the raw
 * rows made here. Field text: blank is the default, a bad number reaches the core as NaN and
 * comes back as its message.
 */
import { runCustomersJob, CustomersJob } from "../../taskpane/analyses/customersJob";
import { CLV_TEXT_DEFAULTS, clvOptionsFromText, horizonInUnit } from "../../taskpane/options/clvOptionsText";
import {
  LIFECYCLE_TEXT_DEFAULTS,
  lifecycleOptionsFromText,
} from "../../taskpane/options/lifecycleOptionsText";
import { numberFromText, percentFromText } from "../../taskpane/options/optionText";
import { chartConfig } from "../../taskpane/preview/ChartView";
import { ExcelWorkbookAdapter } from "../../taskpane/adapter/excel";
import { readReferenceData } from "../helpers/data";
import { FakeWorkbook } from "../helpers/fakeExcel";

const cells = readReferenceData("rfm/rfm_data_orders.csv")
  .trim()
  .split("\n")
  .slice(1)
  .map((l) => l.split(",").map((s) => s.replace(/^"|"$/g, "")));
const input = {
  ids: cells.map((c) => c[0]!),
  dates: cells.map((c) => c[1]!),
  amounts: cells.map((c) => Number(c[2])),
  firstRow: 2,
};

const job = (clv: Partial<typeof CLV_TEXT_DEFAULTS>, lifecycle = LIFECYCLE_TEXT_DEFAULTS): CustomersJob => ({
  input,
  analyses: ["lifecycle", "clv"],
  options: {
    bins: 5,
    method: "quantile",
    clv: clvOptionsFromText({ ...CLV_TEXT_DEFAULTS, ...clv }),
    lifecycle: lifecycleOptionsFromText(lifecycle),
  },
  lang: "en",
  source: "Orders!A1:C4907",
});

test("field text: blank → default, decimal comma, percent, anything else NaN; unit change keeps the span", () => {
  expect([
    numberFromText(" 0,5 "),
    numberFromText(""),
    numberFromText("1e-3"),
    percentFromText("10 %"),
  ]).toEqual([0.5, undefined, 0.001, 0.1]);
  expect(numberFromText("12abc")).toBeNaN();
  expect(clvOptionsFromText(CLV_TEXT_DEFAULTS)).toEqual({
    model: "bgnbd",
    unit: "weeks",
    horizon: 52,
    annualDiscountRate: 0.1,
    margin: 1,
    penalty: 0,
  });
  expect(lifecycleOptionsFromText({ ...LIFECYCLE_TEXT_DEFAULTS, window: "" }).window).toBeUndefined();
  expect([
    horizonInUnit("52", "weeks", "days"),
    horizonInUnit("52", "weeks", "months"),
    horizonInUnit("12", "months", "weeks"),
  ]).toEqual(["364", "12", "52"]);
});

describe("the one run with options on the rfm sample", () => {
  const lifecycle = { ...LIFECYCLE_TEXT_DEFAULTS, periodMonths: 3 as const, terminatedPeriods: "2" };
  const result = runCustomersJob(structuredClone(job({ holdoutSplit: "2005-12-31" }, lifecycle)));
  if (!result.ok) throw new Error(result.message);
  const [customers, summary] = result.sheets;

  it("the options reach the core and are stated in the Summary's parameters", () => {
    expect(structuredClone(result)).toEqual(result);
    expect(customers!.table!.rows).toHaveLength(995);
    const notes = summary!.notes.join("\n");
    expect(notes).toMatch(
      /Lifecycle: As of .* quarterly periods .* terminated after L=2 periods without a purchase/,
    );
    expect(notes).toMatch(
      /CLV: Calibration end 2006-12-30 · time in weeks · BG\/NBD .* holdout check: fitted on purchases up to 2005-12-31/,
    );
    expect(result.notices.length).toBeGreaterThanOrEqual(2); // both full-data fits retried (λ = 0.001)
    expect(result.notices[0]).toMatch(/^CLV: BG\/NBD: without a penalty the fit ran off/);
  });

  it("the holdout figures: actual purchases counted here from the raw rows", () => {
    const block = summary!.blocks!.find((b) => b.id === "holdout")!;
    const value = (label: string) => block.rows.find((r) => r[0] === label)![1];
    const split = Date.UTC(2005, 11, 31);
    const first = new Map<string, number>();
    const days = new Map<string, Set<string>>();
    cells.forEach(([id, date, amount]) => {
      if (!(Number(amount) > 0)) return;
      const ms = Date.parse(`${date}T00:00:00Z`);
      first.set(id!, Math.min(first.get(id!) ?? Infinity, ms));
      if (ms > split) (days.get(id!) ?? days.set(id!, new Set()).get(id!)!).add(date!);
    });
    const cohort = [...first].filter(([, ms]) => ms <= split).map(([id]) => id);
    expect(value("Customers")).toBe(cohort.length);
    expect(value("Repeat purchases that happened, total")).toBe(
      cohort.reduce((s, id) => s + (days.get(id)?.size ?? 0), 0),
    );
    expect(value("Holdout period (predicted)")).toBe("2006-01-01 … 2006-12-30");
    const classes = summary!.blocks!.find((b) => b.id === "holdoutClasses")!;
    expect(classes.rows.map((r) => r[0])).toEqual(["0", "1", "2", "3", "4", "5", "6", "7+"]);
    expect(classes.rows.reduce((s, r) => s + Number(r[1]), 0)).toBe(cohort.length);
    // Σ class mean × class size = the totals.
    const total = (i: number) => classes.rows.reduce((s, r) => s + Number(r[1]) * Number(r[i]), 0);
    expect(total(2)).toBeCloseTo(Number(value("Repeat purchases that happened, total")), 9);
    expect(total(3)).toBeCloseTo(Number(value("Repeat purchases predicted, total")), 9);
  });

  it("the calibration plot: a line chart, drawn by chart.js and as Excel's native Line chart", async () => {
    const chart = summary!.charts!.find((c) => c.id === "holdout")!;
    expect(chart.kind).toBe("line");
    expect(chart.categories).toEqual(["0", "1", "2", "3", "4", "5", "6", "7+"]);
    expect(chart.series.map((s) => s.name)).toEqual([
      "Actual (mean per customer)",
      "Predicted (mean per customer)",
    ]);
    const cfg = chartConfig(chart) as { type: string; data: { labels: string[]; datasets: unknown[] } };
    expect([cfg.type, cfg.data.labels.length, cfg.data.datasets.length]).toEqual(["line", 8, 2]);
    const fake = new FakeWorkbook();
    const uninstall = fake.install();
    try {
      await new ExcelWorkbookAdapter().writeSheets([{ ...summary!, charts: [chart] }]);
      expect(fake.sheet("Summary")!.charts.map((c) => c.type)).toEqual(["Line"]);
    } finally {
      uninstall();
    }
  });
});

test("a bad option comes back as the core's message naming it; CLV is left out, the rest runs", () => {
  const r = runCustomersJob(job({ marginPercent: "abc" }));
  if (!r.ok) throw new Error(r.message);
  expect(r.failures).toHaveLength(1);
  expect(r.failures[0]).toMatch(/^CLV: The margin/);
});
