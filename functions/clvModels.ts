/**
 * CLV models family: the probabilistic ("buy till you die") customer lifetime value models of
 * CRM_MODELS.md §3 — customer summary, BG/NBD, Pareto/NBD, Gamma-Gamma, the discounted forecast —
 * and the sBG retention model of §6. Thin wrappers: shape the Excel arguments, call the core in
 * src/clv, map failures to Excel errors.
 *
 * A fit spills a two-column parameter range (labels, values) whose first row names the model;
 * the per-customer functions read that range back (O(1) per cell, nothing is refitted). The
 * purchase-model ranges (CLV.BGNBD, CLV.PNBD) also carry a `unit` row: the time unit of t_x and
 * T the model was fitted on, which CLV.FORECAST needs to turn calendar periods into model time.
 */
import { describe, invalidInput } from "../src/index";
import {
  clvSummaryOfRows,
  clvExpectedPurchases,
  clvParamsFromRange,
  clvParamsToRange,
  clvProbabilityAlive,
  ClvModelName,
  ClvModelParams,
  ClvTimeUnit,
  CLV_TIME_UNIT_LABELS,
  discountedClv,
  fitBgNbd,
  fitGammaGamma,
  fitParetoNbd,
  fitSbg,
  gammaGammaExpectedSpend,
  sbgSurvival,
} from "../src/clv";
import { isoFromSerial } from "../src/dates";
import { cellNumber, flatCells, isBlank, numberArg, optionalNumberArg } from "./runtime/args";
import {
  dateOrderArg,
  dateSystemArg,
  notPurchasesNote,
  purchaseArgs,
  purchaseNote,
} from "./runtime/purchases";
import { unitArg } from "./runtime/choice";
import { optionalDateArg } from "./runtime/columns";
import { excel } from "./runtime/errors";
import { langArg } from "./runtime/lang";
import { numberRows } from "./runtime/numberRows";

const X = { en: "x", zh: "重复购买次数 x" };
const TX = { en: "t_x", zh: "最后一次重复购买时间 t_x" };
const T_AGE = { en: "T", zh: "客户年龄 T" };
const MEAN_SPEND = { en: "mean_spend", zh: "平均重复消费额 mean_spend" };

// ---- arguments -------------------------------------------------------------------------------

/** A parameter range as rows (a single cell arrives as a one-cell range). */
function rangeRows(v: unknown): unknown[][] {
  if (!Array.isArray(v)) return [[v]];
  return v.map((row) => (Array.isArray(row) ? row : [row]));
}

/** The fitted model of a parameter range, refusing other models' ranges (#VALUE!). */
function paramsArg<M extends ClvModelName>(
  v: unknown,
  accepted: readonly M[],
  fn: string,
): Extract<ClvModelParams, { model: M }> {
  return clvParamsFromRange(rangeRows(v), accepted, fn);
}

/** The `unit` row of a purchase-model range; weeks when the range has none (typed by hand). */
function rangeUnit(v: unknown): ClvTimeUnit {
  const row = rangeRows(v).find((r) => typeof r[0] === "string" && r[0].trim().toLowerCase() === "unit");
  return unitArg(row?.[1], { en: "The unit row of params", zh: "参数区域的 unit 行" }, "weeks");
}

/** A purchase-model fit as its spilled range: model, unit, parameters, LL. */
function purchaseRange(
  fit: ClvModelParams & { readonly logLikelihood: number },
  unit: ClvTimeUnit,
): (string | number)[][] {
  const [model, ...rest] = clvParamsToRange(fit);
  return [model as (string | number)[], ["unit", unit], ...rest];
}

function customerColumns(x: unknown, t_x: unknown, T: unknown): number[][] {
  return numberRows([
    { value: x, what: X },
    { value: t_x, what: TX },
    { value: T, what: T_AGE },
  ]);
}

// ---- customer summary ------------------------------------------------------------------------

function summaryHeader(unit: ClvTimeUnit, end: number, lang: "en" | "zh"): string[] {
  const u = CLV_TIME_UNIT_LABELS[unit][lang];
  const iso = isoFromSerial(end);
  return lang === "zh"
    ? ["客户编号", "x(重复购买次数)", `t_x(${u})`, `T(${u},截至 ${iso})`, "平均重复消费额"]
    : ["customer", "x (repeat purchases)", `t_x (${u})`, `T (${u} to ${iso})`, "mean repeat spend"];
}

/**
 * Customer summary for the CLV models: one row per customer with x (repeat purchase days), t_x (time of the last repeat purchase since the first purchase), T (age at the calibration end) and mean repeat spend.
 * @customfunction CLV.SUMMARY
 * @param customer_ids Column of customer ids, one row per purchase (trimmed, case-insensitive as MATCH: "C001" and "c001 " are one customer; 17 and "17" too).
 * @param dates Column of purchase dates, same rows: date cells, serial numbers or text such as 1997-01-18. Purchases on the same day are one purchase.
 * @param amounts Column of purchase amounts, same rows (text such as "1,234.50" or "¥88" is read). Rows with an amount ≤ 0 (refunds) are not purchases: they are counted in the note row, not in x.
 * @param [calibration_end] Last day of the calibration period (inclusive); later rows are not used (counted in the note row) and customers whose first purchase is later are left out. Default: the latest date in the data.
 * @param [unit] Time unit of t_x and T: "days", "weeks" (default) or "months" (30.4375 days). Fit and use the models in this unit.
 * @param [lang] Language of the header row: "en" or "zh"; default the Office display language.
 * @param [date_system] The workbook's date system for date serials: 1900 (default) or 1904.
 * @param [date_order] How to read text dates like 03/04/2024: "dmy", "mdy" or "ymd"; default inferred from the column.
 * @returns A spilled table with a header row (which states the unit and the calibration end): customer, x, t_x, T, mean repeat spend (0 when x = 0), customers in order of first appearance; then, when rows were not used or ids merged, a last row starting "Note:" with the count and the first three row numbers and reasons. Feed the x, t_x, T columns (without the header and note) to CLV.BGNBD or CLV.PNBD. #NUM! when a customer's spend adds up beyond 1.8e308.
 * @helpurl https://localhost:3000/help/functions.html#CLV.SUMMARY
 */
export function clvSummary(
  customer_ids: unknown[][],
  dates: unknown[][],
  amounts: unknown[][],
  calibration_end: unknown,
  unit: unknown,
  lang: unknown,
  date_system: unknown,
  date_order: unknown,
): any[][] {
  return excel("CLV.SUMMARY", () => {
    const language = langArg(lang);
    const u = unitArg(unit, { en: "unit", zh: "时间单位 unit" }, "weeks");
    const dateSystem = dateSystemArg(date_system);
    const dateOrder = dateOrderArg(date_order);
    const end = optionalDateArg(
      calibration_end,
      { en: "calibration_end", zh: "校准期结束日 calibration_end" },
      { dateSystem, order: dateOrder },
    );
    const rows = purchaseArgs({ ids: customer_ids, dates, amounts, asOf: end, dateSystem, dateOrder });
    const s = clvSummaryOfRows(rows, { unit: u, calibrationEnd: end });
    const out: (string | number)[][] = [summaryHeader(s.unit, s.calibrationEnd, language)];
    for (const c of s.customers) out.push([c.id, c.x, c.tx, c.T, c.meanRepeatSpend]);
    const note = purchaseNote(rows, 5, language, notPurchasesNote(rows));
    if (note) out.push(note);
    return out;
  });
}

// ---- fits ------------------------------------------------------------------------------------

/**
 * Fits the BG/NBD purchase model (Fader, Hardie & Lee 2005) by maximum likelihood to a customer summary; spills its parameter range for CLV.PALIVE, CLV.PURCHASES and CLV.FORECAST.
 * @customfunction CLV.BGNBD
 * @param x Column of repeat purchase counts per customer, whole numbers ≥ 0 (the x column of CLV.SUMMARY, without its header).
 * @param t_x Column of times of the last repeat purchase since the first purchase, same rows, 0 ≤ t_x ≤ T (0 when x = 0).
 * @param T Column of customer ages (first purchase to the calibration end), same rows, ≥ 0, in the same unit as t_x.
 * @param [unit] The time unit of t_x and T: "days", "weeks" (default, as CLV.SUMMARY) or "months". Written into the range for CLV.FORECAST; it does not change the fit.
 * @returns A spilled 7×2 range: model (bgnbd), unit, r, alpha, a, b, LL (maximised log-likelihood). Pass it whole (e.g. $H$2:$I$8) to the per-customer functions. #NUM! when no customer repeats or the fit does not converge.
 * @helpurl https://localhost:3000/help/functions.html#CLV.BGNBD
 */
export function clvBgnbd(x: unknown[][], t_x: unknown[][], T: unknown[][], unit: unknown): any[][] {
  return excel("CLV.BGNBD", () => {
    const u = unitArg(unit, { en: "unit", zh: "时间单位 unit" }, "weeks");
    const [xs, txs, Ts] = customerColumns(x, t_x, T) as [number[], number[], number[]];
    return purchaseRange(fitBgNbd(xs, txs, Ts), u);
  });
}

/**
 * Fits the Pareto/NBD purchase model (Schmittlein, Morrison & Colombo 1987) by maximum likelihood; spills its parameter range for CLV.PALIVE, CLV.PURCHASES and CLV.FORECAST.
 * @customfunction CLV.PNBD
 * @param x Column of repeat purchase counts per customer, whole numbers ≥ 0 (the x column of CLV.SUMMARY, without its header).
 * @param t_x Column of times of the last repeat purchase since the first purchase, same rows, 0 ≤ t_x ≤ T (0 when x = 0).
 * @param T Column of customer ages (first purchase to the calibration end), same rows, ≥ 0, in the same unit as t_x.
 * @param [unit] The time unit of t_x and T: "days", "weeks" (default, as CLV.SUMMARY) or "months". Written into the range for CLV.FORECAST; it does not change the fit.
 * @returns A spilled 7×2 range: model (pnbd), unit, r, alpha, s, beta, LL. Slower to fit than CLV.BGNBD (about a second for 2,000 customers). #NUM! when no customer repeats or the fit does not converge.
 * @helpurl https://localhost:3000/help/functions.html#CLV.PNBD
 */
export function clvPnbd(x: unknown[][], t_x: unknown[][], T: unknown[][], unit: unknown): any[][] {
  return excel("CLV.PNBD", () => {
    const u = unitArg(unit, { en: "unit", zh: "时间单位 unit" }, "weeks");
    const [xs, txs, Ts] = customerColumns(x, t_x, T) as [number[], number[], number[]];
    return purchaseRange(fitParetoNbd(xs, txs, Ts), u);
  });
}

/**
 * Fits the Gamma-Gamma model of spend per purchase (Fader & Hardie 2013) to the repeat customers; spills its parameter range for CLV.SPEND and CLV.FORECAST.
 * @customfunction CLV.GGFIT
 * @param x Column of repeat purchase counts per customer, whole numbers ≥ 0; customers with x = 0 are skipped (they carry no spend information), so the whole summary can be passed.
 * @param mean_spend Column of mean spend of the repeat purchases, same rows, > 0 when x > 0 (the mean repeat spend column of CLV.SUMMARY). The model assumes spend does not depend on x: check CORREL(x, mean_spend) is near 0.
 * @returns A spilled 5×2 range: model (gammagamma), p, q, gamma, LL. #NUM! with fewer than 2 repeat customers or when the fit does not converge.
 * @helpurl https://localhost:3000/help/functions.html#CLV.GGFIT
 */
export function clvGgfit(x: unknown[][], mean_spend: unknown[][]): any[][] {
  return excel("CLV.GGFIT", () => {
    const [xs, zs] = numberRows([
      { value: x, what: X },
      { value: mean_spend, what: MEAN_SPEND },
    ]) as [number[], number[]];
    return clvParamsToRange(fitGammaGamma(xs, zs));
  });
}

// ---- per-customer predictions ----------------------------------------------------------------

/**
 * Probability that a customer is still active (has not dropped out), from a fitted BG/NBD or Pareto/NBD model and the customer's history.
 * @customfunction CLV.PALIVE
 * @param params The parameter range spilled by CLV.BGNBD or CLV.PNBD (two columns, labels and values; use $ to fix it when filling down). Another model's range is #VALUE!.
 * @param x The customer's repeat purchases, a whole number ≥ 0.
 * @param t_x Time of the customer's last repeat purchase since the first, 0 ≤ t_x ≤ T (0 when x = 0), in the unit of the fit (the range's unit row).
 * @param T The customer's age (first purchase to the calibration end), ≥ 0, same unit.
 * @returns The probability, 0 to 1 (1 for a customer without repeat purchases under BG/NBD).
 * @helpurl https://localhost:3000/help/functions.html#CLV.PALIVE
 */
export function clvPalive(params: unknown[][], x: unknown, t_x: unknown, T: unknown): number {
  return excel("CLV.PALIVE", () =>
    clvProbabilityAlive(
      paramsArg(params, ["bgnbd", "pnbd"], "CLV.PALIVE"),
      numberArg(x, X),
      numberArg(t_x, TX),
      numberArg(T, T_AGE),
    ),
  );
}

/**
 * Expected number of purchases of a customer in the next t periods, given the customer's history, from a fitted BG/NBD or Pareto/NBD model.
 * @customfunction CLV.PURCHASES
 * @param params The parameter range spilled by CLV.BGNBD or CLV.PNBD (two columns; use $ to fix it when filling down). Another model's range is #VALUE!.
 * @param t Length of the future period, ≥ 0, in the unit of the fit (the range's unit row; e.g. 39 for 39 weeks).
 * @param x The customer's repeat purchases, a whole number ≥ 0.
 * @param t_x Time of the customer's last repeat purchase since the first, 0 ≤ t_x ≤ T (0 when x = 0), in the unit of the fit.
 * @param T The customer's age (first purchase to the calibration end), ≥ 0, same unit.
 * @returns The expected number of purchases (repeat purchase days) in (T, T + t].
 * @helpurl https://localhost:3000/help/functions.html#CLV.PURCHASES
 */
export function clvPurchases(params: unknown[][], t: unknown, x: unknown, t_x: unknown, T: unknown): number {
  return excel("CLV.PURCHASES", () =>
    clvExpectedPurchases(
      paramsArg(params, ["bgnbd", "pnbd"], "CLV.PURCHASES"),
      numberArg(t, { en: "t", zh: "预测期 t" }),
      numberArg(x, X),
      numberArg(t_x, TX),
      numberArg(T, T_AGE),
    ),
  );
}

/**
 * Expected spend per future purchase of a customer (Gamma-Gamma): a weighted mean of the customer's own mean repeat spend and the population mean, more weight on the customer's the more purchases.
 * @customfunction CLV.SPEND
 * @param gg_params The parameter range spilled by CLV.GGFIT (two columns; use $ to fix it when filling down). Another model's range is #VALUE!.
 * @param x The customer's repeat purchases, a whole number ≥ 0 (0 gives the population mean p·gamma/(q − 1)).
 * @param mean_spend The customer's mean repeat spend, > 0 when x > 0 (ignored when x = 0; 0 is fine then).
 * @returns The expected spend per purchase, in the currency of mean_spend. #NUM! when p·x + q ≤ 1 (no finite mean).
 * @helpurl https://localhost:3000/help/functions.html#CLV.SPEND
 */
export function clvSpend(gg_params: unknown[][], x: unknown, mean_spend: unknown): number {
  return excel("CLV.SPEND", () =>
    gammaGammaExpectedSpend(
      paramsArg(gg_params, ["gammagamma"], "CLV.SPEND"),
      numberArg(x, X),
      numberArg(mean_spend, MEAN_SPEND),
    ),
  );
}

/**
 * Discounted customer lifetime value over a horizon: Σ margin × expected spend × expected purchases of period k ÷ (1 + i)^k, periods discounted at their end as in Excel's NPV.
 * @customfunction CLV.FORECAST
 * @param params The parameter range spilled by CLV.BGNBD or CLV.PNBD (its unit row gives the unit of t_x and T; a range without one is read as weeks).
 * @param gg_params The parameter range spilled by CLV.GGFIT, for the expected spend per purchase.
 * @param x The customer's repeat purchases, a whole number ≥ 0.
 * @param t_x Time of the customer's last repeat purchase since the first, 0 ≤ t_x ≤ T, in the unit of the fit.
 * @param T The customer's age (first purchase to the calibration end), ≥ 0, same unit.
 * @param mean_spend The customer's mean repeat spend, > 0 when x > 0 (ignored when x = 0).
 * @param [horizon] Number of cash-flow periods, a whole number from 1 to 1200; default 12.
 * @param [annual_discount] Discount rate per YEAR (0.1 or 10%), converted to the period as (1 + d)^(days per period / 365.25) − 1; default 0.1. Not a per-period rate, unlike CLV.RETENTION.
 * @param [unit] The cash-flow period: "days", "weeks" or "months" (default); with the defaults the horizon is 12 months.
 * @param [margin] Profit margin on revenue, 0 to 1; default 1 (the result is then discounted revenue).
 * @returns The customer's discounted lifetime value over the horizon, in the currency of mean_spend.
 * @helpurl https://localhost:3000/help/functions.html#CLV.FORECAST
 */
export function clvForecast(
  params: unknown[][],
  gg_params: unknown[][],
  x: unknown,
  t_x: unknown,
  T: unknown,
  mean_spend: unknown,
  horizon: unknown,
  annual_discount: unknown,
  unit: unknown,
  margin: unknown,
): number {
  return excel("CLV.FORECAST", () => {
    const model = paramsArg(params, ["bgnbd", "pnbd"], "CLV.FORECAST");
    const modelUnit = rangeUnit(params);
    const gg = paramsArg(gg_params, ["gammagamma"], "CLV.FORECAST");
    const xv = numberArg(x, X);
    const customer = { x: xv, tx: numberArg(t_x, TX), T: numberArg(T, T_AGE) };
    const spend = gammaGammaExpectedSpend(gg, xv, numberArg(mean_spend, MEAN_SPEND));
    return discountedClv(model, spend, customer, {
      modelUnit,
      periodUnit: unitArg(unit, { en: "unit", zh: "现金流周期 unit" }, "months"),
      periods: optionalNumberArg(horizon, { en: "horizon", zh: "预测期数 horizon" }, 12),
      annualDiscountRate: optionalNumberArg(
        annual_discount,
        { en: "annual_discount", zh: "年折现率 annual_discount" },
        0.1,
      ),
      margin: optionalNumberArg(margin, { en: "margin", zh: "利润率 margin" }, 1),
    }).clv;
  });
}

// ---- sBG retention ---------------------------------------------------------------------------

/**
 * Fits the shifted-beta-geometric retention model (Fader & Hardie 2007) to a cohort's survivor counts; spills its parameter range for CHURN.SURVIVAL.
 * @customfunction CHURN.SBG
 * @param survivors Customers of one cohort still active at the start of periods 0, 1, 2, … (first the cohort size), one column or row, whole numbers that never increase; at least two. Blank cells at the end are ignored; a blank between counts is #VALUE!.
 * @returns A spilled 4×2 range: model (sbg), alpha, beta, LL. Churn per period varies across customers as beta(alpha, beta). #NUM! when nobody churned or the fit does not converge.
 * @helpurl https://localhost:3000/help/functions.html#CHURN.SBG
 */
export function churnSbg(survivors: unknown[][]): any[][] {
  return excel("CHURN.SBG", () => {
    const what = { en: "survivors", zh: "留存人数 survivors" };
    const cells = flatCells(survivors, what);
    let n = cells.length;
    while (n > 0 && isBlank(cells[n - 1])) n--;
    const counts = cells.slice(0, n).map((c, i) => {
      const v = isBlank(c) ? undefined : cellNumber(c);
      if (v === undefined) {
        throw invalidInput(
          "args",
          `survivors: item ${i + 1} must be a number (no blank between counts), got ${describe(c)}.`,
          `留存人数 survivors:第 ${i + 1} 项必须是数字(计数之间不能有空白),收到的是 ${describe(c)}。`,
        );
      }
      return v;
    });
    return clvParamsToRange(fitSbg(counts));
  });
}

/**
 * Projected share of a cohort still active after t periods under a fitted sBG model: S(t) = B(alpha, beta + t) / B(alpha, beta).
 * @customfunction CHURN.SURVIVAL
 * @param params The parameter range spilled by CHURN.SBG (two columns; use $ to fix it when filling down). Another model's range is #VALUE!.
 * @param t Number of periods since the start of the cohort, a whole number ≥ 0 (S(0) = 1); periods as in the survivor counts.
 * @returns The share still active, 0 to 1 (multiply by the cohort size for a count).
 * @helpurl https://localhost:3000/help/functions.html#CHURN.SURVIVAL
 */
export function churnSurvival(params: unknown[][], t: unknown): number {
  return excel("CHURN.SURVIVAL", () =>
    sbgSurvival(paramsArg(params, ["sbg"], "CHURN.SURVIVAL"), numberArg(t, { en: "t", zh: "期数 t" })),
  );
}
