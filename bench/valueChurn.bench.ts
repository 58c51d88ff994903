/**
 * Whole-column paths of the value, lifecycle and churn cores on a full Excel column
 * (1,048,575 rows): pyramid tiers and Pareto share against a plain numeric sort of the same
 * column (their floor: both sort once), cohort retention against a plain Map group-by of the
 * same rows, lifecycle stages for 100,000 customers × 36 months.
 */
import { cohortRetention } from "../src/churn/cohorts";
import { lifecycleStage } from "../src/lifecycle/stage";
import { paretoShare } from "../src/value/pareto";
import { valueTiers } from "../src/value/tiers";
import { medianMs, peakMemoryMB, seededRandom, Suite } from "./harness";

const ROWS = 1_048_575;

export function run(): Suite {
  const rand = seededRandom(20261125);
  const values = Array.from({ length: ROWS }, () => Math.round(Math.exp(rand() * 8) * 100) / 100); // skewed, with ties
  const sortMs = medianMs(() => Float64Array.from(values).sort());
  const tiersMs = medianMs(() => valueTiers(values));
  const paretoMs = medianMs(() => paretoShare(values));

  const ids = Array.from({ length: ROWS }, () => `C${Math.floor(rand() * 200_000)}`);
  const dates = Array.from({ length: ROWS }, () => 45292 + Math.floor(rand() * 730)); // 2024–2025
  const groupMs = medianMs(() => {
    const m = new Map<string, number>();
    for (let i = 0; i < ROWS; i++)
      m.set(ids[i] as string, Math.min(m.get(ids[i] as string) ?? Infinity, dates[i] as number));
    return m;
  });
  const cohortMs = medianMs(() => cohortRetention(ids, dates, "month"));
  const cohortMB = peakMemoryMB(() => cohortRetention(ids, dates, "month"));

  const series = Array.from({ length: 100_000 }, () =>
    Array.from({ length: 36 }, () => (rand() < 0.6 ? Math.floor(rand() * 500) : 0)),
  );
  const lifecycleMs = medianMs(() => series.map((v) => lifecycleStage(v).stage));

  return {
    title: "Value, lifecycle and churn cores (whole columns)",
    rows: [
      {
        name: `valueTiers, ${ROWS.toLocaleString("en")} values`,
        medianMs: tiersMs,
        baselineMs: sortMs,
        target: "≤ 3 × Float64Array sort",
        met: tiersMs <= 3 * sortMs,
      },
      {
        name: `paretoShare, ${ROWS.toLocaleString("en")} values`,
        medianMs: paretoMs,
        baselineMs: sortMs,
        target: "≤ 3 × Float64Array sort",
        met: paretoMs <= 3 * sortMs,
      },
      {
        name: `cohortRetention, ${ROWS.toLocaleString("en")} rows, 200k ids`,
        medianMs: cohortMs,
        baselineMs: groupMs,
        peakMB: cohortMB,
        target: "≤ 3 × Map group-by",
        met: cohortMs <= 3 * groupMs,
      },
      {
        name: "lifecycleStage, 100,000 customers × 36 periods",
        medianMs: lifecycleMs,
        target: "< 1 s",
        met: lifecycleMs < 1000,
      },
    ],
  };
}
