/**
 * The Warehouse panel's fit (CRM_MODELS.md §3): the pasted compressed summary (x, t_x, T,
 * customers) fitted by the core's BG/NBD or Pareto/NBD maximum likelihood with the customer
 * counts as weights (Σ_k w_k ℓ(x_k, t_x,k, T_k) = Σ_i ℓ(x_i, t_x,i, T_i): the same fit as on the
 * customers one by one), and the optional pasted spend summary by the core's Gamma-Gamma fit,
 * also weighted. Nothing is re-derived here: parse, call the fits, keep what the scoring query
 * and the page need.
 *
 * Cost: the fits' (O(distinct rows) per iteration). Throws the readers' `invalid` errors and the
 * fits' `numeric` ones (no repeat purchases, no interior maximum).
 *
 * @example
 * fitPastedSummaries(settings, "x\tt_x\tT\tcustomers\n…").purchase.model // => "bgnbd"
 */
import {
  BgNbdParams,
  GammaGammaParams,
  ParetoNbdParams,
  fitBgNbd,
  fitGammaGamma,
  fitParetoNbd,
} from "../../src/clv";
import { ClvTimeUnit } from "../../src/clv/timeUnit";
import { readPurchaseSummary, readSpendSummary } from "./pastedSummary";
import { FittedModels } from "./warehouseSql";

export interface WarehouseFit extends FittedModels {
  readonly unit: ClvTimeUnit;
  readonly purchase: BgNbdParams | ParetoNbdParams;
  readonly purchaseLogLikelihood: number;
  /** Customers and distinct histories (pasted rows) of the purchase summary. */
  readonly customers: number;
  readonly histories: number;
  readonly spend?: GammaGammaParams;
  readonly spendLogLikelihood?: number;
  /** Repeat customers the spend model was fitted on. */
  readonly spendCustomers?: number;
}

export function fitPastedSummaries(
  settings: { readonly unit: ClvTimeUnit; readonly model: "bgnbd" | "pnbd" },
  purchaseText: string,
  spendText?: string,
): WarehouseFit {
  const s = readPurchaseSummary(purchaseText);
  const spendRows = spendText && spendText.trim() !== "" ? readSpendSummary(spendText) : undefined;
  const options = { weights: s.weights, covariance: false };
  let purchase: BgNbdParams | ParetoNbdParams, ll: number, customers: number;
  if (settings.model === "bgnbd") {
    const f = fitBgNbd(s.x, s.tx, s.T, options);
    purchase = { model: "bgnbd", r: f.r, alpha: f.alpha, a: f.a, b: f.b };
    ((ll = f.logLikelihood), (customers = f.customers));
  } else {
    const f = fitParetoNbd(s.x, s.tx, s.T, options);
    purchase = { model: "pnbd", r: f.r, alpha: f.alpha, s: f.s, beta: f.beta };
    ((ll = f.logLikelihood), (customers = f.customers));
  }
  const g = spendRows
    ? fitGammaGamma(spendRows.x, spendRows.spend, { weights: spendRows.weights, covariance: false })
    : undefined;
  return {
    unit: settings.unit,
    purchase,
    purchaseLogLikelihood: ll,
    customers,
    histories: s.x.length,
    ...(g
      ? {
          spend: { model: "gammagamma", p: g.p, q: g.q, gamma: g.gamma },
          spendLogLikelihood: g.logLikelihood,
          spendCustomers: g.customers,
        }
      : {}),
  };
}
