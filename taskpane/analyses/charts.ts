/**
 * The chart set of a customer run (issue 10.3), as descriptions both renderers draw
 * (ChartSpec / GridSpec: native charts and colour-scaled blocks in Excel, the same in the
 * preview). Pure functions of per-customer columns; titles come in the pane's language.
 * Cost O(k log k) for k customers (the Pareto curve sorts), O(k) otherwise.
 *
 * @example
 * paretoCurve([30, 10, 0, 60], "Pareto", "Customers", "Value", 4).series[0]!.values
 * // => [0, 0.6, 0.9, 1, 1]
 */
import type { ChartSpec, GridSpec } from "../adapter/types";

/** Cumulative share of value (largest first) against the share of customers, at `points` + 1 x's. */
export function paretoCurve(
  values: readonly number[],
  title: string,
  xTitle: string,
  yTitle: string,
  points = 100,
): ChartSpec {
  // Ascending in a typed array (a numeric sort, no comparator), read from the end: largest first.
  const sorted = Float64Array.from(values, (v) => Math.max(0, v)).sort();
  const n = sorted.length;
  let total = 0;
  for (let i = n - 1; i >= 0; i--) total += sorted[i]!;
  const xs: number[] = [];
  const ys: number[] = [];
  let cum = 0,
    taken = 0;
  for (let p = 0; p <= points; p++) {
    const upTo = Math.round((p / points) * n);
    while (taken < upTo) cum += sorted[n - 1 - taken++]!;
    xs.push(p / points);
    ys.push(total > 0 ? cum / total : 0);
  }
  return {
    id: "pareto",
    kind: "scatter",
    title,
    categories: xs,
    series: [{ name: yTitle, values: ys }],
    xTitle,
    yTitle,
    valueFormat: "0%",
  };
}

/** Customers per label, in the order of `labels` (labels never seen count 0). */
export function countChart(
  id: string,
  kind: "column" | "bar",
  labels: readonly string[],
  values: readonly string[],
  title: string,
  seriesName: string,
): ChartSpec {
  const count = new Map(labels.map((l) => [l, 0]));
  for (const v of values) count.set(v, (count.get(v) ?? 0) + 1);
  const categories = [...count.keys()];
  return {
    id,
    kind,
    title,
    categories,
    series: [{ name: seriesName, values: categories.map((c) => count.get(c)!) }],
  };
}

/** Customers per band of width 1/`bins` of a share in [0, 1] (e.g. P(alive)). */
export function shareHistogram(
  id: string,
  shares: readonly number[],
  bins: number,
  title: string,
  seriesName: string,
  xTitle: string,
): ChartSpec {
  const counts = new Array<number>(bins).fill(0);
  for (const s of shares)
    if (Number.isFinite(s)) counts[Math.min(bins - 1, Math.max(0, Math.floor(s * bins)))]!++;
  const pct = (b: number) => `${Math.round((100 * b) / bins)}%`;
  return {
    id,
    kind: "column",
    title,
    categories: counts.map((_, b) => `${pct(b)}–${pct(b + 1)}`),
    series: [{ name: seriesName, values: counts }],
    xTitle,
    yTitle: seriesName,
  };
}

/**
 * A grid of `rowKeys` × `columnKeys` cells: the count of customers in each cell, or the mean of
 * `values` over them when given (NaN where a cell has no customer).
 */
export function grid(
  spec: Omit<GridSpec, "values">,
  rowOf: readonly number[],
  columnOf: readonly number[],
  values?: readonly number[],
): GridSpec {
  const R = spec.rowLabels.length;
  const C = spec.columnLabels.length;
  const sum = Array.from({ length: R }, () => new Array<number>(C).fill(0));
  const n = Array.from({ length: R }, () => new Array<number>(C).fill(0));
  rowOf.forEach((r, i) => {
    const c = columnOf[i]!;
    if (r < 0 || r >= R || c < 0 || c >= C) return;
    n[r]![c]!++;
    sum[r]![c]! += values ? values[i]! : 1;
  });
  return {
    ...spec,
    values: sum.map((row, r) => row.map((s, c) => (values ? (n[r]![c]! > 0 ? s / n[r]![c]! : NaN) : s))),
  };
}

/**
 * The calibration plot of Fader & Hardie (FHL 2005 §4): per class of calibration repeat
 * purchases (0 … 6, 7+), the mean actual and the mean predicted repeat purchases in the holdout,
 * as two lines over the classes.
 */
export function calibrationChart(
  classes: readonly { label: string; actualMean: number; predictedMean: number }[],
  title: string,
  names: { actual: string; predicted: string; x: string; y: string },
): ChartSpec {
  return {
    id: "holdout",
    kind: "line",
    title,
    categories: classes.map((c) => c.label),
    series: [
      { name: names.actual, values: classes.map((c) => c.actualMean) },
      { name: names.predicted, values: classes.map((c) => c.predictedMean) },
    ],
    xTitle: names.x,
    yTitle: names.y,
    valueFormat: "0.00",
  };
}
