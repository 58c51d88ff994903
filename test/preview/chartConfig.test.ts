/**
 * The preview draws a chart description as Excel would: a "bar" chart (Excel's horizontal bars)
 * lays its categories down the vertical axis and its values along the horizontal one; a
 * "column" chart the other way round.
 */
import { chartConfig } from "../../taskpane/preview/ChartView";
import type { ChartSpec } from "../../taskpane/adapter/types";

const spec = (kind: ChartSpec["kind"]): ChartSpec => ({
  id: "segments",
  kind,
  title: "Customers per segment",
  categories: ["Champions", "Lost"],
  series: [{ name: "Customers", values: [30, 70] }],
  xTitle: "Segment",
  yTitle: "Customers",
});

type Scales = Record<"x" | "y", { type: string; title: { text: string } }>;
const axesOf = (s: ChartSpec) => {
  const cfg = chartConfig(s) as unknown as { options: { indexAxis: string; scales: Scales } };
  const { x, y } = cfg.options.scales;
  return [cfg.options.indexAxis, x.type, x.title.text, y.type, y.title.text];
};

test("bar: categories down the vertical axis, values along the horizontal", () => {
  expect(axesOf(spec("bar"))).toEqual(["y", "linear", "Customers", "category", "Segment"]);
});
test("column: categories along the horizontal axis", () => {
  expect(axesOf(spec("column"))).toEqual(["x", "category", "Segment", "linear", "Customers"]);
});
