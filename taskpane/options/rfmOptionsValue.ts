/**
 * The value the pane's RFM option fields edit: score levels, method and the further RFM choice
 * (rfmChoice.ts), i.e. the RFM part of AnalysisOptions, with its defaults (5 levels, the
 * equal-count quantile rule, the standard segments, tiers 5/15/30/50%). Cost O(1).
 */
import type { AnalysisOptions } from "../analyses/analysis";
import { DEFAULT_TIERS, RfmChoice, SEED_PRESET } from "./rfmChoice";

export type RfmOptionsValue = Required<Pick<AnalysisOptions, "bins" | "method">> & {
  readonly rfm: RfmChoice & Required<Pick<RfmChoice, "scoring" | "thresholds" | "scheme" | "tiers">>;
};

export const DEFAULT_RFM_OPTIONS: RfmOptionsValue = {
  bins: 5,
  method: "quantile",
  rfm: { scoring: "quantile", thresholds: { ...SEED_PRESET }, scheme: "default", tiers: DEFAULT_TIERS },
};

/** The lead tier's share in percent (100 − the three typed widths), or undefined when one is not a number. */
export function leadPercent(tiers: readonly string[]): number | undefined {
  const xs = tiers.map((t) => Number(t.trim().replace(/%$/, "")));
  if (xs.some((x) => !Number.isFinite(x))) return undefined;
  return Math.round((100 - xs.reduce((a, b) => a + b, 0)) * 100) / 100;
}
