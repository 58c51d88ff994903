/**
 * Customer lifecycle stages and the parameters of their classification (CRM_MODELS.md §4;
 * seed 000 客户生命周期, seed 002 §3.2, seed 003 §3.1). Four stages plus the end — Exploration
 * 考察期 → Formation 形成期 → Stability 稳定期 → Decline 退化期, and Terminated 终止 — with seed 002's
 * names for the same stages as a second label set. The rule itself: {@link lifecycleStage}.
 */
import { Bilingual } from "../errors";

export type LifecycleStage = "exploration" | "formation" | "stability" | "decline" | "terminated";

export const LIFECYCLE_STAGES: readonly LifecycleStage[] = [
  "exploration",
  "formation",
  "stability",
  "decline",
  "terminated",
];

/** seed003: 考察期/形成期/稳定期/退化期 (seed 000 and 003); seed002: 建立期/发展期/维持期/恢复期. */
export const LIFECYCLE_STAGE_LABELS: Readonly<
  Record<"seed003" | "seed002", Readonly<Record<LifecycleStage, Bilingual>>>
> = {
  seed003: {
    exploration: { en: "Exploration", zh: "考察期" },
    formation: { en: "Formation", zh: "形成期" },
    stability: { en: "Stability", zh: "稳定期" },
    decline: { en: "Decline", zh: "退化期" },
    terminated: { en: "Terminated", zh: "终止" },
  },
  seed002: {
    exploration: { en: "Establishment", zh: "建立期" },
    formation: { en: "Development", zh: "发展期" },
    stability: { en: "Maintenance", zh: "维持期" },
    decline: { en: "Recovery", zh: "恢复期" },
    terminated: { en: "Terminated", zh: "终止" },
  },
};

/**
 * The parameters, all in periods of the volume series (months, quarters, years: the user's unit).
 * The seeds give signs, not thresholds; these defaults are ours and are shown with every result.
 */
export interface LifecycleOptions {
  /** L: terminated after this many periods without a purchase. Default 6. */
  terminatedPeriods?: number;
  /** E: exploration while the first purchase is within the last E periods. Default 3. */
  explorationPeriods?: number;
  /** Exploration while at most this many periods have a purchase (trial orders). Default 2. */
  trialPurchases?: number;
  /** d: decline when the recent window is below (1 − d) × the best earlier window. Default 0.3. */
  decline?: number;
  /** g: formation when the recent window is above (1 + g) × the window before it. Default 0.2. */
  growth?: number;
  /** w: length of the recent window, in periods. Default 3 (a quarter of monthly data). */
  window?: number;
  /** Optional share of wallet per period (0–1, same length as the volumes): decline is then
   * judged on the share, so a customer whose whole business shrank is not "declining" with us. */
  shareOfWallet?: readonly number[];
}

/** The numeric parameters with defaults filled in. */
export type LifecycleParams = Readonly<Required<Omit<LifecycleOptions, "shareOfWallet">>>;

export const DEFAULT_LIFECYCLE_OPTIONS: LifecycleParams = {
  terminatedPeriods: 6,
  explorationPeriods: 3,
  trialPurchases: 2,
  decline: 0.3,
  growth: 0.2,
  window: 3,
};

/** Seed 003's input/output table, for help text and teaching views (investment, volume, profit). */
export const LIFECYCLE_STAGE_TRAITS: Readonly<Record<Exclude<LifecycleStage, "terminated">, Bilingual>> = {
  exploration: {
    en: "Heavy investment, very small volume, little or no profit",
    zh: "投入大，交易量很小，利润很少或没有",
  },
  formation: {
    en: "Investment falling, volume rising fast, profit growing fast",
    zh: "投入减少，交易量快速上升，利润快速增长",
  },
  stability: { en: "Low investment, maximum volume and profit", zh: "投入低，交易量和利润最大" },
  decline: {
    en: "Little investment, volume falling towards zero, profit falling fast",
    zh: "投入少，交易量回落，利润快速下降",
  },
};

/** Which rule of {@link lifecycleStage} decided the stage. */
export type LifecycleRule =
  | "noPurchaseFor"
  | "firstPurchaseRecent"
  | "fewPurchases"
  | "belowPeak"
  | "shareBelowPeak"
  | "abovePrevious"
  | "nearPeak"
  | "shortHistory";

/** The stage, the rule that decided it and the numbers behind it (for the reason sentence). */
export interface LifecycleResult {
  stage: LifecycleStage;
  rule: LifecycleRule;
  /** Parameters in force (defaults filled in), and the effective window length. */
  params: LifecycleParams;
  window: number;
  /** Trailing periods without a purchase; periods with a purchase; periods since the first one. */
  idlePeriods: number;
  purchasePeriods: number;
  periodsSinceFirst: number;
  /** Recent window and what it was compared with (volume sums, or mean shares for shareBelowPeak). */
  recent: number;
  reference: number;
}
