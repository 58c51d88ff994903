/**
 * Loyalty evolution by lifecycle stage (CRM_MODELS.md §5, seed 003 §3.5 客户忠诚进化模型):
 * basic trust 基本信任 (exploration) → behavioural loyalty 行为忠诚 (formation) → emotional loyalty
 * 精神忠诚 (early stability) → sustainable loyalty 可持续忠诚 (late stability). The seed names no
 * phase for decline and termination; ours: loyalty eroding 忠诚弱化, and none 无忠诚.
 * Whether stability is early or late is the caller's judgement (`lateStability`): the seed ties
 * "late" to reciprocity (referrals, suggestions), which volumes do not show. Cost O(1).
 *
 * @example
 * loyaltyEvolution("formation")       // => "behavioural"
 * loyaltyEvolution("stability", true) // => "sustainable"
 */
import { Bilingual } from "../errors";
import { LifecycleStage } from "./stages";

export type LoyaltyPhase = "basicTrust" | "behavioural" | "emotional" | "sustainable" | "eroding" | "none";

export const LOYALTY_PHASE_LABELS: Readonly<Record<LoyaltyPhase, Bilingual>> = {
  basicTrust: { en: "Basic trust", zh: "基本信任" },
  behavioural: { en: "Behavioural loyalty", zh: "行为忠诚" },
  emotional: { en: "Emotional loyalty", zh: "精神忠诚" },
  sustainable: { en: "Sustainable loyalty", zh: "可持续忠诚" },
  eroding: { en: "Loyalty eroding", zh: "忠诚弱化" },
  none: { en: "No loyalty", zh: "无忠诚" },
};

const BY_STAGE: Readonly<Record<LifecycleStage, LoyaltyPhase>> = {
  exploration: "basicTrust",
  formation: "behavioural",
  stability: "emotional",
  decline: "eroding",
  terminated: "none",
};

export function loyaltyEvolution(stage: LifecycleStage, lateStability = false): LoyaltyPhase {
  return stage === "stability" && lateStability ? "sustainable" : BY_STAGE[stage];
}
