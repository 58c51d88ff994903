/**
 * Per-customer scoring with fitted parameters, in the warehouse (CRM_MODELS.md §3; the task
 * pane's `clvReport` columns): from the transactions, the summary of {@link clvSteps}, then
 * P(alive) and expected purchases in the horizon (BG/NBD, {@link bgNbdAliveSql}, or Pareto/NBD,
 * {@link paretoNbdAliveSteps}), the Gamma-Gamma expected spend p(γ + x z̄)/(px + q − 1) (NULL
 * where px + q ≤ 1: the core refuses), and the discounted CLV of `discountedClv`:
 *
 *     CLV = Σₖ₌₁ᴴ margin · spend · max(0, E[Y(kΔ)] − E[Y((k−1)Δ)]) / (1 + i)ᵏ
 *
 * Δ = one period in model units, i = (1 + d)^(days per period / 365.25) − 1 (period-end
 * discounting). Defaults are the pane's: horizon 52 weeks, 12 monthly periods, 10% a year,
 * margin 1. One row per customer and period is scored, so a CLV over H periods costs H + 2
 * evaluations per customer.
 *
 * Throws `invalid` for bad parameters or options (the core's checks), `numeric` as the model
 * expressions do.
 *
 * @example
 * scoringSql({ dialect: "duckdb", source, unit: "weeks", purchaseModel: bg, spendModel: gg }).includes("p_alive") // => true
 */
import { invalidInput } from "../errors";
import { requireInRange, requireInteger, requirePositive } from "../validate";
import { BgNbdParams, checkBgNbdParams } from "../clv/bgNbd";
import { ParetoNbdParams, checkParetoNbdParams } from "../clv/paretoNbd";
import { GammaGammaParams, checkGammaGammaParams } from "../clv/gammaGamma";
import { checkPurchaseModel } from "../clv/predict";
import { CLV_DAYS_PER_UNIT, ClvTimeUnit, clvDaysPerUnit } from "../clv/timeUnit";
import { CLV_REPORT_SETTINGS } from "../reports/clvReport";
import { ClvSqlOptions, checkClvOptions } from "./clvOptions";
import { clvHeader } from "./clvSql";
import { clvSteps } from "./clvSteps";
import { bgNbdAliveSql, bgNbdBracketSql } from "./bgNbdSql";
import { paretoNbdAliveSteps, paretoNbdExpectedSql } from "./paretoNbdSql";
import { renderQuery } from "./render";

export interface ScoringSqlOptions extends ClvSqlOptions {
  readonly purchaseModel: BgNbdParams | ParetoNbdParams;
  readonly spendModel?: GammaGammaParams;
  /** Horizon of `expected_purchases`, in model units (default 52 weeks). */
  readonly horizon?: number;
  readonly clv?: {
    readonly periodUnit?: ClvTimeUnit;
    readonly periods?: number;
    readonly annualDiscountRate?: number;
    readonly margin?: number;
  };
}

const WHERE = "scoringSql";

export function scoringSql(options: ScoringSqlOptions): string {
  const o = checkClvOptions(options);
  const { d } = o;
  const n = d.num;
  const any = checkPurchaseModel(WHERE, options.purchaseModel);
  if (any.model !== "bgnbd" && any.model !== "pnbd") {
    throw invalidInput(
      WHERE,
      `The scoring SQL covers BG/NBD and Pareto/NBD fits (got a ${any.model} fit): score that model in the workbook.`,
      `评分 SQL 支持 BG/NBD 和 Pareto/NBD 的拟合结果（收到 ${any.model}）：请在工作簿中为该模型评分。`,
    );
  }
  const model = any;
  if (model.model === "bgnbd") checkBgNbdParams(WHERE, model);
  else checkParetoNbdParams(WHERE, model);
  const gg = options.spendModel ? checkGammaGammaParams(WHERE, options.spendModel) : undefined;
  const perModel = CLV_DAYS_PER_UNIT[o.clvUnit];
  const horizon = requirePositive(
    WHERE,
    { en: "The horizon", zh: "预测期" },
    options.horizon ?? (CLV_REPORT_SETTINGS.horizonWeeks * 7) / perModel,
  );
  const c = options.clv ?? {};
  const periodUnit = c.periodUnit ?? "months";
  const periodDays = clvDaysPerUnit(periodUnit, WHERE);
  const H = requireInteger(
    WHERE,
    { en: "The number of periods", zh: "期数" },
    c.periods ?? CLV_REPORT_SETTINGS.clvMonths,
    1,
    1200,
  );
  const rate = requireInRange(
    WHERE,
    { en: "The annual discount rate", zh: "年贴现率" },
    c.annualDiscountRate ?? CLV_REPORT_SETTINGS.annualDiscountRate,
    -0.999999,
    1e3,
  );
  const margin = requireInRange(
    WHERE,
    { en: "The margin", zh: "利润率" },
    c.margin ?? CLV_REPORT_SETTINGS.margin,
    0,
    1,
  );
  const delta = periodDays / perModel;
  const periodRate = Math.pow(1 + rate, periodDays / 365.25) - 1;
  const tMax = Math.max(horizon, H * delta);

  const steps = clvSteps(o);
  const spend = gg
    ? `CASE WHEN ${n(gg.p)} * xd + ${n(gg.q)} - 1 > 0 THEN ${n(gg.p)} * (${n(gg.gamma)} + xd * mean_repeat_spend) / (${n(gg.p)} * xd + ${n(gg.q)} - 1) END`
    : "CAST(NULL AS DOUBLE)".replace("DOUBLE", d.doubleType);
  const base = `SELECT DISTINCT x, ${d.double("x")} AS xd, t_x, t_cal FROM clv_customers`;
  if (model.model === "bgnbd") {
    steps.push({
      name: "alive",
      comment: `BG/NBD P(alive) (FHL 2008), once per distinct history (x, t_x, T).`,
      body: `SELECT b.*,\n  ${bgNbdAliveSql(d, model)} AS p_alive\nFROM (${base}) b`,
    });
  } else {
    const [logF, alive] = paretoNbdAliveSteps(d, model);
    steps.push({
      name: "pnbd_logf",
      comment:
        "Pareto/NBD, per distinct history (x, t_x, T): ln F(t_x) and ln F(T) of A₀ (Euler-transformed ₂F₁).",
      body: `SELECT b.*,\n${logF.replace(/^/gm, "  ")}\nFROM (${base}) b`,
    });
    steps.push({
      name: "alive",
      comment: "Pareto/NBD P(alive) (Fader & Hardie 2005 §5).",
      body: `SELECT f.*,\n  ${alive} AS p_alive\nFROM pnbd_logf f`,
    });
  }
  steps.push({
    name: "horizons",
    comment: `Horizons per history: k = 0…${H} periods of ${periodUnit} (${delta} ${o.clvUnit} each) and k = ${H + 1}, the forecast horizon ${horizon} ${o.clvUnit}.`,
    body: [
      "SELECT a.*, h.k,",
      `  CASE WHEN h.k <= ${H} THEN ${d.double("h.k")} * ${n(delta)} ELSE ${n(horizon)} END AS t`,
      "FROM alive a",
      `CROSS JOIN (SELECT k - 1 AS k FROM ${d.integers(H + 2, "ks", "k")}) h`,
    ].join("\n"),
  });
  const expected =
    model.model === "bgnbd"
      ? {
          inner: `SELECT h.*, t / (${n(model.alpha)} + t_cal) AS u, t / (${n(model.alpha)} + t_cal + t) AS z, ${n(model.r)} + xd AS m FROM horizons h`,
          e: `p_alive * ${bgNbdBracketSql(d, model, tMax)}`,
        }
      : { inner: "SELECT * FROM horizons", e: paretoNbdExpectedSql(d, model) };
  steps.push({
    name: "expected",
    comment: `Expected purchases E[Y(t) | x, t_x, T] at every horizon (${model.model === "bgnbd" ? "FHL 2005 eq. 10" : "Fader & Hardie 2005 §6"}).`,
    body: `SELECT x, t_x, t_cal, k, ${expected.e} AS e\nFROM (${expected.inner}) q`,
  });
  steps.push({
    name: "increments",
    comment: "Expected purchases within each period: E(kΔ) − E((k−1)Δ), never below 0.",
    body: `SELECT x, t_x, t_cal, k, e,\n  GREATEST(${n(0)}, e - LAG(e) OVER (PARTITION BY x, t_x, t_cal ORDER BY k)) AS purchases\nFROM expected`,
  });
  steps.push({
    name: "per_history",
    comment: `Per history: expected purchases in the horizon and the CLV over ${H} ${periodUnit}, discounted at ${periodRate} a period (${rate} a year), margin ${margin}.`,
    body: [
      "SELECT x, t_x, t_cal,",
      `  MAX(CASE WHEN k = ${H + 1} THEN e END) AS expected_purchases,`,
      `  SUM(CASE WHEN k BETWEEN 1 AND ${H} THEN purchases / POWER(${n(1 + periodRate)}, k) END) AS discounted_purchases`,
      "FROM increments",
      "GROUP BY x, t_x, t_cal",
    ].join("\n"),
  });
  const params =
    model.model === "bgnbd"
      ? `BG/NBD r=${model.r} alpha=${model.alpha} a=${model.a} b=${model.b}`
      : `Pareto/NBD r=${model.r} alpha=${model.alpha} s=${model.s} beta=${model.beta}`;
  const header = [
    ...clvHeader(o, "CLV scores per customer"),
    `${params}${gg ? `; Gamma-Gamma p=${gg.p} q=${gg.q} gamma=${gg.gamma}` : ""} (rates per ${o.clvUnit.replace(/s$/, "")}).`,
    `Forecast horizon ${horizon} ${o.clvUnit}; CLV ${H} ${periodUnit}, ${rate * 100}% a year, margin ${margin}.`,
  ];
  return renderQuery(
    header,
    steps,
    [
      `SELECT s.customer_id, s.customer_key, s.first_purchase, s.x, s.t_x, s.t_cal AS ${d.id("T")}, s.mean_repeat_spend,`,
      "  a.p_alive, p.expected_purchases, s.expected_spend,",
      `  ${n(margin)} * s.expected_spend * p.discounted_purchases AS clv`,
      `FROM (SELECT c.*, ${spend} AS expected_spend FROM (SELECT *, ${d.double("x")} AS xd FROM clv_customers) c) s`,
      "JOIN alive a ON a.x = s.x AND a.t_x = s.t_x AND a.t_cal = s.t_cal",
      "JOIN per_history p ON p.x = s.x AND p.t_x = s.t_x AND p.t_cal = s.t_cal",
    ].join("\n"),
  );
}
