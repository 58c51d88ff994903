/**
 * R, F, M scores of the customer table in SQL, by the core's three rules (CRM_MODELS.md §2):
 *
 * - "quantile" (`quantileScores`, Excel's COUNTIF rule, ties share a score):
 *       score = 1 + ⌊bins · worse / n⌋,  worse = RANK() − 1
 *   ranking F and M ascending (worse = strictly smaller) and R descending (more days = worse);
 * - "rfm" (the R package rfm 0.3.0, `breaksOfSorted`): thresholds t_i = Q7(i/bins) + 1, R's
 *   type-7 quantile of the customer values — index = 1 + (n − 1)·p_i, Q = x[lo] when the index is
 *   whole or x[hi] = x[lo], else (1 − h)·x[lo] + h·x[hi] — with p_i = i·(1/bins) exactly as the
 *   core's `seqProbs` (written as double literals); score = 1 + #{t_i ≤ v}, R reversed;
 * - fixed thresholds (`binByThresholds`): score = 1 + #{t_i < v} (closed "upper") or
 *   #{t_i ≤ v} (closed "lower"), R reversed (b + 1 − bin).
 *
 * All arithmetic is IEEE double in the same order as the core, so the scores are identical.
 * Cost: one window sort per measure (quantile; on DuckDB and PostgreSQL a sort of its distinct
 * values and a one-row table of thresholds), or one sort per measure plus one scan ("rfm").
 *
 * @example
 * quantileScoreSql(dialectOf("postgres"), "frequency", "F", 5)
 * // => "1 + (5 * (RANK() OVER (ORDER BY frequency ASC) - 1) / COUNT(*) OVER ())"
 */
import { seqProbs } from "../rfm/quantile7";
import { RfmMetric } from "../rfm/metric";
import { Closed } from "../rfm/bin";
import { Dialect } from "./dialect";
import { Step } from "./render";

export const MEASURE: Readonly<Record<RfmMetric, string>> = { R: "recency", F: "frequency", M: "monetary" };

export function quantileScoreSql(d: Dialect, column: string, metric: RfmMetric, bins: number): string {
  const dir = metric === "R" ? "DESC" : "ASC";
  return `1 + ${d.intDiv(`${bins} * (RANK() OVER (ORDER BY ${column} ${dir}) - 1)`, "COUNT(*) OVER ()")}`;
}

/**
 * A lookup of the measure's distinct values: `worse` = customers strictly worse = RANK() − 1
 * (the customers before the value's group in the sort) and, for M, `upto` = those plus the
 * value's own (#(M ≤ v), what CUME_DIST · n counts). Integer counts, so exactly the window's
 * numbers; the sort is of the distinct values only (a few hundred days or purchase counts) and
 * carries no other column. Read by {@link quantileThresholdItems} and the value tiers.
 */
export function worseLookupStep(d: Dialect, table: string, metric: RfmMetric): Step {
  const col = MEASURE[metric];
  const m = metric.toLowerCase();
  const dir = metric === "R" ? "DESC" : "ASC";
  const upto = metric === "M";
  const running = `SUM(COUNT(*)) OVER (ORDER BY ${col} ${dir} ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)`;
  return {
    name: `worse_${m}`,
    comment: `${metric}: per distinct ${col}, the customers ranked before it (${dir}) = RANK() − 1 of each of them${upto ? ", and up to it" : ""}.`,
    body: [
      `SELECT ${col} AS v,`,
      `  CAST(${running} - COUNT(*) AS BIGINT) AS worse${upto ? "," : ""}`,
      ...(upto ? [`  CAST(${running} AS BIGINT) AS upto`] : []),
      `FROM ${table}`,
      `GROUP BY ${col}`,
    ].join("\n"),
  };
}

/** The name of the threshold at which a measure's quantile score reaches `score`. */
const thresholdName = (metric: RfmMetric, score: number) =>
  `${MEASURE[metric]}_${metric === "R" ? "upto" : "from"}_${score}`;

/**
 * The values where a quantile score steps up, read off the measure's lookup ({@link
 * worseLookupStep}, as `w`) and the number of customers (`customers`). The score
 * 1 + ⌊bins · worse / n⌋ reaches s exactly when bins · worse ≥ (s − 1) · n (integers, exact), and
 * `worse` only grows with the value (F, M: ascending) or only shrinks (R: descending). So the
 * score is 1 + the number of thresholds passed, with t_s the smallest value that reaches s (R: the
 * largest), NULL when no value does (it then counts for nothing). Select items
 * `frequency_from_<s>`, `monetary_from_<s>`, `recency_upto_<s>` (s = 2…bins) of a one-row step;
 * with {@link quantileThresholdScoreSql} every customer gets exactly the lookup's score, without
 * joining the customers to the lookup.
 */
export function quantileThresholdItems(metric: RfmMetric, bins: number): string[] {
  const pick = metric === "R" ? "MAX" : "MIN";
  return Array.from(
    { length: bins - 1 },
    (_, i) =>
      `${pick}(CASE WHEN ${bins} * w.worse >= ${i + 1} * customers THEN w.v END) AS ${thresholdName(metric, i + 2)}`,
  );
}

/** 1 + the number of thresholds of {@link quantileThresholdItems} (in the one-row `from`) the value passes. */
export function quantileThresholdScoreSql(
  value: string,
  from: string,
  metric: RfmMetric,
  bins: number,
): string {
  const op = metric === "R" ? "<=" : ">=";
  const passed = Array.from(
    { length: bins - 1 },
    (_, i) => `(CASE WHEN ${value} ${op} ${from}.${thresholdName(metric, i + 2)} THEN 1 ELSE 0 END)`,
  );
  return passed.length ? `1 + ${passed.join(" + ")}` : "1";
}

/** 1 + (number of thresholds the value passes), reversed for R. */
export function thresholdScoreSql(
  value: string,
  thresholds: readonly string[],
  metric: RfmMetric,
  closed: Closed,
): string {
  const op = closed === "upper" ? "<" : "<=";
  const passed = thresholds.map((t) => `(CASE WHEN ${t} ${op} ${value} THEN 1 ELSE 0 END)`).join(" + ");
  return metric === "R" ? `${thresholds.length + 1} - (${passed})` : `1 + ${passed}`;
}

/**
 * Steps computing the rfm-package thresholds t1…t(bins−1) of one measure from `table`
 * (columns `rfm_<m>_t1` …), as a one-row table `rfm_breaks_<m>`.
 */
export function rfmBreakSteps(d: Dialect, table: string, metric: RfmMetric, bins: number): Step[] {
  const col = MEASURE[metric];
  const m = metric.toLowerCase();
  const p = seqProbs(bins);
  const idx = (i: number) => `1 + ${d.double("n - 1")} * ${d.num(p[i]!)}`;
  const ordered: Step = {
    name: `rfm_sorted_${m}`,
    comment: `rfm method, ${metric}: the customers' ${col} in ascending order (1-based position), and n.`,
    body: `SELECT ${col} AS v, ROW_NUMBER() OVER (ORDER BY ${col}) AS pos, COUNT(*) OVER () AS n\nFROM ${table}`,
  };
  const pick = [];
  for (let i = 1; i < bins; i++) {
    pick.push(`MAX(${idx(i)}) AS idx${i}`);
    pick.push(`MAX(CASE WHEN pos = FLOOR(${idx(i)}) THEN v END) AS lo${i}`);
    pick.push(`MAX(CASE WHEN pos = CEIL(${idx(i)}) THEN v END) AS hi${i}`);
  }
  const order: Step = {
    name: `rfm_order_${m}`,
    comment: `rfm method, ${metric}: type-7 quantile positions 1 + (n − 1)·p for p = i/${bins}, and x[lo], x[hi].`,
    body: `SELECT\n  ${pick.join(",\n  ")}\nFROM rfm_sorted_${m}`,
  };
  const t = [];
  for (let i = 1; i < bins; i++) {
    const h = `(idx${i} - FLOOR(idx${i}))`;
    t.push(
      `CASE WHEN idx${i} > FLOOR(idx${i}) AND hi${i} <> lo${i} THEN (1 - ${h}) * lo${i} + ${h} * hi${i} ELSE lo${i} END + 1 AS t${i}`,
    );
  }
  const breaks: Step = {
    name: `rfm_breaks_${m}`,
    comment: `rfm method, ${metric}: thresholds t_i = Q7(i/${bins}) + 1 (the package adds 1 to every inner break).`,
    body: `SELECT\n  ${t.join(",\n  ")}\nFROM rfm_order_${m}`,
  };
  return [ordered, order, breaks];
}
