/**
 * Reading and validating the lifecycle parameters ({@link LifecycleOptions}, CRM_MODELS.md §4):
 * defaults filled in, every value checked, messages in both languages. Cost O(n) for the share.
 */
import { invalidInput } from "../errors";
import { requireFiniteArray, requireInRange, requireInteger } from "../validate";
import { DEFAULT_LIFECYCLE_OPTIONS, LifecycleOptions, LifecycleParams } from "./stages";

/** Throws `invalid` for a parameter of the wrong kind or range. */
export function readLifecycleParams(where: string, o: LifecycleOptions): LifecycleParams {
  const d = DEFAULT_LIFECYCLE_OPTIONS;
  const int = (en: string, zh: string, x: number | undefined, dflt: number, lo: number) =>
    requireInteger(where, { en, zh }, x ?? dflt, lo, 1e6);
  return {
    terminatedPeriods: int(
      "The periods to termination (L)",
      "判定终止的期数 L",
      o.terminatedPeriods,
      d.terminatedPeriods,
      1,
    ),
    explorationPeriods: int(
      "The exploration periods (E)",
      "考察期期数 E",
      o.explorationPeriods,
      d.explorationPeriods,
      0,
    ),
    trialPurchases: int("The trial purchases", "试探性购买次数", o.trialPurchases, d.trialPurchases, 0),
    window: int("The window length (w)", "窗口长度 w", o.window, d.window, 1),
    decline: requireInRange(
      where,
      { en: "The decline threshold (d)", zh: "退化阈值 d" },
      o.decline ?? d.decline,
      0,
      1,
    ),
    growth: requireInRange(
      where,
      { en: "The growth threshold (g)", zh: "增长阈值 g" },
      o.growth ?? d.growth,
      0,
      1e6,
    ),
  };
}

/** Share of wallet per period: one per volume, each in [0, 1]. Throws `invalid` otherwise. */
export function readShareOfWallet(where: string, share: readonly number[], n: number): readonly number[] {
  const s = requireFiniteArray(where, { en: "The share of wallet", zh: "钱包份额" }, share);
  if (s.length !== n) {
    throw invalidInput(
      where,
      `Give one share of wallet per period: ${n} volumes but ${s.length} shares.`,
      `每期需要一个钱包份额：有 ${n} 期购买量，但有 ${s.length} 个份额。`,
    );
  }
  s.forEach((x, i) =>
    requireInRange(where, { en: `Share of wallet ${i + 1}`, zh: `第 ${i + 1} 期钱包份额` }, x, 0, 1),
  );
  return s;
}
