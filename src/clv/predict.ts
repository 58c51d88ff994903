/**
 * Model-agnostic predictions for a fitted purchase model, BG/NBD or Pareto/NBD (CRM_MODELS.md
 * §3): the Excel functions CLV.PALIVE and CLV.PURCHASES accept the parameter range of either
 * model, so they dispatch here on `params.model`.
 *
 * - `clvProbabilityAlive(params, x, tx, T)` — {@link bgNbdProbabilityAlive} or
 *   {@link paretoNbdProbabilityAlive};
 * - `clvExpectedPurchases(params, t, x, tx, T)` — expected purchases in (T, T+t] given the
 *   history, {@link bgNbdConditionalExpectedPurchases} or
 *   {@link paretoNbdConditionalExpectedPurchases}.
 *
 * t, t_x, T are in the time unit the parameters were fitted in. Cost and errors as the model's
 * own functions; `invalid` for any other model.
 *
 * @example
 * clvProbabilityAlive({ model: "bgnbd", r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 0, 0, 10) // => 1
 */
import { invalidInput } from "../errors";
import { BgNbdParams } from "./bgNbd";
import { bgNbdConditionalExpectedPurchases, bgNbdProbabilityAlive } from "./bgNbdPredict";
import { ParetoNbdParams } from "./paretoNbd";
import { paretoNbdConditionalExpectedPurchases, paretoNbdProbabilityAlive } from "./paretoNbdPredict";

export type PurchaseModelParams = BgNbdParams | ParetoNbdParams;

export function clvProbabilityAlive(params: PurchaseModelParams, x: number, tx: number, T: number): number {
  const p = checkPurchaseModel("clvProbabilityAlive", params);
  return p.model === "bgnbd" ? bgNbdProbabilityAlive(p, x, tx, T) : paretoNbdProbabilityAlive(p, x, tx, T);
}

export function clvExpectedPurchases(
  params: PurchaseModelParams,
  t: number,
  x: number,
  tx: number,
  T: number,
): number {
  const p = checkPurchaseModel("clvExpectedPurchases", params);
  return p.model === "bgnbd"
    ? bgNbdConditionalExpectedPurchases(p, t, x, tx, T)
    : paretoNbdConditionalExpectedPurchases(p, t, x, tx, T);
}

/** Refuses anything but BG/NBD or Pareto/NBD parameters (`invalid`). */
export function checkPurchaseModel(where: string, params: PurchaseModelParams): PurchaseModelParams {
  const model = (params as { model?: unknown } | null)?.model;
  if (model === "bgnbd" || model === "pnbd") return params;
  throw invalidInput(
    where,
    "These are not purchase-model parameters: give the BG/NBD or Pareto/NBD parameters (the range from CLV.BGNBD or CLV.PNBD).",
    "这不是购买模型的参数:请给出 BG/NBD 或 Pareto/NBD 参数(CLV.BGNBD 或 CLV.PNBD 的输出区域)。",
  );
}
