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
import { Bilingual, describe, invalidInput } from "../src/index";
import { choiceArg } from "./runtime/choice";
import {
  clvSummaryOfRows,
  clvExpectedPurchases,
  clvParamsFromRange,
  clvParamsToRange,
  clvProbabilityAlive,
  ClvModelName,
  ClvModelParams,
  ClvPeriod,
  ClvTimeUnit,
  CLV_TIME_UNIT_LABELS,
  clvCompareModels,
  clvCovarianceFromRange,
  clvDaysPerUnit,
  clvDert,
  clvHoldoutCheck,
  clvNewCustomerExpected,
  clvNewCustomerPmf,
  continuousDiscountRate,
  discountedClv,
  discountedClvInterval,
  fitBgbb,
  fitBgNbd,
  fitGammaGamma,
  fitMbgNbd,
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
import { displayLang, langArg } from "./runtime/lang";
import { numberRows } from "./runtime/numberRows";

const X = { en: "x", zh: "重复购买次数 x" };
const PURCHASE_MODELS = ["bgnbd", "mbgnbd", "pnbd", "bgbb"] as const;
const CONTINUOUS_MODELS = ["bgnbd", "mbgnbd", "pnbd"] as const;
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

/** A period: a unit name or a length in days (7, 30.4375, 91.3125, 28 …). */
function periodArg(v: unknown, what: Bilingual, fallback: ClvPeriod): ClvPeriod {
  const days =
    typeof v === "number" || (typeof v === "string" && cellNumber(v) !== undefined)
      ? cellNumber(v)
      : undefined;
  if (days === undefined) {
    return isBlank(v) ? fallback : unitArg(v, what, typeof fallback === "number" ? "weeks" : fallback);
  }
  clvDaysPerUnit(days, "args");
  return days;
}

/** The `unit` row of a purchase-model range; weeks when the range has none (typed by hand). */
function rangeUnit(v: unknown): ClvPeriod {
  const row = rangeRows(v).find((r) => typeof r[0] === "string" && r[0].trim().toLowerCase() === "unit");
  return periodArg(row?.[1], { en: "The unit row of params", zh: "参数区域的 unit 行" }, "weeks");
}

/** A purchase-model fit as its spilled range: model, unit, parameters, LL, uncertainty columns. */
function purchaseRange(
  fit: ClvModelParams & { readonly logLikelihood: number; readonly covariance: number[][] | null },
  unit: ClvPeriod,
): (string | number)[][] {
  const [model, ...rest] = clvParamsToRange(fit);
  const width = (model as unknown[]).length;
  const unitRow: (string | number)[] = ["unit", unit, ...new Array<string>(width - 2).fill("")];
  return [model as (string | number)[], unitRow, ...rest];
}

const PENALTY = { en: "penalty", zh: "惩罚系数 penalty" };

/** The optional L2 penalty of a fit (default 0). */
function penaltyArg(v: unknown): number {
  return optionalNumberArg(v, PENALTY, 0);
}

/** CLV.BGNBD, CLV.MBGNBD and CLV.PNBD: the three columns, the unit and the penalty read once, one fit, one range. */
function fitToRange(
  fit: (
    x: number[],
    tx: number[],
    T: number[],
    options: { penalty: number },
  ) => ClvModelParams & { readonly logLikelihood: number; readonly covariance: number[][] | null },
  x: unknown,
  t_x: unknown,
  T: unknown,
  unit: unknown,
  penalty: unknown,
): (string | number)[][] {
  const u = periodArg(unit, { en: "unit", zh: "时间单位 unit" }, "weeks");
  const [xs, txs, Ts] = customerColumns(x, t_x, T) as [number[], number[], number[]];
  return purchaseRange(fit(xs, txs, Ts, { penalty: penaltyArg(penalty) }), u);
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
 * @param [unit] The time unit of t_x and T: "days", "weeks" (default, as CLV.SUMMARY), "months", or a period length in days (e.g. 91.3125 for quarters, 28). Written into the range for CLV.FORECAST; it does not change the fit.
 * @param [penalty] L2 penalty λ ≥ 0 as in lifetimes: λ × (r² + alpha² + a² + b²) is added to the mean negative log-likelihood, pulling a fit that runs off back; default 0 (plain maximum likelihood). alpha is in the time unit, so the same λ weighs differently in days and weeks.
 * @returns A spilled 7×9 range: column 1 the labels model (bgnbd), unit, r, alpha, a, b, LL (maximised log-likelihood), column 2 their values; columns 3–9 (headed on the model row) the standard error, lower and upper 95% bound of each parameter and its row of the covariance matrix (observed information). Pass it whole (e.g. $H$2:$P$8, or the first two columns) to the per-customer functions. #NUM! when no customer repeats or the fit does not converge.
 * @helpurl https://localhost:3000/help/functions.html#CLV.BGNBD
 */
export function clvBgnbd(
  x: unknown[][],
  t_x: unknown[][],
  T: unknown[][],
  unit: unknown,
  penalty: unknown,
): any[][] {
  return excel("CLV.BGNBD", () => fitToRange(fitBgNbd, x, t_x, T, unit, penalty));
}

/**
 * Fits the modified BG/NBD purchase model (Batislam, Denizel & Filiztekin 2007) by maximum likelihood: as BG/NBD, but a customer may also drop out right after the first purchase, so one without repeat purchases is not surely alive. Spills its parameter range for CLV.PALIVE, CLV.PURCHASES and CLV.FORECAST.
 * @customfunction CLV.MBGNBD
 * @param x Column of repeat purchase counts per customer, whole numbers ≥ 0 (the x column of CLV.SUMMARY, without its header).
 * @param t_x Column of times of the last repeat purchase since the first purchase, same rows, 0 ≤ t_x ≤ T (0 when x = 0).
 * @param T Column of customer ages (first purchase to the calibration end), same rows, ≥ 0, in the same unit as t_x.
 * @param [unit] The time unit of t_x and T: "days", "weeks" (default), "months", or a period length in days. Written into the range for CLV.FORECAST; it does not change the fit.
 * @param [penalty] L2 penalty λ ≥ 0 as in lifetimes: λ × (r² + alpha² + a² + b²) added to the mean negative log-likelihood; default 0.
 * @returns A spilled 7×9 range laid out as CLV.BGNBD's: model (mbgnbd), unit, r, alpha, a, b, LL, then standard errors, 95% bounds and the covariance. #NUM! when no customer repeats or the fit does not converge.
 * @helpurl https://localhost:3000/help/functions.html#CLV.MBGNBD
 */
export function clvMbgnbd(
  x: unknown[][],
  t_x: unknown[][],
  T: unknown[][],
  unit: unknown,
  penalty: unknown,
): any[][] {
  return excel("CLV.MBGNBD", () => fitToRange(fitMbgNbd, x, t_x, T, unit, penalty));
}

/**
 * Fits the BG/BB model (Fader, Hardie & Shang 2010) for purchases at discrete opportunities (a yearly donation, an annual event, a renewal date): at each opportunity an alive customer buys with probability p, and may die before the next with probability θ. Spills its parameter range for CLV.PALIVE and CLV.PURCHASES.
 * @customfunction CLV.BGBB
 * @param x Column of purchases in the n opportunities after the first purchase, whole numbers 0 ≤ x ≤ t_x.
 * @param t_x Column of the opportunity of the last purchase (1…n; 0 when x = 0), same rows.
 * @param n Column of opportunities observed after the first purchase, whole numbers ≥ t_x, same rows.
 * @param [weights] Column of how many customers share each row's history (e.g. 3464 donors with x = 0); default 1 each. A weighted row is the same as that many identical rows.
 * @param [penalty] L2 penalty λ ≥ 0 as in lifetimes: λ × (alpha² + beta² + gamma² + delta²) added to the mean negative log-likelihood; default 0.
 * @returns A spilled 6×9 range: model (bgbb), alpha, beta (purchase probability ~ beta(alpha, beta)), gamma, delta (dropout probability ~ beta(gamma, delta)), LL; then standard errors, 95% bounds and the covariance. #NUM! when nobody repeats or the fit does not converge.
 * @helpurl https://localhost:3000/help/functions.html#CLV.BGBB
 */
export function clvBgbb(
  x: unknown[][],
  t_x: unknown[][],
  n: unknown[][],
  weights?: unknown[][],
  penalty?: unknown,
): any[][] {
  return excel("CLV.BGBB", () => {
    const what = { en: "n", zh: "购买机会数 n" };
    const cols: { value: unknown; what: Bilingual }[] = [
      { value: x, what: X },
      { value: t_x, what: TX },
      { value: n, what },
    ];
    const withWeights = weights !== null && weights !== undefined;
    if (withWeights) cols.push({ value: weights, what: { en: "weights", zh: "权重 weights" } });
    const [xs, txs, ns, ws] = numberRows(cols) as [number[], number[], number[], number[] | undefined];
    return clvParamsToRange(
      fitBgbb(xs, txs, ns, { weights: withWeights ? ws : undefined, penalty: penaltyArg(penalty) }),
    );
  });
}

/**
 * Fits the Pareto/NBD purchase model (Schmittlein, Morrison & Colombo 1987) by maximum likelihood; spills its parameter range for CLV.PALIVE, CLV.PURCHASES and CLV.FORECAST.
 * @customfunction CLV.PNBD
 * @param x Column of repeat purchase counts per customer, whole numbers ≥ 0 (the x column of CLV.SUMMARY, without its header).
 * @param t_x Column of times of the last repeat purchase since the first purchase, same rows, 0 ≤ t_x ≤ T (0 when x = 0).
 * @param T Column of customer ages (first purchase to the calibration end), same rows, ≥ 0, in the same unit as t_x.
 * @param [unit] The time unit of t_x and T: "days", "weeks" (default, as CLV.SUMMARY), "months", or a period length in days. Written into the range for CLV.FORECAST; it does not change the fit.
 * @param [penalty] L2 penalty λ ≥ 0 added to the mean negative log-likelihood; default 0.
 * @returns A spilled 7×9 range laid out as CLV.BGNBD's: model (pnbd), unit, r, alpha, s, beta, LL, then standard errors, 95% bounds and the covariance. Slower to fit than CLV.BGNBD (about a second for 2,000 customers). #NUM! when no customer repeats or the fit does not converge.
 * @helpurl https://localhost:3000/help/functions.html#CLV.PNBD
 */
export function clvPnbd(
  x: unknown[][],
  t_x: unknown[][],
  T: unknown[][],
  unit: unknown,
  penalty: unknown,
): any[][] {
  return excel("CLV.PNBD", () => fitToRange(fitParetoNbd, x, t_x, T, unit, penalty));
}

/**
 * Fits the Gamma-Gamma model of spend per purchase (Fader & Hardie 2013) to the repeat customers; spills its parameter range for CLV.SPEND and CLV.FORECAST.
 * @customfunction CLV.GGFIT
 * @param x Column of repeat purchase counts per customer, whole numbers ≥ 0; customers with x = 0 are skipped (they carry no spend information), so the whole summary can be passed.
 * @param mean_spend Column of mean spend of the repeat purchases, same rows, > 0 when x > 0 (the mean repeat spend column of CLV.SUMMARY). The model assumes spend does not depend on x: check CORREL(x, mean_spend) is near 0.
 * @param [penalty] L2 penalty λ ≥ 0 as in lifetimes: λ × (p² + q² + gamma²) added to the mean negative log-likelihood; default 0.
 * @returns A spilled 5×8 range: model (gammagamma), p, q, gamma, LL in the first two columns; then the standard error, lower and upper 95% bound and covariance row of each parameter. #NUM! with fewer than 2 repeat customers or when the fit does not converge.
 * @helpurl https://localhost:3000/help/functions.html#CLV.GGFIT
 */
export function clvGgfit(x: unknown[][], mean_spend: unknown[][], penalty: unknown): any[][] {
  return excel("CLV.GGFIT", () => {
    const [xs, zs] = numberRows([
      { value: x, what: X },
      { value: mean_spend, what: MEAN_SPEND },
    ]) as [number[], number[]];
    return clvParamsToRange(fitGammaGamma(xs, zs, { penalty: penaltyArg(penalty) }));
  });
}

// ---- per-customer predictions ----------------------------------------------------------------

/**
 * Probability that a customer is still active (has not dropped out), from a fitted BG/NBD, MBG/NBD, Pareto/NBD or BG/BB model and the customer's history.
 * @customfunction CLV.PALIVE
 * @param params The parameter range spilled by CLV.BGNBD, CLV.MBGNBD, CLV.PNBD or CLV.BGBB (its model row says which; at least the first two columns; use $ to fix it when filling down). Another model's range is #VALUE!.
 * @param x The customer's repeat purchases, a whole number ≥ 0.
 * @param t_x Time of the customer's last repeat purchase since the first, 0 ≤ t_x ≤ T (0 when x = 0), in the unit of the fit (the range's unit row); for BG/BB the opportunity of the last purchase.
 * @param T The customer's age (first purchase to the calibration end), ≥ 0, same unit; for BG/BB the number of opportunities n observed.
 * @returns The probability, 0 to 1 (1 for a customer without repeat purchases under BG/NBD; for BG/BB the probability of being alive at the next opportunity, n + 1).
 * @helpurl https://localhost:3000/help/functions.html#CLV.PALIVE
 */
export function clvPalive(params: unknown[][], x: unknown, t_x: unknown, T: unknown): number {
  return excel("CLV.PALIVE", () =>
    clvProbabilityAlive(
      paramsArg(params, PURCHASE_MODELS, "CLV.PALIVE"),
      numberArg(x, X),
      numberArg(t_x, TX),
      numberArg(T, T_AGE),
    ),
  );
}

/**
 * Expected number of purchases of a customer in the next t periods, given the customer's history, from a fitted BG/NBD, MBG/NBD, Pareto/NBD or BG/BB model.
 * @customfunction CLV.PURCHASES
 * @param params The parameter range spilled by CLV.BGNBD, CLV.MBGNBD, CLV.PNBD or CLV.BGBB (at least its first two columns; use $ to fix it when filling down). Another model's range is #VALUE!.
 * @param t Length of the future period, ≥ 0, in the unit of the fit (the range's unit row; e.g. 39 for 39 weeks); for BG/BB a whole number of future opportunities.
 * @param x The customer's repeat purchases, a whole number ≥ 0.
 * @param t_x Time of the customer's last repeat purchase since the first, 0 ≤ t_x ≤ T (0 when x = 0), in the unit of the fit; for BG/BB the opportunity of the last purchase.
 * @param T The customer's age (first purchase to the calibration end), ≥ 0, same unit; for BG/BB the opportunities n observed.
 * @returns The expected number of purchases (repeat purchase days) in (T, T + t].
 * @helpurl https://localhost:3000/help/functions.html#CLV.PURCHASES
 */
export function clvPurchases(params: unknown[][], t: unknown, x: unknown, t_x: unknown, T: unknown): number {
  return excel("CLV.PURCHASES", () =>
    clvExpectedPurchases(
      paramsArg(params, PURCHASE_MODELS, "CLV.PURCHASES"),
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
 * Discounted customer lifetime value over a horizon: Σ margin × expected spend × expected purchases of period k ÷ (1 + i)^k, periods discounted at their end as in Excel's NPV. With an interval level, a bound of a seeded interval from the parameters' uncertainty instead.
 * @customfunction CLV.FORECAST
 * @param params The parameter range spilled by CLV.BGNBD, CLV.MBGNBD or CLV.PNBD (its unit row gives the unit of t_x and T; a range without one is read as weeks). For an interval, the whole spilled range (with its cov columns).
 * @param gg_params The parameter range spilled by CLV.GGFIT, for the expected spend per purchase.
 * @param x The customer's repeat purchases, a whole number ≥ 0.
 * @param t_x Time of the customer's last repeat purchase since the first, 0 ≤ t_x ≤ T, in the unit of the fit.
 * @param T The customer's age (first purchase to the calibration end), ≥ 0, same unit.
 * @param mean_spend The customer's mean repeat spend, > 0 when x > 0 (ignored when x = 0).
 * @param [horizon] Number of cash-flow periods, a whole number from 1 to 1200; default 12.
 * @param [annual_discount] Discount rate per YEAR (0.1 or 10%), converted to the period as (1 + d)^(days per period / 365.25) − 1; default 0.1. Not a per-period rate, unlike CLV.RETENTION.
 * @param [unit] The cash-flow period: "days", "weeks", "months" (default) or a period length in days (e.g. 91.3125 for quarters, 28); with the defaults the horizon is 12 months.
 * @param [margin] Profit margin on revenue, 0 to 1; default 1 (the result is then discounted revenue).
 * @param [interval] Interval level between 0 and 1 (e.g. 0.9 or 90%): return a bound of the interval of the CLV over 200 parameter draws from the fits' covariance (ln of the parameters normal; Gamma-Gamma drawn too when gg_params has its cov columns). Default: no interval, the point forecast.
 * @param [bound] Which bound of the interval: "lower" (default) or "upper". Use two cells, one per bound, with the same seed.
 * @param [seed] Seed of the draws, a whole number; default 1. The same seed gives the same interval.
 * @returns The customer's discounted lifetime value over the horizon (or the chosen interval bound), in the currency of mean_spend.
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
  interval: unknown,
  bound: unknown,
  seed: unknown,
): number {
  return excel("CLV.FORECAST", () => {
    const model = paramsArg(params, CONTINUOUS_MODELS, "CLV.FORECAST");
    const modelUnit = rangeUnit(params);
    const gg = paramsArg(gg_params, ["gammagamma"], "CLV.FORECAST");
    const xv = numberArg(x, X);
    const customer = { x: xv, tx: numberArg(t_x, TX), T: numberArg(T, T_AGE) };
    const meanSpend = numberArg(mean_spend, MEAN_SPEND);
    const options = {
      modelUnit,
      periodUnit: periodArg(unit, { en: "unit", zh: "现金流周期 unit" }, "months"),
      periods: optionalNumberArg(horizon, { en: "horizon", zh: "预测期数 horizon" }, 12),
      annualDiscountRate: optionalNumberArg(
        annual_discount,
        { en: "annual_discount", zh: "年折现率 annual_discount" },
        0.1,
      ),
      margin: optionalNumberArg(margin, { en: "margin", zh: "利润率 margin" }, 1),
    };
    if (isBlank(interval)) {
      if (!isBlank(bound) || !isBlank(seed)) {
        throw invalidInput(
          "args",
          "bound and seed apply to an interval: give the interval level too (e.g. 0.9).",
          "bound 和 seed 只用于区间：请同时给出区间水平 interval（如 0.9）。",
        );
      }
      const spend = gammaGammaExpectedSpend(gg, xv, meanSpend);
      return discountedClv(model, spend, customer, options).clv;
    }
    const covariance = clvCovarianceFromRange(rangeRows(params), model.model);
    if (!covariance) {
      throw invalidInput(
        "args",
        "An interval needs the covariance of the fit: pass the whole range spilled by the fit (with its cov columns), not only its first two columns.",
        "区间需要拟合的协方差：请传入拟合函数输出的整个区域（包含 cov 列），而不只是前两列。",
      );
    }
    const which = choiceArg(bound, { en: "bound", zh: "区间端点 bound" }, BOUNDS, "lower");
    const r = discountedClvInterval(
      { params: model, covariance },
      { params: gg, covariance: clvCovarianceFromRange(rangeRows(gg_params), "gammagamma"), meanSpend },
      customer,
      options,
      {
        level: numberArg(interval, { en: "interval", zh: "区间水平 interval" }),
        seed: optionalNumberArg(seed, { en: "seed", zh: "随机种子 seed" }, 1),
      },
    );
    return r[which];
  });
}

const BOUNDS: Readonly<Record<string, "lower" | "upper">> = {
  lower: "lower",
  upper: "upper",
  下限: "lower",
  上限: "upper",
};

// ---- sBG retention ---------------------------------------------------------------------------

/**
 * Fits the shifted-beta-geometric retention model (Fader & Hardie 2007) to a cohort's survivor counts; spills its parameter range for CHURN.SURVIVAL.
 * @customfunction CHURN.SBG
 * @param survivors Customers of one cohort still active at the start of periods 0, 1, 2, … (first the cohort size), one column or row, whole numbers that never increase; at least two. Blank cells at the end are ignored; a blank between counts is #VALUE!.
 * @param [penalty] L2 penalty λ ≥ 0 as in lifetimes: λ × (alpha² + beta²) added to the mean negative log-likelihood per cohort member; default 0.
 * @returns A spilled 4×7 range: model (sbg), alpha, beta, LL in the first two columns; then the standard error, lower and upper 95% bound and covariance row of each parameter. Churn per period varies across customers as beta(alpha, beta). #NUM! when nobody churned or the fit does not converge.
 * @helpurl https://localhost:3000/help/functions.html#CHURN.SBG
 */
export function churnSbg(survivors: unknown[][], penalty: unknown): any[][] {
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
          `留存人数 survivors：第 ${i + 1} 项必须是数字（计数之间不能有空白），收到的是 ${describe(c)}。`,
        );
      }
      return v;
    });
    return clvParamsToRange(fitSbg(counts, { penalty: penaltyArg(penalty) }));
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

// ---- models past the peers: distributions, DERT, holdout check, comparison -------------------

/**
 * Probability that a new customer makes exactly k repeat purchases in the first t periods, from a fitted BG/NBD, MBG/NBD, Pareto/NBD or BG/BB model (FHL 2005 eq. 8; Fader & Hardie 2006; FHS 2010 eq. 8).
 * @customfunction CLV.PMF
 * @param params The parameter range spilled by CLV.BGNBD, CLV.MBGNBD, CLV.PNBD or CLV.BGBB (at least its first two columns).
 * @param t Length of the period since the first purchase, ≥ 0, in the unit of the fit; for BG/BB a whole number of opportunities.
 * @param k Number of repeat purchases, a whole number ≥ 0.
 * @returns P(X(t) = k), 0 to 1; over k = 0, 1, 2, … the values add up to 1.
 * @helpurl https://localhost:3000/help/functions.html#CLV.PMF
 */
export function clvPmf(params: unknown[][], t: unknown, k: unknown): number {
  return excel("CLV.PMF", () =>
    clvNewCustomerPmf(
      paramsArg(params, PURCHASE_MODELS, "CLV.PMF"),
      numberArg(t, { en: "t", zh: "期间 t" }),
      numberArg(k, { en: "k", zh: "购买次数 k" }),
    ),
  );
}

/**
 * Expected number of repeat purchases of a new customer in the first t periods, from a fitted BG/NBD, MBG/NBD, Pareto/NBD or BG/BB model (unconditional: no history yet).
 * @customfunction CLV.EXPECTED
 * @param params The parameter range spilled by CLV.BGNBD, CLV.MBGNBD, CLV.PNBD or CLV.BGBB (at least its first two columns).
 * @param t Length of the period since the first purchase, ≥ 0, in the unit of the fit; for BG/BB a whole number of opportunities.
 * @returns E[X(t)], the mean of CLV.PMF over k. Multiply by a cohort's size for its expected repeat purchases.
 * @helpurl https://localhost:3000/help/functions.html#CLV.EXPECTED
 */
export function clvExpected(params: unknown[][], t: unknown): number {
  return excel("CLV.EXPECTED", () =>
    clvNewCustomerExpected(
      paramsArg(params, PURCHASE_MODELS, "CLV.EXPECTED"),
      numberArg(t, { en: "t", zh: "期间 t" }),
    ),
  );
}

/**
 * Discounted expected residual transactions (Fader, Hardie & Lee 2005, JMR): the present value, in purchases, of all of a customer's future purchases, discounted continuously. Pareto/NBD by its closed form (with the Tricomi confluent hypergeometric function U); BG/NBD and MBG/NBD, which have no closed form, by numerical integration.
 * @customfunction CLV.DERT
 * @param params The parameter range spilled by CLV.BGNBD, CLV.MBGNBD or CLV.PNBD (its unit row sets the discounting per unit; a range without one is read as weeks). BG/BB is #VALUE!.
 * @param x The customer's repeat purchases, a whole number ≥ 0.
 * @param t_x Time of the customer's last repeat purchase since the first, 0 ≤ t_x ≤ T, in the unit of the fit.
 * @param T The customer's age (first purchase to the calibration end), ≥ 0, same unit.
 * @param annual_discount Discount rate per YEAR (e.g. 0.15 or 15%), > 0: continuous rate δ = ln(1 + d) × days per unit / 365.25.
 * @returns DERT in purchases; multiply by the expected margin per purchase for the customer's residual value.
 * @helpurl https://localhost:3000/help/functions.html#CLV.DERT
 */
export function clvDertFn(
  params: unknown[][],
  x: unknown,
  t_x: unknown,
  T: unknown,
  annual_discount: unknown,
): number {
  return excel("CLV.DERT", () => {
    const model = paramsArg(params, CONTINUOUS_MODELS, "CLV.DERT");
    const delta = continuousDiscountRate(
      numberArg(annual_discount, { en: "annual_discount", zh: "年折现率 annual_discount" }),
      clvDaysPerUnit(rangeUnit(params), "args"),
    );
    return clvDert(model, numberArg(x, X), numberArg(t_x, TX), numberArg(T, T_AGE), delta);
  });
}

const CHECK_LABELS = {
  en: [
    "customers",
    "MAE",
    "bias",
    "total predicted",
    "total actual",
    "x (calibration)",
    "customers",
    "actual mean",
    "predicted mean",
  ],
  zh: [
    "客户数",
    "平均绝对误差 MAE",
    "偏差 bias",
    "预测总数",
    "实际总数",
    "校准期 x",
    "客户数",
    "实际均值",
    "预测均值",
  ],
} as const;

/**
 * Holdout check of a fitted purchase model (Fader, Hardie & Lee 2005): compares each customer's expected holdout purchases with the actual ones; spills per-customer MAE, bias, totals and the calibration table of mean predicted vs actual holdout purchases by calibration frequency 0, 1, …, 7+.
 * @customfunction CLV.CHECK
 * @param params The parameter range spilled by CLV.BGNBD, CLV.MBGNBD, CLV.PNBD or CLV.BGBB (at least its first two columns).
 * @param x Column of calibration repeat purchases per customer, whole numbers ≥ 0.
 * @param t_x Column of times of the last calibration repeat purchase, same rows, 0 ≤ t_x ≤ T, in the unit of the fit.
 * @param T Column of customer ages at the calibration end, same rows, same unit (BG/BB: opportunities n).
 * @param x_holdout Column of actual repeat purchases in the holdout period, same rows, whole numbers ≥ 0 (counted as CLV.SUMMARY counts, same-day purchases merged).
 * @param t_holdout Column (or one cell for everyone) of the holdout length per customer, ≥ 0, in the unit of the fit (e.g. 39 for 39 weeks).
 * @returns A spilled 14×4 range: customers, MAE (mean |predicted − actual| per customer), bias (mean predicted − actual), total predicted, total actual; then a header row and the table by calibration frequency 0…6, 7+: customers, mean actual and mean predicted holdout purchases. Labels follow the Office display language.
 * @helpurl https://localhost:3000/help/functions.html#CLV.CHECK
 */
export function clvCheck(
  params: unknown[][],
  x: unknown[][],
  t_x: unknown[][],
  T: unknown[][],
  x_holdout: unknown[][],
  t_holdout: unknown[][],
): any[][] {
  return excel("CLV.CHECK", () => {
    const model = paramsArg(params, PURCHASE_MODELS, "CLV.CHECK");
    const single = Array.isArray(t_holdout) && t_holdout.length === 1 && (t_holdout[0]?.length ?? 0) === 1;
    const cols: { value: unknown; what: Bilingual }[] = [
      { value: x, what: X },
      { value: t_x, what: TX },
      { value: T, what: T_AGE },
      { value: x_holdout, what: { en: "x_holdout", zh: "验证期购买次数 x_holdout" } },
    ];
    if (!single) cols.push({ value: t_holdout, what: { en: "t_holdout", zh: "验证期长度 t_holdout" } });
    const [xs, txs, Ts, ys, ts] = numberRows(cols) as [
      number[],
      number[],
      number[],
      number[],
      number[] | undefined,
    ];
    const tAll = single
      ? xs.map(() => numberArg(t_holdout, { en: "t_holdout", zh: "验证期长度 t_holdout" }))
      : ts!;
    const c = clvHoldoutCheck(model, xs, txs, Ts, ys, tAll);
    const L = CHECK_LABELS[displayLang()];
    const out: (string | number)[][] = [
      [L[0], c.customers, "", ""],
      [L[1], c.mae, "", ""],
      [L[2], c.bias, "", ""],
      [L[3], c.totalPredicted, "", ""],
      [L[4], c.totalActual, "", ""],
      [L[5], L[6], L[7], L[8]],
    ];
    for (const k of c.classes) out.push([k.label, k.customers, k.actualMean, k.predictedMean]);
    return out;
  });
}

const COMPARE_HEADER = {
  en: ["model", "LL", "AIC", "BIC", "holdout MAE", "recommended"],
  zh: ["模型", "对数似然 LL", "AIC", "BIC", "验证期 MAE", "推荐"],
} as const;
const MODEL_SHOWN = { bgnbd: "BG/NBD", mbgnbd: "MBG/NBD", pnbd: "Pareto/NBD" } as const;

/**
 * Fits BG/NBD, MBG/NBD and Pareto/NBD to the same customer table and compares them: log-likelihood, AIC, BIC and, with a holdout, the holdout MAE; marks the recommended model and says why (lowest holdout MAE with a holdout, else lowest BIC). All three are for non-contractual settings in continuous time; for discrete opportunities use CLV.BGBB, for contracts CHURN.SBG.
 * @customfunction CLV.COMPARE
 * @param x Column of repeat purchase counts per customer, whole numbers ≥ 0 (the x column of CLV.SUMMARY).
 * @param t_x Column of times of the last repeat purchase, same rows, 0 ≤ t_x ≤ T.
 * @param T Column of customer ages at the calibration end, same rows, same unit.
 * @param [x_holdout] Column of actual repeat purchases in a holdout period after the calibration end, same rows. With it the models are judged on their forecasts.
 * @param [t_holdout] Column (or one cell for everyone) of the holdout length, in the unit of t_x and T; needed with x_holdout.
 * @returns A spilled 5×6 range: a header row, one row per model (LL, AIC, BIC, holdout MAE or blank, "✓" on the recommended one; a model whose fit failed shows why), and a last row with the reason for the recommendation. Labels follow the Office display language. Fitting Pareto/NBD takes up to a few seconds.
 * @helpurl https://localhost:3000/help/functions.html#CLV.COMPARE
 */
export function clvCompare(
  x: unknown[][],
  t_x: unknown[][],
  T: unknown[][],
  x_holdout?: unknown[][],
  t_holdout?: unknown[][],
): any[][] {
  return excel("CLV.COMPARE", () => {
    const [xs, txs, Ts] = customerColumns(x, t_x, T) as [number[], number[], number[]];
    let holdout: { x: number[]; t: number[] } | undefined;
    if (x_holdout !== null && x_holdout !== undefined) {
      if (t_holdout === null || t_holdout === undefined) {
        throw invalidInput(
          "args",
          "x_holdout needs t_holdout, the length of the holdout period (e.g. 39 for 39 weeks).",
          "给出 x_holdout 时还需要 t_holdout，即验证期的长度（如 39 表示 39 周）。",
        );
      }
      const what = { en: "x_holdout", zh: "验证期购买次数 x_holdout" };
      const single = t_holdout.length === 1 && (t_holdout[0]?.length ?? 0) === 1;
      const [ys, ts] = numberRows(
        single
          ? [{ value: x_holdout, what }]
          : [
              { value: x_holdout, what },
              { value: t_holdout, what: { en: "t_holdout", zh: "验证期长度 t_holdout" } },
            ],
      ) as [number[], number[] | undefined];
      holdout = {
        x: ys,
        t: single ? ys.map(() => numberArg(t_holdout, { en: "t_holdout", zh: "验证期长度 t_holdout" })) : ts!,
      };
    }
    const lang = displayLang();
    const cmp = clvCompareModels(xs, txs, Ts, holdout);
    const out: (string | number)[][] = [[...COMPARE_HEADER[lang]]];
    for (const r of cmp.rows) {
      if (r.failure) out.push([MODEL_SHOWN[r.model], "", "", "", "", r.failure[lang]]);
      else
        out.push([
          MODEL_SHOWN[r.model],
          r.logLikelihood as number,
          r.aic as number,
          r.bic as number,
          r.holdoutMae ?? "",
          r.model === cmp.recommended ? "✓" : "",
        ]);
    }
    out.push([lang === "zh" ? "原因" : "why", cmp.reason[lang], "", "", "", ""]);
    return out;
  });
}
