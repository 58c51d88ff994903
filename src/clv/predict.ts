/**
 * Model-agnostic predictions for a fitted purchase model — BG/NBD, MBG/NBD, Pareto/NBD or BG/BB
 * (CRM_MODELS.md §3): the Excel functions CLV.PALIVE, CLV.PURCHASES, CLV.PMF, CLV.EXPECTED and
 * CLV.CHECK accept the parameter range of any of them (its model row says which), so they
 * dispatch here on `params.model`.
 *
 * - `clvProbabilityAlive(params, x, tx, T)` — P(alive) at T (BG/BB: at the opportunity after
 *   the n = T observed);
 * - `clvExpectedPurchases(params, t, x, tx, T)` — expected purchases in (T, T+t] given the
 *   history (BG/BB: in the next t opportunities, a whole number);
 * - `clvNewCustomerExpected(params, t)` — E[X(t)] for a new customer;
 * - `clvNewCustomerPmf(params, t, k)` — P(X(t) = k) for a new customer.
 *
 * t, t_x, T are in the time unit the parameters were fitted in (BG/BB: opportunities). Cost and
 * errors as the model's own functions; `invalid` for any other model.
 *
 * @example
 * clvProbabilityAlive({ model: "bgnbd", r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 0, 0, 10) // => 1
 */
import { invalidInput } from "../errors";
import { BgbbParams } from "./bgbb";
import {
  bgbbConditionalExpectedPurchases,
  bgbbExpectedPurchases,
  bgbbProbabilityAlive,
  bgbbProbabilityOfPurchases,
} from "./bgbbPredict";
import { BgNbdParams } from "./bgNbd";
import {
  bgNbdConditionalExpectedPurchases,
  bgNbdExpectedPurchases,
  bgNbdProbabilityAlive,
  bgNbdProbabilityOfPurchases,
} from "./bgNbdPredict";
import { MbgNbdParams } from "./mbgNbd";
import {
  mbgNbdConditionalExpectedPurchases,
  mbgNbdExpectedPurchases,
  mbgNbdProbabilityAlive,
  mbgNbdProbabilityOfPurchases,
} from "./mbgNbdPredict";
import { ParetoNbdParams } from "./paretoNbd";
import { paretoNbdProbabilityOfPurchases } from "./paretoNbdPmf";
import {
  paretoNbdConditionalExpectedPurchases,
  paretoNbdExpectedPurchases,
  paretoNbdProbabilityAlive,
} from "./paretoNbdPredict";

/** The continuous-time purchase models (CLV.FORECAST, CLV.DERT). */
export type ContinuousPurchaseModelParams = BgNbdParams | MbgNbdParams | ParetoNbdParams;
export type PurchaseModelParams = ContinuousPurchaseModelParams | BgbbParams;

export function clvProbabilityAlive(params: PurchaseModelParams, x: number, tx: number, T: number): number {
  const p = checkPurchaseModel("clvProbabilityAlive", params);
  switch (p.model) {
    case "bgnbd":
      return bgNbdProbabilityAlive(p, x, tx, T);
    case "mbgnbd":
      return mbgNbdProbabilityAlive(p, x, tx, T);
    case "pnbd":
      return paretoNbdProbabilityAlive(p, x, tx, T);
    case "bgbb":
      return bgbbProbabilityAlive(p, x, tx, T);
  }
}

export function clvExpectedPurchases(
  params: PurchaseModelParams,
  t: number,
  x: number,
  tx: number,
  T: number,
): number {
  const p = checkPurchaseModel("clvExpectedPurchases", params);
  switch (p.model) {
    case "bgnbd":
      return bgNbdConditionalExpectedPurchases(p, t, x, tx, T);
    case "mbgnbd":
      return mbgNbdConditionalExpectedPurchases(p, t, x, tx, T);
    case "pnbd":
      return paretoNbdConditionalExpectedPurchases(p, t, x, tx, T);
    case "bgbb":
      return bgbbConditionalExpectedPurchases(p, t, x, tx, T);
  }
}

export function clvNewCustomerExpected(params: PurchaseModelParams, t: number): number {
  const p = checkPurchaseModel("clvNewCustomerExpected", params);
  switch (p.model) {
    case "bgnbd":
      return bgNbdExpectedPurchases(p, t);
    case "mbgnbd":
      return mbgNbdExpectedPurchases(p, t);
    case "pnbd":
      return paretoNbdExpectedPurchases(p, t);
    case "bgbb":
      return bgbbExpectedPurchases(p, t);
  }
}

export function clvNewCustomerPmf(params: PurchaseModelParams, t: number, k: number): number {
  const p = checkPurchaseModel("clvNewCustomerPmf", params);
  switch (p.model) {
    case "bgnbd":
      return bgNbdProbabilityOfPurchases(p, t, k);
    case "mbgnbd":
      return mbgNbdProbabilityOfPurchases(p, t, k);
    case "pnbd":
      return paretoNbdProbabilityOfPurchases(p, t, k);
    case "bgbb":
      return bgbbProbabilityOfPurchases(p, t, k);
  }
}

/** Refuses anything but purchase-model parameters (`invalid`). */
export function checkPurchaseModel(where: string, params: PurchaseModelParams): PurchaseModelParams {
  const model = (params as { model?: unknown } | null)?.model;
  if (model === "bgnbd" || model === "mbgnbd" || model === "pnbd" || model === "bgbb") return params;
  throw invalidInput(
    where,
    "These are not purchase-model parameters: give the BG/NBD, MBG/NBD, Pareto/NBD or BG/BB parameters (the range from CLV.BGNBD, CLV.MBGNBD, CLV.PNBD or CLV.BGBB).",
    "这不是购买模型的参数：请给出 BG/NBD、MBG/NBD、Pareto/NBD 或 BG/BB 参数（CLV.BGNBD、CLV.MBGNBD、CLV.PNBD 或 CLV.BGBB 的输出区域）。",
  );
}

/** Refuses the discrete-time BG/BB where a continuous time axis is needed (`invalid`). */
export function checkContinuousModel(
  where: string,
  params: PurchaseModelParams,
): ContinuousPurchaseModelParams {
  const p = checkPurchaseModel(where, params);
  if (p.model !== "bgbb") return p;
  throw invalidInput(
    where,
    "This needs a continuous-time model (BG/NBD, MBG/NBD or Pareto/NBD): BG/BB counts discrete opportunities; use CLV.PURCHASES with it.",
    "这里需要连续时间模型（BG/NBD、MBG/NBD 或 Pareto/NBD）：BG/BB 按离散的购买机会计数，请配合 CLV.PURCHASES 使用。",
  );
}
