/**
 * Fitted CLV parameters as a labelled two-column range for Excel, and back (CRM_MODELS.md §3;
 * FUNCTIONS.md CLV.BGNBD, CLV.PNBD, CLV.GGFIT, CHURN.SBG spill such a range, and CLV.PALIVE,
 * CLV.PURCHASES, CLV.SPEND, CLV.FORECAST, CHURN.SURVIVAL read it back):
 *
 *     model  | bgnbd          model | pnbd     model | gammagamma     model | sbg
 *     r      | 0.243          r     | …        p     | …              alpha | …
 *     alpha  | 4.414          alpha | …        q     | …              beta  | …
 *     a      | 0.793          s     | …        gamma | …              LL    | …
 *     b      | 2.426          beta  | …        LL    | …
 *     LL     | −9582.43       LL    | …
 *
 * The first row names the model, so a range can never be read as another model's; LL (the
 * maximised log-likelihood) is written when known and ignored when read. Reading accepts labels
 * in any case and order, and refuses a missing or non-positive parameter.
 *
 * Cost O(rows). `clvParamsFromRange` throws `invalid` (in English and Chinese) when the range is
 * not two columns, has no model row, is another model's than `accepted`, or lacks a parameter.
 *
 * @example
 * clvParamsToRange({ model: "sbg", alpha: 0.668, beta: 3.806 })
 * // => [["model", "sbg"], ["alpha", 0.668], ["beta", 3.806]]
 */
import { invalidInput } from "../errors";
import { describe } from "../validate";
import type { BgNbdParams } from "./bgNbd";
import type { GammaGammaParams } from "./gammaGamma";
import type { ParetoNbdParams } from "./paretoNbd";
import type { SbgParams } from "./sbg";

export type ClvModelParams = BgNbdParams | ParetoNbdParams | GammaGammaParams | SbgParams;
export type ClvModelName = ClvModelParams["model"];

/** Parameter labels per model, in range order (LL follows when known). */
export const CLV_PARAM_LABELS: Readonly<Record<ClvModelName, readonly string[]>> = {
  bgnbd: ["r", "alpha", "a", "b"],
  pnbd: ["r", "alpha", "s", "beta"],
  gammagamma: ["p", "q", "gamma"],
  sbg: ["alpha", "beta"],
};

const MODEL_NAMES: Readonly<Record<ClvModelName, { en: string; zh: string; fn: string }>> = {
  bgnbd: { en: "BG/NBD", zh: "BG/NBD", fn: "CLV.BGNBD" },
  pnbd: { en: "Pareto/NBD", zh: "Pareto/NBD", fn: "CLV.PNBD" },
  gammagamma: { en: "Gamma-Gamma", zh: "Gamma-Gamma", fn: "CLV.GGFIT" },
  sbg: { en: "sBG", zh: "sBG", fn: "CHURN.SBG" },
};

export function clvParamsToRange(
  params: ClvModelParams & { readonly logLikelihood?: number },
): (string | number)[][] {
  const values = params as unknown as Record<string, number>;
  const rows: (string | number)[][] = [["model", params.model]];
  for (const label of CLV_PARAM_LABELS[params.model]) rows.push([label, values[label] as number]);
  if (typeof params.logLikelihood === "number") rows.push(["LL", params.logLikelihood]);
  return rows;
}

export function clvParamsFromRange<M extends ClvModelName>(
  range: readonly (readonly unknown[])[],
  accepted: readonly M[],
  where = "clvParamsFromRange",
): Extract<ClvModelParams, { model: M }> {
  const wanted = accepted.map((m) => MODEL_NAMES[m]);
  const need = {
    en: wanted.map((w) => `${w.en} (from ${w.fn})`).join(" or "),
    zh: wanted.map((w) => `${w.zh}(${w.fn} 的输出)`).join("或"),
  };
  const cells = new Map<string, unknown>();
  for (const row of Array.isArray(range) ? range : []) {
    if (Array.isArray(row) && row.length >= 2 && typeof row[0] === "string")
      cells.set(row[0].trim().toLowerCase(), row[1]);
  }
  const model = cells.get("model");
  const known = typeof model === "string" ? (model.trim().toLowerCase() as M) : undefined;
  if (known === undefined || !accepted.includes(known)) {
    const got =
      known && known in MODEL_NAMES
        ? `${MODEL_NAMES[known].en} parameters`
        : `no model row (got ${describe(model)}): put "model" in the first column and ${accepted.map((a) => `"${a}"`).join(" or ")} beside it, as the fit function spills it`;
    const gotZh =
      known && known in MODEL_NAMES
        ? `${MODEL_NAMES[known].zh} 参数`
        : `没有 model 行(收到 ${describe(model)}):请在第一列写 "model",旁边写 ${accepted.map((a) => `"${a}"`).join(" 或 ")},与拟合函数的输出相同`;
    throw invalidInput(
      where,
      `This needs the ${need.en} parameter range, but it has ${got}.`,
      `这里需要 ${need.zh} 的参数区域,但给出的是${gotZh}。`,
    );
  }
  const out: Record<string, unknown> = { model: known };
  for (const label of CLV_PARAM_LABELS[known]) {
    const v = cells.get(label.toLowerCase());
    if (typeof v !== "number" || !(v > 0) || !Number.isFinite(v)) {
      throw invalidInput(
        where,
        `The ${MODEL_NAMES[known].en} parameter range needs "${label}" as a number > 0 (got ${describe(v)}).`,
        `${MODEL_NAMES[known].zh} 参数区域需要 "${label}" 且为大于 0 的数字(收到 ${describe(v)})。`,
      );
    }
    out[label] = v;
  }
  return out as unknown as Extract<ClvModelParams, { model: M }>;
}
