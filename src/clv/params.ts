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
 * (also mbgnbd: r, alpha, a, b; bgbb: alpha, beta, gamma, delta). The first row names the
 * model, so a range can never be read as another model's; LL (the maximised log-likelihood) is
 * written when known and ignored when read. A fit's range also carries its uncertainty in
 * columns after the first two (so saved references to the two columns keep working): the model
 * row heads them `se`, `lower95`, `upper95`, `cov:<label>`…, each parameter row holds its
 * standard error, 95% Wald interval and covariance row ({@link parameterIntervals}); other rows
 * are blank ("") there. Reading accepts labels
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
import { parameterIntervals } from "./information";
import type { BgbbParams } from "./bgbb";
import type { BgNbdParams } from "./bgNbd";
import type { GammaGammaParams } from "./gammaGamma";
import type { MbgNbdParams } from "./mbgNbd";
import type { ParetoNbdParams } from "./paretoNbd";
import type { SbgParams } from "./sbg";

export type ClvModelParams =
  BgNbdParams | MbgNbdParams | ParetoNbdParams | BgbbParams | GammaGammaParams | SbgParams;
export type ClvModelName = ClvModelParams["model"];

/** Parameter labels per model, in range order (LL follows when known). */
export const CLV_PARAM_LABELS: Readonly<Record<ClvModelName, readonly string[]>> = {
  bgnbd: ["r", "alpha", "a", "b"],
  mbgnbd: ["r", "alpha", "a", "b"],
  pnbd: ["r", "alpha", "s", "beta"],
  bgbb: ["alpha", "beta", "gamma", "delta"],
  gammagamma: ["p", "q", "gamma"],
  sbg: ["alpha", "beta"],
};

const MODEL_NAMES: Readonly<Record<ClvModelName, { en: string; zh: string; fn: string }>> = {
  bgnbd: { en: "BG/NBD", zh: "BG/NBD", fn: "CLV.BGNBD" },
  mbgnbd: { en: "MBG/NBD", zh: "MBG/NBD", fn: "CLV.MBGNBD" },
  pnbd: { en: "Pareto/NBD", zh: "Pareto/NBD", fn: "CLV.PNBD" },
  bgbb: { en: "BG/BB", zh: "BG/BB", fn: "CLV.BGBB" },
  gammagamma: { en: "Gamma-Gamma", zh: "Gamma-Gamma", fn: "CLV.GGFIT" },
  sbg: { en: "sBG", zh: "sBG", fn: "CHURN.SBG" },
};

export function clvParamsToRange(
  params: ClvModelParams & {
    readonly logLikelihood?: number;
    readonly covariance?: readonly (readonly number[])[] | null;
  },
): (string | number)[][] {
  const values = params as unknown as Record<string, number>;
  const labels = CLV_PARAM_LABELS[params.model];
  const rows: (string | number)[][] = [["model", params.model]];
  for (const label of labels) rows.push([label, values[label] as number]);
  if (typeof params.logLikelihood === "number") rows.push(["LL", params.logLikelihood]);
  if (params.covariance === undefined) return rows;
  // Uncertainty columns after the two that are read back (saved references to them keep working).
  const cov = params.covariance;
  const est = labels.map((l) => values[l] as number);
  const { se, lower, upper } = parameterIntervals(est, cov);
  (rows[0] as (string | number)[]).push(...UNCERTAINTY_HEADERS, ...labels.map((l) => `cov:${l}`));
  const blank = new Array<string>(3 + labels.length).fill("");
  rows.slice(1).forEach((row, i) => {
    if (i < labels.length && cov)
      row.push(se[i] as number, lower[i] as number, upper[i] as number, ...(cov[i] as number[]));
    else row.push(...blank);
  });
  return rows;
}

/** Headers of the uncertainty columns on the model row. */
export const UNCERTAINTY_HEADERS = ["se", "lower95", "upper95"] as const;

/**
 * The covariance spilled beside a parameter range (columns headed cov:<label> on the model row),
 * in the order of {@link CLV_PARAM_LABELS}; null when the range has none (only two columns, a
 * range typed by hand, or a fit whose information was not positive definite).
 */
export function clvCovarianceFromRange(
  range: readonly (readonly unknown[])[],
  model: ClvModelName,
): number[][] | null {
  const rows = Array.isArray(range) ? range.filter((r) => Array.isArray(r)) : [];
  const head = rows.find((r) => typeof r[0] === "string" && r[0].trim().toLowerCase() === "model");
  if (!head) return null;
  const labels = CLV_PARAM_LABELS[model];
  const cols = labels.map((l) =>
    head.findIndex((c) => typeof c === "string" && c.trim().toLowerCase() === `cov:${l.toLowerCase()}`),
  );
  if (cols.some((c) => c < 0)) return null;
  const out: number[][] = [];
  for (const label of labels) {
    const row = rows.find(
      (r) => typeof r[0] === "string" && r[0].trim().toLowerCase() === label.toLowerCase(),
    );
    const v = cols.map((c) => row?.[c]);
    if (!v.every((e) => typeof e === "number" && Number.isFinite(e))) return null;
    out.push(v as number[]);
  }
  return out;
}

export function clvParamsFromRange<M extends ClvModelName>(
  range: readonly (readonly unknown[])[],
  accepted: readonly M[],
  where = "clvParamsFromRange",
): Extract<ClvModelParams, { model: M }> {
  const wanted = accepted.map((m) => MODEL_NAMES[m]);
  const need = {
    en: wanted.map((w) => `${w.en} (from ${w.fn})`).join(" or "),
    zh: wanted.map((w) => `${w.zh}（${w.fn} 的输出）`).join("或"),
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
        : `没有 model 行（收到 ${describe(model)}）：请在第一列写 "model"，旁边写 ${accepted.map((a) => `"${a}"`).join(" 或 ")}，与拟合函数的输出相同`;
    throw invalidInput(
      where,
      `This needs the ${need.en} parameter range, but it has ${got}.`,
      `这里需要 ${need.zh} 的参数区域，但给出的是${gotZh}。`,
    );
  }
  const out: Record<string, unknown> = { model: known };
  for (const label of CLV_PARAM_LABELS[known]) {
    const v = cells.get(label.toLowerCase());
    if (typeof v !== "number" || !(v > 0) || !Number.isFinite(v)) {
      throw invalidInput(
        where,
        `The ${MODEL_NAMES[known].en} parameter range needs "${label}" as a number > 0 (got ${describe(v)}).`,
        `${MODEL_NAMES[known].zh} 参数区域需要 "${label}" 且为大于 0 的数字（收到 ${describe(v)}）。`,
      );
    }
    out[label] = v;
  }
  return out as unknown as Extract<ClvModelParams, { model: M }>;
}
