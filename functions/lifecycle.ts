/**
 * LIFECYCLE family: lifecycle stage of a customer from per-period volumes, the sentence that
 * explains it, and the lifecycle-based customer type (CRM_MODELS.md §4). Thin wrappers: shape the
 * Excel arguments, call the core in src/lifecycle, map failures to Excel errors.
 *
 * Choices (also in the help): the tuning parameters are separate optional arguments, named and
 * ordered as the core's rules (L, E, trial orders, d, g, w); `share_of_wallet`, a range like
 * `volumes`, comes right after it. In both ranges a blank cell is a period with nothing (0):
 * positions are periods, so no cell is skipped.
 */
import {
  lifecycleCustomerType,
  lifecycleReason,
  lifecycleStage,
  LifecycleLabelSet,
  LifecycleResult,
  LIFECYCLE_CUSTOMER_TYPE_LABELS,
  LIFECYCLE_STAGE_LABELS,
} from "../src/lifecycle";
import { Lang } from "../src/errors";
import { maybeNumberArg, numberArg } from "./runtime/args";
import { excel } from "./runtime/errors";
import { langArg } from "./runtime/lang";
import { choiceArg } from "./runtime/choice";
import { seriesColumn } from "./runtime/series";

/**
 * The stage-name sets a user types, by what they name: "stages" the stages the relationship goes
 * through (考察期 … 退化期), "tasks" the same stages named for the company's task in each
 * (建立期 … 恢复期). The core keeps its older keys; the course-file names "seed003"/"seed002"
 * ("003", "3", …) of saved workbooks are still accepted but no longer shown.
 */
const LABEL_SETS: Readonly<Record<string, LifecycleLabelSet>> = {
  stages: "seed003",
  阶段: "seed003",
  tasks: "seed002",
  任务: "seed002",
  seed003: "seed003",
  "003": "seed003",
  "3": "seed003",
  seed002: "seed002",
  "002": "seed002",
  "2": "seed002",
};
const SHOWN_LABEL_SETS = ["stages", "tasks"];

/** The arguments shared by LIFECYCLE.STAGE and LIFECYCLE.REASON, read and passed to the core. */
function classify(
  volumes: unknown[][],
  shareOfWallet: unknown[][] | null,
  terminatedAfter: unknown,
  explorationPeriods: unknown,
  trialPurchases: unknown,
  declineDrop: unknown,
  growth: unknown,
  window: unknown,
  labels: unknown,
): { result: LifecycleResult; labels: LifecycleLabelSet } {
  const share =
    shareOfWallet === null || shareOfWallet === undefined
      ? undefined
      : seriesColumn(shareOfWallet, { en: "share_of_wallet", zh: "钱包份额 share_of_wallet" });
  const result = lifecycleStage(seriesColumn(volumes, { en: "volumes", zh: "各期购买量 volumes" }), {
    terminatedPeriods: maybeNumberArg(terminatedAfter, {
      en: "terminated_after",
      zh: "终止期数 terminated_after",
    }),
    explorationPeriods: maybeNumberArg(explorationPeriods, {
      en: "exploration_periods",
      zh: "考察期期数 exploration_periods",
    }),
    trialPurchases: maybeNumberArg(trialPurchases, {
      en: "trial_purchases",
      zh: "试探性购买期数 trial_purchases",
    }),
    decline: maybeNumberArg(declineDrop, { en: "decline_drop", zh: "退化降幅 decline_drop" }),
    growth: maybeNumberArg(growth, { en: "growth", zh: "增长幅度 growth" }),
    window: maybeNumberArg(window, { en: "window", zh: "窗口期数 window" }),
    ...(share ? { shareOfWallet: share } : {}),
  });
  const set = choiceArg(
    labels,
    { en: "labels", zh: "阶段名称 labels" },
    LABEL_SETS,
    "seed003",
    SHOWN_LABEL_SETS,
  );
  return { result, labels: set };
}

/**
 * Lifecycle stage (Exploration, Formation, Stability, Decline, Terminated) from a customer's purchase volume per period, oldest to newest.
 * @customfunction LIFECYCLE.STAGE
 * @param volumes Purchase volume (amount or quantity) per period, oldest → newest, one row or one column; ≥ 0. A blank cell is a period with no purchase (0), never skipped: select exactly the periods observed.
 * @param [share_of_wallet] Our share of the customer's spending per period (0–1 or 0%–100%), same cells as volumes; blank = 0. When given, decline is judged on the share, not the volume.
 * @param [terminated_after] L: Terminated after this many periods in a row without a purchase; whole number ≥ 1, default 6.
 * @param [exploration_periods] E: still Exploration while the first purchase is within the last E periods; whole number ≥ 0, default 3.
 * @param [trial_purchases] Still Exploration while at most this many periods have a purchase (trial orders); whole number ≥ 0, default 2.
 * @param [decline_drop] d: Decline when the last window is below (1 − d) × its best earlier window; 0–1, default 0.3 (a 30% drop).
 * @param [growth] g: Formation when the last window is above (1 + g) × the window before it; ≥ 0, default 0.2 (20% growth).
 * @param [window] w: periods in the window compared (3 = a quarter of monthly data); whole number ≥ 1, default 3; shrinks to half the series when it is short.
 * @param [labels] Stage names: "stages" (default: Exploration/Formation/Stability/Decline, 考察期/形成期/稳定期/退化期, the stages the relationship goes through) or "tasks" (Establishment/Development/Maintenance/Recovery, 建立期/发展期/维持期/恢复期, the same stages named for the company's task in each).
 * @param [lang] Language of the label: "en" or "zh"; default the Office display language.
 * @returns The stage name; LIFECYCLE.REASON gives the sentence that explains it. #VALUE! for a customer with no purchase at all in fewer than L periods (a potential customer, not a stage).
 * @helpurl https://localhost:3000/help/functions.html#LIFECYCLE.STAGE
 */
export function lifecycleStageLabel(
  volumes: unknown[][],
  share_of_wallet: unknown[][],
  terminated_after: unknown,
  exploration_periods: unknown,
  trial_purchases: unknown,
  decline_drop: unknown,
  growth: unknown,
  window: unknown,
  labels: unknown,
  lang: unknown,
): string {
  return excel("LIFECYCLE.STAGE", () => {
    const language: Lang = langArg(lang);
    const c = classify(
      volumes,
      share_of_wallet,
      terminated_after,
      exploration_periods,
      trial_purchases,
      decline_drop,
      growth,
      window,
      labels,
    );
    return LIFECYCLE_STAGE_LABELS[c.labels][c.result.stage][language];
  });
}

/**
 * The sentence that explains a customer's lifecycle stage, e.g. "Decline: volume in the last 3 periods is 45% below its peak (55 vs 100)."
 * @customfunction LIFECYCLE.REASON
 * @param volumes Purchase volume per period, oldest → newest, one row or one column; ≥ 0. A blank cell is a period with no purchase (0), never skipped.
 * @param [share_of_wallet] Our share of the customer's spending per period (0–1), same cells as volumes; blank = 0. When given, decline is judged on the share.
 * @param [terminated_after] L: Terminated after this many periods without a purchase; whole number ≥ 1, default 6.
 * @param [exploration_periods] E: Exploration while the first purchase is within the last E periods; whole number ≥ 0, default 3.
 * @param [trial_purchases] Exploration while at most this many periods have a purchase; whole number ≥ 0, default 2.
 * @param [decline_drop] d: Decline below (1 − d) × the best earlier window; 0–1, default 0.3.
 * @param [growth] g: Formation above (1 + g) × the window before; ≥ 0, default 0.2.
 * @param [window] w: periods per window; whole number ≥ 1, default 3.
 * @param [labels] Stage names in the sentence: "stages" (default) or "tasks", as in LIFECYCLE.STAGE.
 * @param [lang] Language of the sentence: "en" or "zh"; default the Office display language.
 * @returns The stage and the numbers that decided it, as one sentence.
 * @helpurl https://localhost:3000/help/functions.html#LIFECYCLE.REASON
 */
export function lifecycleReasonText(
  volumes: unknown[][],
  share_of_wallet: unknown[][],
  terminated_after: unknown,
  exploration_periods: unknown,
  trial_purchases: unknown,
  decline_drop: unknown,
  growth: unknown,
  window: unknown,
  labels: unknown,
  lang: unknown,
): string {
  return excel("LIFECYCLE.REASON", () => {
    const language: Lang = langArg(lang);
    const c = classify(
      volumes,
      share_of_wallet,
      terminated_after,
      exploration_periods,
      trial_purchases,
      decline_drop,
      growth,
      window,
      labels,
    );
    return lifecycleReason(c.result, c.labels)[language];
  });
}

/**
 * Lifecycle customer type: Potential, New, Frequent, Old or Loyal customer, from tenure, purchases and share of wallet (first match in that order, from Loyal down).
 * @customfunction LIFECYCLE.TYPE
 * @param tenure_days Days since the customer's first purchase; ≥ 0.
 * @param purchases Number of purchases; whole number ≥ 0 (0 = Potential customer).
 * @param [share_of_wallet] Our share of the customer's spending, 0–1; blank = unknown, and then nobody is called Loyal.
 * @param [long_tenure_days] Old (or Loyal) from this tenure on; days ≥ 0, default 730 (two years).
 * @param [frequent_purchases] Frequent from this many purchases on; whole number ≥ 1, default 4.
 * @param [loyal_share] Loyal when a long-tenure customer's share of wallet is at least this; 0–1, default 0.7.
 * @param [lang] Language of the label: "en" or "zh"; default the Office display language.
 * @returns Potential / New / Frequent / Old / Loyal customer (潜在客户 / 新客户 / 经常性客户 / 老客户 / 忠诚客户).
 * @helpurl https://localhost:3000/help/functions.html#LIFECYCLE.TYPE
 */
export function lifecycleTypeLabel(
  tenure_days: unknown,
  purchases: unknown,
  share_of_wallet: unknown,
  long_tenure_days: unknown,
  frequent_purchases: unknown,
  loyal_share: unknown,
  lang: unknown,
): string {
  return excel("LIFECYCLE.TYPE", () => {
    const language = langArg(lang);
    const type = lifecycleCustomerType(
      numberArg(tenure_days, { en: "tenure_days", zh: "客户关系天数 tenure_days" }),
      numberArg(purchases, { en: "purchases", zh: "购买次数 purchases" }),
      maybeNumberArg(share_of_wallet, { en: "share_of_wallet", zh: "钱包份额 share_of_wallet" }),
      {
        longTenureDays: maybeNumberArg(long_tenure_days, {
          en: "long_tenure_days",
          zh: "老客户天数 long_tenure_days",
        }),
        frequentPurchases: maybeNumberArg(frequent_purchases, {
          en: "frequent_purchases",
          zh: "经常性购买次数 frequent_purchases",
        }),
        loyalShare: maybeNumberArg(loyal_share, { en: "loyal_share", zh: "忠诚钱包份额 loyal_share" }),
      },
    );
    return LIFECYCLE_CUSTOMER_TYPE_LABELS[type][language];
  });
}
