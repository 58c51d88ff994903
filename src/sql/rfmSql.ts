/**
 * The task pane's RFM table as one SQL query (CRM_MODELS.md §1–§3; `rfmReport`): the customer
 * table of {@link customerSteps}, then
 *
 * - R, F, M scores ({@link quantileScoreSql}, {@link rfmBreakSteps} or fixed thresholds);
 * - RFM code = 100·R + 10·F + M (`rfmCode`);
 * - segment: the rules in order, first match wins, else "others" (`rfmSegment`, the same
 *   inclusive ranges), with its label;
 * - type: R ≤ mean, F ≥ mean, M ≥ mean are "high" (`typeOf`: bits 4·(M low) + 2·(R low) +
 *   (F low) in the table order of `RFM_TYPE_LABELS`), with its label;
 * - value tier by M (`valueTiers`/`tierAt`): above = customers with a strictly greater M
 *   (n − #(M ≤ this one): from the M lookup, or n − CUME_DIST·n, exact after rounding), the
 *   first tier with above < C·n − 1e-9 for the cumulative widths C; ties share a tier.
 *
 * The header states every option. Cost: in the engine, one aggregation of the rows; then, on
 * DuckDB and PostgreSQL, the customer table kept once (MATERIALIZED), a lookup per quantile
 * measure and for M (an aggregation by value and a sort of the distinct values) reduced to one
 * row of thresholds where the scores and tiers step up, a one-row aggregate for the means, all
 * CROSS JOINed; elsewhere four window sorts. Profiled with EXPLAIN ANALYZE on 10M rows
 * (bench/sql.bench.ts): the window sorts carrying every column, the id rule evaluated three
 * times (see customerSteps), then joining every customer back to the lookups by value (0.36 s
 * CPU of 3 s) were most of the cost.
 * Throws `invalid` for bad options (see {@link checkRfmOptions}).
 *
 * @example
 * rfmSql({ dialect: "postgres", source: { table: "tx", customer: "id", date: "day", amount: "amount" } })
 * // => "-- RFM table (CRM Analytics for Excel) …\nWITH\n-- Step 1. Read the rows: …"
 */
import { RFM_TYPE_LABELS, RfmType } from "../rfm/types";
import { OTHERS, OTHERS_LABEL } from "../rfm/segments";
import { PYRAMID_LABELS, PYRAMID_TIERS } from "../value/pyramid";
import { customerSteps } from "./customerSteps";
import { spellingSteps } from "./spellingSteps";
import { CheckedRfmOptions, RfmSqlOptions, checkRfmOptions } from "./options";
import { Step, renderQuery } from "./render";
import {
  MEASURE,
  quantileScoreSql,
  quantileThresholdItems,
  quantileThresholdScoreSql,
  rfmBreakSteps,
  thresholdScoreSql,
  worseLookupStep,
} from "./scoreSteps";
import { RfmMetric } from "../rfm/metric";

export function rfmSql(options: RfmSqlOptions): string {
  const o = checkRfmOptions(options);
  return renderQuery(rfmHeader(o), rfmSteps(o), "SELECT * FROM rfm_table");
}

export function rfmHeader(o: CheckedRfmOptions): string[] {
  const fixed = (["r", "f", "m"] as const).filter((k) => o.thresholds[k]);
  return [
    `RFM table (CRM Analytics for Excel), dialect ${o.d.name}.`,
    `As of ${o.asOf ?? "the day after the latest date"}${o.periodStart ? `, from ${o.periodStart}` : ""}; recency in ${o.unit}.`,
    `Scores: ${o.bins} bins, method ${o.method === "rfm" ? "rfm (R package rfm 0.3.0)" : "quantile (COUNTIF rule, ties share a score)"}` +
      (fixed.length
        ? `; fixed thresholds (closed ${o.closed}) for ${fixed.map((k) => `${k.toUpperCase()} ${o.thresholds[k]!.join("/")}`).join(", ")}`
        : "") +
      ".",
    `Segments: ${o.rules.map((r) => r.key).join(", ")}; else ${OTHERS}. Value tiers: cumulative shares ${o.cumulativeCuts.join(", ")}.`,
    `Ids: trimmed, case-insensitive${o.nfc ? (o.d.nfc("x") ? ", NFC" : " (no NFC in this engine)") : ""}.`,
  ];
}

export function rfmSteps(o: CheckedRfmOptions): Step[] {
  const { d } = o;
  // perSpelling (no order ids; the default on DuckDB): the id rule once per distinct spelling,
  // M a sum of sums (see spellingSteps).
  const steps = o.perSpelling && !o.source.order ? spellingSteps(o) : customerSteps(o, true);
  // Where the engine keeps a CTE read several times (DuckDB, PostgreSQL), the quantile scores
  // and the value tiers step up at thresholds read off lookups of each measure's distinct values
  // (worseLookupStep, quantileThresholdItems), the means and n from a one-row aggregate: one-row
  // tables CROSS JOINed, no sort or join of every customer with all their columns (a join of the
  // customers to the lookups cost 0.36 s CPU of 3 s on 10M rows). Elsewhere: window functions.
  const narrow = d.name === "duckdb" || d.name === "postgres";
  const joins: string[] = [];
  const thresholds: Record<"r" | "f" | "m", string[]> = { r: [], f: [], m: [] };
  const score = (metric: RfmMetric): string => {
    const key = metric.toLowerCase() as "r" | "f" | "m";
    const col = `t.${MEASURE[metric]}`;
    const fixed = o.thresholds[key];
    if (fixed) return thresholdScoreSql(col, fixed.map(d.num), metric, o.closed);
    if (o.method === "quantile") {
      if (!narrow) return quantileScoreSql(d, col, metric, o.bins);
      thresholds[key].push(...quantileThresholdItems(metric, o.bins));
      return quantileThresholdScoreSql(col, `t${key}`, metric, o.bins);
    }
    steps.push(...rfmBreakSteps(d, "customer_table", metric, o.bins));
    joins.push(`CROSS JOIN rfm_breaks_${key} b${key}`);
    const t = Array.from({ length: o.bins - 1 }, (_, i) => `b${key}.t${i + 1}`);
    return thresholdScoreSql(col, t, metric, "lower");
  };
  const r = score("R"),
    f = score("F"),
    m = score("M");
  let whole: string[];
  if (narrow) {
    const i = steps.findIndex((x) => x.name === "customer_table");
    steps[i] = { ...steps[i]!, materialized: true };
    steps.push({
      name: "stats",
      comment: "The means that split high/low for the types, and the number of customers.",
      body: [
        "SELECT AVG(recency) AS mean_recency, AVG(frequency) AS mean_frequency, AVG(monetary) AS mean_monetary,",
        "  COUNT(*) AS customers",
        "FROM customer_table",
      ].join("\n"),
    });
    // Tier k holds when the customers with a strictly greater M (n − #(M ≤ this one)) are fewer
    // than C_k · n − 1e-9: a condition that only becomes true as M grows, so it holds from the
    // smallest M that meets it (the same double arithmetic, once per distinct M).
    PYRAMID_TIERS.slice(0, 3).forEach((k, j) =>
      thresholds.m.push(
        `MIN(CASE WHEN ${d.double("customers - w.upto")} < ${d.num(o.cumulativeCuts[j]!)} * ${d.double("customers")} - ${d.num(1e-9)} THEN w.v END) AS tier_from_${k}`,
      ),
    );
    const mScores = o.method === "quantile" && !o.thresholds.m;
    for (const metric of ["R", "F", "M"] as const) {
      const key = metric.toLowerCase() as "r" | "f" | "m";
      if (thresholds[key].length === 0) continue;
      steps.push(worseLookupStep(d, "customer_table", metric), {
        name: `thresholds_${key}`,
        comment:
          key === "m"
            ? `M: the smallest monetary from which each ${mScores ? "score and each " : ""}value tier holds (one row).`
            : `${metric}: the ${metric === "R" ? "largest recency up to" : "smallest frequency from"} which each score holds (one row).`,
        body: [
          "SELECT",
          `  ${thresholds[key].join(",\n  ")}`,
          `FROM worse_${key} w`,
          "CROSS JOIN stats",
        ].join("\n"),
      });
      joins.push(`CROSS JOIN thresholds_${key} t${key}`);
    }
    joins.unshift("CROSS JOIN stats k");
    whole = [
      "k.mean_recency",
      "k.mean_frequency",
      "k.mean_monetary",
      ...PYRAMID_TIERS.slice(0, 3).map((k) => `tm.tier_from_${k}`),
      "k.customers",
    ];
  } else
    whole = [
      "AVG(t.recency) OVER () AS mean_recency",
      "AVG(t.frequency) OVER () AS mean_frequency",
      "AVG(t.monetary) OVER () AS mean_monetary",
      // Customers with a strictly greater M = n − #(M ≤ this one); CUME_DIST shares the M sort.
      "COUNT(*) OVER () - CAST(ROUND(CUME_DIST() OVER (ORDER BY t.monetary ASC) * COUNT(*) OVER ()) AS BIGINT) AS customers_above",
      "COUNT(*) OVER () AS customers",
    ];
  steps.push({
    name: "scored",
    comment: narrow
      ? "R, F, M scores; the means that split high/low for the types; where the tiers start."
      : "R, F, M scores; the means that split high/low for the types; rank by M for the tiers.",
    body: [
      "SELECT",
      "  t.*,",
      `  ${r} AS r_score,`,
      `  ${f} AS f_score,`,
      `  ${m} AS m_score,`,
      `  ${whole.join(",\n  ")}`,
      "FROM customer_table t",
      ...joins,
    ].join("\n"),
  });
  const seg = d.oneOf([...o.rules.map((x) => x.key), OTHERS]);
  const segLab = d.oneOf([...o.rules.map((x) => x.label[o.lang]), OTHERS_LABEL[o.lang]]);
  const segRules = o.rules.map(
    (x) =>
      `    WHEN r_score BETWEEN ${x.r[0]} AND ${x.r[1]} AND f_score BETWEEN ${x.f[0]} AND ${x.f[1]} AND m_score BETWEEN ${x.m[0]} AND ${x.m[1]} THEN ${seg(x.key)}`,
  );
  const segLabels = o.rules.map((x) => `    WHEN ${d.str(x.key)} THEN ${segLab(x.label[o.lang])}`);
  const types = Object.keys(RFM_TYPE_LABELS) as RfmType[];
  const type = d.oneOf(types);
  const typeLab = d.oneOf(types.map((k) => RFM_TYPE_LABELS[k][o.lang]));
  const bits =
    "CASE WHEN monetary >= mean_monetary THEN 0 ELSE 4 END + CASE WHEN recency <= mean_recency THEN 0 ELSE 2 END" +
    " + CASE WHEN frequency >= mean_frequency THEN 0 ELSE 1 END";
  const typeCase = `CASE ${bits}\n${types.map((k, i) => `    WHEN ${i} THEN ${type(k)}`).join("\n")}\n  END`;
  const typeLabels = types.map((k) => `    WHEN ${d.str(k)} THEN ${typeLab(RFM_TYPE_LABELS[k][o.lang])}`);
  const tier = d.oneOf(PYRAMID_TIERS);
  const tierLab = d.oneOf(PYRAMID_TIERS.map((k) => PYRAMID_LABELS.metal[k][o.lang]));
  const tierRules = PYRAMID_TIERS.slice(0, 3).map(
    (k, i) =>
      `    WHEN ${
        narrow
          ? `monetary >= tier_from_${k}`
          : `${d.double("customers_above")} < ${d.num(o.cumulativeCuts[i]!)} * ${d.double("customers")} - ${d.num(1e-9)}`
      } THEN ${tier(k)}`,
  );
  steps.push({
    name: "labelled",
    comment:
      "RFM code, segment (first matching rule), type (vs the means) and value tier (by M, ties share).",
    body: [
      "SELECT",
      "  s.*,",
      "  100 * r_score + 10 * f_score + m_score AS rfm_code,",
      `  CASE\n${segRules.join("\n")}\n    ELSE ${seg(OTHERS)}\n  END AS segment,`,
      `  ${typeCase} AS rfm_type,`,
      `  CASE\n${tierRules.join("\n")}\n    ELSE ${tier("lead")}\n  END AS value_tier`,
      "FROM scored s",
    ].join("\n"),
  });
  const tierLabels = PYRAMID_TIERS.map(
    (k) => `    WHEN ${d.str(k)} THEN ${tierLab(PYRAMID_LABELS.metal[k][o.lang])}`,
  );
  steps.push({
    name: "rfm_table",
    comment: `The RFM table, labels in ${o.lang === "zh" ? "Chinese" : "English"}.`,
    body: [
      "SELECT",
      "  customer_id, customer_key, first_purchase, last_purchase, days_since_last_purchase, recency,",
      "  frequency, monetary, average_order_value, refunds, tenure_days, as_of,",
      "  r_score, f_score, m_score, rfm_code, segment,",
      `  CASE segment\n${segLabels.join("\n")}\n    ELSE ${segLab(OTHERS_LABEL[o.lang])}\n  END AS segment_label,`,
      "  rfm_type,",
      `  CASE rfm_type\n${typeLabels.join("\n")}\n  END AS type_label,`,
      "  value_tier,",
      `  CASE value_tier\n${tierLabels.join("\n")}\n  END AS tier_label`,
      "FROM labelled",
    ].join("\n"),
  });
  return steps;
}
