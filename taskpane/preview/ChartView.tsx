/**
 * Draws a ChartSpec (the description the Excel adapter turns into a native chart) in the page
 * with chart.js, and offers it as a PNG: one description, two renderers. Titles and labels come
 * in the pane's language inside the spec; "0%"-style value formats show as percentages.
 */
import * as React from "react";
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  ChartConfiguration,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PieController,
  PointElement,
  ScatterController,
  Title,
  Tooltip,
} from "chart.js";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { ChartSpec } from "../adapter/types";
import { download } from "./download";

Chart.register(
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PieController,
  PointElement,
  ScatterController,
  Title,
  Tooltip,
);

/** Fluent-like palette (brand blue first), repeated for more series. */
const COLOURS = ["#0f6cbd", "#c50f1f", "#107c10", "#8764b8", "#ca5010", "#038387", "#5c2e91", "#986f0b"];

const useStyles = makeStyles({
  box: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  canvas: { width: "100%", height: "280px", position: "relative" },
});

export function chartConfig(spec: ChartSpec): ChartConfiguration {
  const percent = spec.valueFormat?.includes("%") ?? false;
  const tick = (v: number | string) => (percent ? `${Math.round(Number(v) * 1000) / 10}%` : v);
  const pie = spec.kind === "pie";
  const datasets = spec.series.map((s, i) => ({
    label: s.name,
    data:
      spec.kind === "scatter"
        ? s.values.map((y, j) => ({ x: Number(spec.categories[j]), y }))
        : [...s.values],
    backgroundColor: pie
      ? spec.categories.map((_, j) => COLOURS[j % COLOURS.length]!)
      : COLOURS[i % COLOURS.length],
    borderColor: COLOURS[i % COLOURS.length],
  }));
  // The category axis (xTitle) and the value axis (yTitle); a "bar" chart lays its categories
  // down the vertical axis, as Excel's bar chart does.
  const categoryAxis = {
    title: { display: !!spec.xTitle, text: spec.xTitle ?? "" },
    type: spec.kind === "scatter" ? ("linear" as const) : ("category" as const),
  };
  const valueAxis = {
    type: "linear" as const,
    title: { display: !!spec.yTitle, text: spec.yTitle ?? "" },
    ticks: { callback: tick },
  };
  const axes = pie
    ? {}
    : spec.kind === "bar"
      ? { x: valueAxis, y: categoryAxis }
      : { x: categoryAxis, y: valueAxis };
  return {
    type: spec.kind === "column" || spec.kind === "bar" ? "bar" : spec.kind,
    data: { labels: spec.kind === "scatter" ? undefined : spec.categories.map(String), datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      indexAxis: spec.kind === "bar" ? "y" : "x",
      plugins: {
        title: { display: true, text: spec.title },
        legend: { display: pie || spec.series.length > 1 },
      },
      scales: axes,
    },
  } as ChartConfiguration;
}

export function ChartView({ spec, fileName }: { spec: ChartSpec; fileName: string }): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const canvas = React.useRef<HTMLCanvasElement>(null);
  const chart = React.useRef<Chart | null>(null);
  React.useEffect(() => {
    if (!canvas.current) return;
    chart.current = new Chart(canvas.current, chartConfig(spec));
    return () => chart.current?.destroy();
  }, [spec]);
  // canvas.toBlob, not a data: URL through fetch (the page's CSP allows connections to itself only).
  const savePng = () => canvas.current?.toBlob((b) => b && download(fileName, b), "image/png");
  return (
    <div className={styles.box} data-testid={`chart-${spec.id}`}>
      <div className={styles.canvas}>
        <canvas ref={canvas} role="img" aria-label={spec.title} />
      </div>
      <div>
        <Button size="small" onClick={savePng} data-testid={`chart-png-${spec.id}`}>
          {t("workbook.png")}
        </Button>
      </div>
    </div>
  );
}
