/**
 * The texts of the pane's CLV report (CRM_MODELS.md §3): its column titles (with the unit and
 * horizon chosen) and its parameters line — everything needed to reproduce the numbers, in
 * words: calibration end, time unit, the fitted parameters, the horizon, the discounting, the
 * margin, the penalty λ of each fit (and why, when a fit was retried with a small one), and the
 * holdout check's periods and figures. Cost O(1).
 *
 * @example
 * // "Calibration end 1997-09-30 · time in weeks · BG/NBD r=0.2439 … · forecast 52 weeks · CLV 12
 * //  months, discounted monthly at 10% a year, margin 1 · no penalty (plain maximum likelihood) · …"
 */
import { Lang } from "../errors";
import { isoFromSerial } from "../dates";
import { CLV_TIME_UNIT_LABELS, GammaGammaFit } from "../clv";
import { ClvReportSettings } from "./clvOptions";
import { ClvPenalties, PurchaseFit, purchaseFitText, spendFitText } from "./clvFits";
import type { ClvHoldout } from "./clvHoldout";

export interface ClvParametersInput {
  readonly settings: ClvReportSettings;
  readonly end: number;
  readonly repeaters: number;
  readonly purchaseFit: PurchaseFit;
  readonly gammaGamma: GammaGammaFit;
  readonly penalties: ClvPenalties;
  readonly holdout: ClvHoldout | undefined;
}

const g = (v: number) => String(Number(v.toPrecision(4)));

export function clvParametersText(p: ClvParametersInput, lang: Lang, span: string): string {
  const s = p.settings;
  const u = CLV_TIME_UNIT_LABELS[s.unit][lang];
  const fits = `${purchaseFitText(p.purchaseFit)} · ${spendFitText(p.gammaGamma)}`;
  const h = g(s.horizon);
  const rate = `${g(s.annualDiscountRate * 100)}%`;
  const pen = p.penalties;
  const zh = lang === "zh";
  const penalty =
    pen.purchase === 0 && pen.spend === 0
      ? zh
        ? "不加惩罚项（普通最大似然）"
        : "no penalty (plain maximum likelihood)"
      : zh
        ? `惩罚系数 λ：购买模型 ${pen.purchase}${pen.purchaseRetried ? "（不加惩罚项时拟合发散，已重新拟合）" : ""}，消费额模型 ${pen.spend}${pen.spendRetried ? "（不加惩罚项时拟合发散，已重新拟合）" : ""}`
        : `penalty λ: purchase model ${pen.purchase}${pen.purchaseRetried ? " (retried: without one the fit ran off)" : ""}, spend model ${pen.spend}${pen.spendRetried ? " (retried: without one the fit ran off)" : ""}`;
  const parts = zh
    ? [
        `校准期结束 ${isoFromSerial(p.end)}`,
        `时间单位：${u}`,
        `${fits}（${p.repeaters} 位重复购买客户）`,
        `预测 ${h} ${u}`,
        `客户终身价值 ${s.clvMonths} 个月，按月贴现，年贴现率 ${rate}，利润率 ${s.margin}`,
        penalty,
      ]
    : [
        `Calibration end ${isoFromSerial(p.end)}`,
        `time in ${u}`,
        `${fits} (${p.repeaters} repeat customers)`,
        `forecast ${h} ${u}`,
        `CLV ${s.clvMonths} months, discounted monthly at ${rate} a year, margin ${s.margin}`,
        penalty,
      ];
  if (p.holdout) parts.push(holdoutText(p.holdout, u, lang));
  parts.push(zh ? "金额 ≤ 0 的行已跳过" : "rows with amount ≤ 0 skipped", span);
  return parts.join(" · ");
}

function holdoutText(c: ClvHoldout, unit: string, lang: Lang): string {
  const from = isoFromSerial(c.split + 1),
    to = isoFromSerial(c.end),
    len = g(c.length);
  const pen = c.penalty > 0 ? (lang === "zh" ? `,λ = ${c.penalty}` : `, λ = ${c.penalty}`) : "";
  return lang === "zh"
    ? `验证期检验：以 ${isoFromSerial(c.split)} 及之前的购买拟合（${purchaseFitText(c.fit)}${pen}），预测 ${from} … ${to}（${len} ${unit}）的重复购买：${c.customers} 位客户，每位客户平均绝对误差 ${g(c.mae)}，偏差 ${g(c.bias)}，预测合计 ${g(c.totalPredicted)}，实际 ${c.totalActual}`
    : `holdout check: fitted on purchases up to ${isoFromSerial(c.split)} (${purchaseFitText(c.fit)}${pen}), predicting the repeat purchases of ${from} … ${to} (${len} ${unit}): ${c.customers} customers, mean absolute error ${g(c.mae)} and bias ${g(c.bias)} per customer, total predicted ${g(c.totalPredicted)} vs actual ${c.totalActual}`;
}

/** The report's column titles, with the time unit and the horizons. */
export function clvHeader(s: ClvReportSettings, lang: Lang): string[] {
  const u = CLV_TIME_UNIT_LABELS[s.unit][lang];
  const h = Number(s.horizon.toPrecision(6));
  return lang === "zh"
    ? [
        "客户",
        "首次购买",
        "x(重复购买次数)",
        `t_x(${u})`,
        `T(${u})`,
        "存活概率",
        `未来 ${h} ${s.unit === "weeks" ? "周" : s.unit === "days" ? "天" : "个月"}预期购买次数`,
        "每次预期消费额",
        `${s.clvMonths} 个月客户终身价值（贴现）`,
      ]
    : [
        "Customer",
        "First purchase",
        "x (repeat purchases)",
        `t_x (${u})`,
        `T (${u})`,
        "P(alive)",
        `Expected purchases, ${h} ${u}`,
        "Expected spend per purchase",
        `CLV, ${s.clvMonths} months (discounted)`,
      ];
}
