/**
 * The CLV customer summary of the core as SQL steps (CRM_MODELS.md §3; `clvCustomerSummary`,
 * `holdoutPurchaseCounts`, read as the task pane's `clvReport` reads rows): the rows of
 * {@link customerSteps} (same id rule and rejections) with amount > 0, then
 *
 * 1. calibration — its last day: given, else the as-of date when given, else the latest date;
 * 2. purchase_periods — purchases of a customer within the same block of `mergeDays` days,
 *    counted from the first purchase, are one period dated by its first day, with the summed
 *    spend (mergeDays = 1: same-day purchases merge);
 * 3. clv_customers — per customer whose first purchase is on or before the calibration end:
 *    x = repeat periods (after the first) up to the end, t_x = (last repeat − first) / days per
 *    unit (0 when x = 0), T = (end − first) / days per unit, z̄ = mean spend of the repeat
 *    periods (0 when x = 0), and with a holdout end the periods in (end, holdout end].
 *
 * Days are whole (DATE); t_x and T are exact day counts divided in DOUBLE, as the core divides.
 * Cost: one aggregation by (customer, period) and one by customer in the engine. Throws nothing.
 *
 * @example
 * clvSteps(checkClvOptions({ dialect: "duckdb", source, unit: "weeks" })).map((s) => s.name).slice(-3)
 * // => ["calibration", "purchase_periods", "clv_customers"]
 */
import { CLV_DAYS_PER_UNIT } from "../clv/timeUnit";
import { customerSteps } from "./customerSteps";
import { CheckedClvOptions } from "./clvOptions";
import { Step } from "./render";

export function clvSteps(o: CheckedClvOptions): Step[] {
  const { d } = o;
  const [rowsRead, rowsUsed, asOf] = customerSteps(o) as [Step, Step, Step];
  const end =
    o.calibrationEnd !== undefined
      ? d.date(o.calibrationEnd)
      : o.asOf !== undefined
        ? d.date(o.asOf)
        : "(SELECT MAX(day) FROM rows_used)";
  const calibration: Step = {
    name: "calibration",
    comment:
      `The calibration end: ${o.calibrationEnd ?? (o.asOf ? `the as-of date ${o.asOf}` : "the latest date read")}` +
      (o.holdoutEnd ? `; holdout from the next day to ${o.holdoutEnd}.` : "."),
    body: `SELECT ${end} AS calibration_end${o.holdoutEnd ? `, ${d.date(o.holdoutEnd)} AS holdout_end` : ""}`,
  };
  const merged =
    o.mergeDays === 1
      ? [
          "SELECT customer_key, customer_id, day, spend, MIN(day) OVER (PARTITION BY customer_key) AS first_purchase",
          "FROM (",
          "  SELECT customer_key, MIN(customer_trimmed) AS customer_id, day, SUM(amount) AS spend",
          "  FROM rows_used",
          "  WHERE amount > 0",
          "  GROUP BY customer_key, day",
          ") p",
        ]
      : [
          "SELECT customer_key, MIN(customer_trimmed) AS customer_id, MIN(first_purchase) AS first_purchase,",
          "  MIN(day) AS day, SUM(amount) AS spend",
          "FROM (",
          "  SELECT customer_key, customer_trimmed, day, amount,",
          "    MIN(day) OVER (PARTITION BY customer_key) AS first_purchase",
          "  FROM rows_used",
          "  WHERE amount > 0",
          ") p",
          `GROUP BY customer_key, ${d.intDiv(d.days("first_purchase", "day"), String(o.mergeDays))}`,
        ];
  const periods: Step = {
    name: "purchase_periods",
    comment: `Purchase periods: rows with amount > 0, merged within blocks of ${o.mergeDays} day${o.mergeDays === 1 ? " (same day)" : "s"} from the first purchase;\neach period is dated by its first day and carries the summed spend.`,
    body: merged.join("\n"),
  };
  const perUnit = d.num(CLV_DAYS_PER_UNIT[o.clvUnit]);
  const repeat = "p.day > p.first_purchase AND p.day <= c.calibration_end";
  const holdout = o.holdoutEnd
    ? [
        `  COUNT(CASE WHEN p.day > c.calibration_end AND p.day <= c.holdout_end THEN 1 END) AS holdout_purchases,`,
      ]
    : [];
  const customers: Step = {
    name: "clv_customers",
    comment: `Per customer (first purchase on or before the calibration end): x, t_x and T in ${o.clvUnit}\n(days / ${CLV_DAYS_PER_UNIT[o.clvUnit]}), mean repeat spend z̄${o.holdoutEnd ? ", holdout purchases" : ""}.`,
    body: [
      "SELECT",
      "  q.customer_id,",
      "  q.customer_key,",
      "  q.first_purchase,",
      "  q.x,",
      `  CASE WHEN q.x = 0 THEN ${d.num(0)} ELSE ${d.double(d.days("q.first_purchase", "q.last_repeat"))} / ${perUnit} END AS t_x,`,
      `  ${d.double(d.days("q.first_purchase", "q.calibration_end"))} / ${perUnit} AS t_cal,`,
      `  CASE WHEN q.x = 0 THEN ${d.num(0)} ELSE q.repeat_spend / q.x END AS mean_repeat_spend${o.holdoutEnd ? ",\n  q.holdout_purchases" : ""}`,
      "FROM (",
      "  SELECT",
      "    p.customer_key,",
      "    MIN(p.customer_id) AS customer_id,",
      "    MIN(p.first_purchase) AS first_purchase,",
      "    MIN(c.calibration_end) AS calibration_end,",
      `    COUNT(CASE WHEN ${repeat} THEN 1 END) AS x,`,
      `    MAX(CASE WHEN ${repeat} THEN p.day END) AS last_repeat,`,
      ...holdout.map((h) => `  ${h}`),
      `    SUM(CASE WHEN ${repeat} THEN p.spend END) AS repeat_spend`,
      "  FROM purchase_periods p",
      "  CROSS JOIN calibration c",
      "  WHERE p.first_purchase <= c.calibration_end",
      "  GROUP BY p.customer_key",
      ") q",
    ].join("\n"),
  };
  return [rowsRead, rowsUsed, asOf, calibration, periods, customers];
}
