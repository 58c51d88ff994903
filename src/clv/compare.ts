/**
 * Which purchase model? Fits BG/NBD, MBG/NBD and Pareto/NBD on the same customer table and
 * compares them (CRM_MODELS.md §3; information criteria as in Burnham & Anderson 2002):
 *
 *     AIC = 2k − 2 ln L,   BIC = k ln n − 2 ln L     (k = 4 parameters each, n customers)
 *
 * and, with a holdout, the holdout MAE of {@link clvHoldoutCheck}. The recommendation: the
 * lowest holdout MAE when a holdout is given (out-of-sample accuracy is what a forecast is for),
 * else the lowest BIC (same k for all three, so BIC, AIC and LL rank alike here). A model whose
 * fit fails (`numeric`, e.g. no interior maximum) is listed with its reason and not recommended.
 *
 * All three are continuous-time, non-contractual models: for discrete opportunities use BG/BB
 * ({@link fitBgbb}); in a contractual setting (churn is observed) use sBG ({@link fitSbg}).
 *
 * Cost three fits (Pareto/NBD dominates) plus 3n expectations with a holdout. Throws `invalid`
 * for a bad table or holdout; `numeric` when no model can be fitted.
 *
 * @example
 * clvCompareModels(cdnow.x, cdnow.tx, cdnow.T).recommended // => "mbgnbd" (lowest BIC on CDNOW)
 */
import { Bilingual, CrmError, numericFailure } from "../errors";
import { fitBgNbd } from "./bgNbd";
import { clvHoldoutCheck } from "./holdoutCheck";
import { fitMbgNbd } from "./mbgNbd";
import { CLV_PARAM_LABELS } from "./params";
import { fitParetoNbd } from "./paretoNbd";
import { ContinuousPurchaseModelParams } from "./predict";
// Module-level aliases: looking up the global Math is far slower inside Jest's sandbox.
const { log } = Math;

export interface ClvModelComparisonRow {
  readonly model: "bgnbd" | "mbgnbd" | "pnbd";
  /** The fitted parameters (null when the fit failed). */
  readonly params: ContinuousPurchaseModelParams | null;
  readonly logLikelihood: number | null;
  readonly aic: number | null;
  readonly bic: number | null;
  readonly holdoutMae: number | null;
  /** Why the fit failed, when it did. */
  readonly failure: Bilingual | null;
}

export interface ClvModelComparison {
  readonly rows: ClvModelComparisonRow[];
  readonly recommended: "bgnbd" | "mbgnbd" | "pnbd";
  readonly reason: Bilingual;
}

const NAMES = { bgnbd: "BG/NBD", mbgnbd: "MBG/NBD", pnbd: "Pareto/NBD" } as const;

export function clvCompareModels(
  x: readonly number[],
  tx: readonly number[],
  T: readonly number[],
  holdout?: { readonly x: readonly number[]; readonly t: readonly number[] },
): ClvModelComparison {
  const fits = [
    ["bgnbd", fitBgNbd],
    ["mbgnbd", fitMbgNbd],
    ["pnbd", fitParetoNbd],
  ] as const;
  const rows: ClvModelComparisonRow[] = fits.map(([model, fit]) => {
    try {
      const f = fit(x, tx, T, { covariance: false });
      const k = 4,
        ll = f.logLikelihood;
      const values = f as unknown as Record<string, number>;
      const params = { model } as Record<string, unknown>;
      for (const label of CLV_PARAM_LABELS[model]) params[label] = values[label];
      const p = params as unknown as ContinuousPurchaseModelParams;
      const mae = holdout ? clvHoldoutCheck(p, x, tx, T, holdout.x, holdout.t).mae : null;
      return {
        model,
        params: p,
        logLikelihood: ll,
        aic: 2 * k - 2 * ll,
        bic: k * log(f.customers) - 2 * ll,
        holdoutMae: mae,
        failure: null,
      };
    } catch (e) {
      if (!(e instanceof CrmError) || e.code !== "numeric") throw e;
      return {
        model,
        params: null,
        logLikelihood: null,
        aic: null,
        bic: null,
        holdoutMae: null,
        failure: e.text,
      };
    }
  });
  const ok = rows.filter((r) => r.params !== null);
  if (ok.length === 0) {
    throw numericFailure(
      "clvCompareModels",
      "None of BG/NBD, MBG/NBD and Pareto/NBD could be fitted to this table (no interior maximum): check x, t_x, T.",
      "BG/NBD、MBG/NBD 和 Pareto/NBD 都无法拟合这张客户表（没有内部最大值）：请检查 x、t_x、T。",
    );
  }
  const by = (key: "holdoutMae" | "bic") =>
    ok.reduce((best, r) => ((r[key] as number) < (best[key] as number) ? r : best));
  const best = holdout ? by("holdoutMae") : by("bic");
  const name = NAMES[best.model];
  const reason: Bilingual = holdout
    ? {
        en: `${name} has the lowest holdout MAE (${(best.holdoutMae as number).toFixed(4)} purchases per customer): it forecast the holdout period best.`,
        zh: `${name} 的验证期平均绝对误差最小（每位客户 ${(best.holdoutMae as number).toFixed(4)} 次购买）：它对验证期的预测最准。`,
      }
    : {
        en: `${name} has the lowest BIC (${(best.bic as number).toFixed(1)}); all three have 4 parameters, so this is also the highest log-likelihood. Give a holdout to judge the forecasts themselves.`,
        zh: `${name} 的 BIC 最小（${(best.bic as number).toFixed(1)}）；三个模型都有 4 个参数，所以它的对数似然也最大。给出验证期数据可直接比较预测效果。`,
      };
  return { rows, recommended: best.model, reason };
}
