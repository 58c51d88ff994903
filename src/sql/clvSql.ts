/**
 * The CLV summaries as SQL queries (CRM_MODELS.md §3; Fader, Hardie & Lee 2005 §2), over the
 * steps of {@link clvSteps}:
 *
 * - {@link clvSummarySql}: one row per customer — id, first purchase, x, t_x, T, z̄ (and the
 *   holdout purchases when a holdout end is given);
 * - {@link compressedSummarySql}: the calibration summary compressed to one row per distinct
 *   (x, t_x, T) with the number of customers (and their summed holdout purchases) — what the
 *   BG/NBD and Pareto/NBD likelihoods need (Σᵢ ℓ(xᵢ, t_xᵢ, Tᵢ) = Σ_k w_k ℓ(x_k, t_x,k, T_k)), a few
 *   thousand rows however many customers; t_x and T rounded as stated in the header;
 * - {@link gammaGammaSql}: (x, z̄) per repeat customer (x > 0), what `fitGammaGamma` needs;
 *   with `spendDecimals` compressed to (x, z̄ rounded half up to that many decimals, customers)
 *   — small enough to paste into the pane; the rounding is stated in the header.
 *
 * Cost: see clvSteps, plus one small aggregation. Throws `invalid` for bad options.
 *
 * @example
 * compressedSummarySql({ dialect: "postgres", source, unit: "weeks" }).includes('COUNT(*) AS customers') // => true
 */
import { CLV_DAYS_PER_UNIT } from "../clv/timeUnit";
import { CheckedClvOptions, ClvSqlOptions, checkClvOptions } from "./clvOptions";
import { clvSteps } from "./clvSteps";
import { renderQuery } from "./render";
import { requireInteger } from "../validate";

export function clvHeader(o: CheckedClvOptions, what: string): string[] {
  return [
    `${what} (CRM Analytics for Excel), dialect ${o.d.name}.`,
    `Calibration end ${o.calibrationEnd ?? o.asOf ?? "the latest date read"}${o.holdoutEnd ? `, holdout to ${o.holdoutEnd}` : ""}; ` +
      `time unit ${o.clvUnit} (days / ${CLV_DAYS_PER_UNIT[o.clvUnit]}); purchases within ${o.mergeDays} day(s) merge.`,
    `Rows with amount <= 0 are not purchases. Ids: trimmed, case-insensitive${o.nfc ? (o.d.nfc("x") ? ", NFC" : " (no NFC in this engine)") : ""}.`,
  ];
}

const T = (o: CheckedClvOptions) => o.d.id("T");

export function clvSummarySql(options: ClvSqlOptions): string {
  const o = checkClvOptions(options);
  return renderQuery(
    clvHeader(o, "CLV customer summary"),
    clvSteps(o),
    `SELECT customer_id, customer_key, first_purchase, x, t_x, t_cal AS ${T(o)}, mean_repeat_spend${o.holdoutEnd ? ", holdout_purchases" : ""}\nFROM clv_customers`,
  );
}

export function compressedSummarySql(options: ClvSqlOptions): string {
  const o = checkClvOptions(options);
  const { d } = o;
  const round = (e: string) =>
    o.decimals === undefined
      ? e
      : `FLOOR(${e} * ${d.num(10 ** o.decimals)} + ${d.num(0.5)}) / ${d.num(10 ** o.decimals)}`;
  const rounding =
    o.decimals === undefined
      ? "t_x and T exact: whole days / days per unit (not rounded further)."
      : `t_x and T rounded half up to ${o.decimals} decimal(s) of a ${o.clvUnit.replace(/s$/, "")}: FLOOR(v * 10^${o.decimals} + 0.5) / 10^${o.decimals}.`;
  const steps = clvSteps(o);
  steps.push({
    name: "rounded",
    comment: `The calibration summary, ${rounding}`,
    body: `SELECT x, ${round("t_x")} AS t_x, ${round("t_cal")} AS t_cal${o.holdoutEnd ? ", holdout_purchases" : ""}\nFROM clv_customers`,
  });
  return renderQuery(
    [...clvHeader(o, "Compressed calibration summary (x, t_x, T, customers)"), rounding],
    steps,
    `SELECT x, t_x, t_cal AS ${T(o)}, COUNT(*) AS customers${o.holdoutEnd ? ", SUM(holdout_purchases) AS holdout_purchases" : ""}\n` +
      "FROM rounded\nGROUP BY x, t_x, t_cal\nORDER BY x, t_x, t_cal",
  );
}

export function gammaGammaSql(options: ClvSqlOptions, spendDecimals?: number): string {
  const o = checkClvOptions(options);
  if (spendDecimals === undefined)
    return renderQuery(
      clvHeader(o, "Gamma-Gamma input: (x, mean repeat spend) per repeat customer"),
      clvSteps(o),
      "SELECT customer_id, customer_key, x, mean_repeat_spend\nFROM clv_customers\nWHERE x > 0",
    );
  const k = requireInteger(
    "gammaGammaSql",
    { en: "The spend decimals", zh: "消费额小数位数" },
    spendDecimals,
    0,
    6,
  );
  const { d } = o;
  const z = `FLOOR(mean_repeat_spend * ${d.num(10 ** k)} + ${d.num(0.5)}) / ${d.num(10 ** k)}`;
  return renderQuery(
    [
      ...clvHeader(o, "Gamma-Gamma input compressed: (x, mean repeat spend, customers)"),
      `Mean repeat spend rounded half up to ${k} decimal(s): FLOOR(v * 10^${k} + 0.5) / 10^${k}.`,
    ],
    clvSteps(o),
    `SELECT x, ${z} AS mean_repeat_spend, COUNT(*) AS customers\nFROM clv_customers\nWHERE x > 0\nGROUP BY x, ${z}\nORDER BY x, mean_repeat_spend`,
  );
}
