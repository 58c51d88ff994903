/**
 * The fits of the pane's CLV report with their retry (CRM_MODELS.md §3): the chosen purchase
 * model ({@link fitBgNbd} or {@link fitParetoNbd}) and {@link fitGammaGamma}, each at the
 * user's penalty λ. When λ = 0 and a fit fails numerically — its likelihood has no interior
 * maximum, a parameter "runs off towards 0 or infinity" (the rfm package's sample does this) —
 * the fit is tried again with the small penalties of {@link RETRY_PENALTIES}, smallest first, as
 * the fit's own message advises, and the result says which λ was used and why. λ > 0 chosen by
 * the user is never changed. If every retry fails, the λ = 0 fit's own error is thrown, saying
 * that the small penalties were tried too.
 *
 * The penalty λ·Σ p² (fitBase.ts) pulls the parameters towards 0; it is a regularised fit, not
 * the maximum likelihood, and its size depends on the time unit (rates carry the unit), which is
 * why the λ used is stated. Cost: one fit, plus up to three on failure.
 *
 * @example
 * fitWithRetry((penalty) => ({ penalty }), 0).penalty // => 0 (no failure, no retry)
 */
import { CrmError, isCrmError, numericFailure } from "../errors";
import { BgNbdFit, fitBgNbd, fitGammaGamma, fitParetoNbd, GammaGammaFit, ParetoNbdFit } from "../clv";
import type { ClvReportModel } from "./clvOptions";

/** The small penalties tried, in order, after a fit without a penalty failed. */
export const RETRY_PENALTIES: readonly number[] = [0.001, 0.01, 0.1];

export interface RetriedFit<T> {
  readonly fit: T;
  /** λ used. */
  readonly penalty: number;
  /** True when λ = 0 failed and `penalty` is a retry's. */
  readonly retried: boolean;
}

export function fitWithRetry<T>(fit: (penalty: number) => T, penalty: number): RetriedFit<T> {
  try {
    return { fit: fit(penalty), penalty, retried: false };
  } catch (e) {
    if (penalty > 0 || !isCrmError(e) || e.code !== "numeric") throw e;
    for (const small of RETRY_PENALTIES) {
      try {
        return { fit: fit(small), penalty: small, retried: true };
      } catch (again) {
        if (!isCrmError(again) || again.code !== "numeric") throw again;
      }
    }
    const tried = RETRY_PENALTIES.join(", ");
    throw new CrmError(e.code, e.where, {
      en: `${e.text.en} (Also tried with the small penalties λ = ${tried}: none gave a fit.)`,
      zh: `${e.text.zh}（已另试较小的惩罚系数 λ = ${tried}，均未能拟合。）`,
    });
  }
}

export type PurchaseFit = BgNbdFit | ParetoNbdFit;

/** λ of each fit of a CLV report; `…Retried` when λ = 0 failed and a small penalty was used instead. */
export interface ClvPenalties {
  readonly purchase: number;
  readonly spend: number;
  readonly purchaseRetried: boolean;
  readonly spendRetried: boolean;
}

/** The chosen purchase model fitted on (x, t_x, T), with the retry. */
export function fitPurchaseModel(
  model: ClvReportModel,
  x: readonly number[],
  tx: readonly number[],
  T: readonly number[],
  penalty: number,
): RetriedFit<PurchaseFit> {
  return fitWithRetry<PurchaseFit>(
    (pen) =>
      model === "pnbd" ? fitParetoNbd(x, tx, T, { penalty: pen }) : fitBgNbd(x, tx, T, { penalty: pen }),
    penalty,
  );
}

/** Gamma-Gamma on the repeaters' mean repeat spend, with the retry. */
export function fitSpendModel(
  x: readonly number[],
  meanSpend: readonly number[],
  penalty: number,
): RetriedFit<GammaGammaFit> {
  return fitWithRetry((pen) => fitGammaGamma(x, meanSpend, { penalty: pen }), penalty);
}

/**
 * Gamma-Gamma's expected spend of a customer without a repeat purchase is pγ/(q − 1): finite only
 * for q > 1. A penalised fit can end with q ≤ 1 (λ pulls q towards 0): say so instead of failing
 * row by row. Throws `numeric`.
 */
export function requireFiniteSpend(f: RetriedFit<GammaGammaFit>, oneTimeBuyers: boolean): void {
  if (!oneTimeBuyers || f.fit.q > 1) return;
  const q = fmt(f.fit.q);
  throw numericFailure(
    "clvReport",
    `The spend model (Gamma-Gamma) fitted with the penalty λ = ${f.penalty} gives q = ${q} ≤ 1, so the expected spend of customers without a repeat purchase (pγ/(q − 1)) is not finite: use a smaller penalty${f.retried ? "" : ", or 0"}.`,
    `以惩罚系数 λ = ${f.penalty} 拟合的消费额模型（Gamma-Gamma）得到 q = ${q} ≤ 1，没有重复购买的客户的期望消费额（pγ/(q − 1)）不是有限值：请使用更小的惩罚系数${f.retried ? "" : "，或设为 0"}。`,
  );
}

const fmt = (v: number) => String(Number(v.toPrecision(4)));

/** "BG/NBD r=… α=… a=… b=…" or "Pareto/NBD r=… α=… s=… β=…". */
export function purchaseFitText(f: PurchaseFit): string {
  return f.model === "pnbd"
    ? `Pareto/NBD r=${fmt(f.r)} α=${fmt(f.alpha)} s=${fmt(f.s)} β=${fmt(f.beta)}`
    : `BG/NBD r=${fmt(f.r)} α=${fmt(f.alpha)} a=${fmt(f.a)} b=${fmt(f.b)}`;
}

export function spendFitText(f: GammaGammaFit): string {
  return `Gamma-Gamma p=${fmt(f.p)} q=${fmt(f.q)} γ=${fmt(f.gamma)}`;
}

/** The sentence a retried fit adds to the result, both languages. */
export function retryNote(name: string, penalty: number, holdout = false): { en: string; zh: string } {
  return {
    en: `${name}${holdout ? " (holdout check)" : ""}: without a penalty the fit ran off (its likelihood has no interior maximum on these data), so it was refitted with the small penalty λ = ${penalty}; its parameters are pulled slightly towards 0.`,
    zh: `${name}${holdout ? "（验证期检验）" : ""}：不加惩罚项时拟合发散（在这些数据上似然函数没有内部最大值），因此改用较小的惩罚系数 λ = ${penalty} 重新拟合；参数会被略微拉向 0。`,
  };
}
