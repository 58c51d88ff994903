/**
 * The lifecycle options as the pane's fields hold them (text) and their reading into the core's
 * {@link LifecycleReportOptions} (plain data for the Web Worker). Defaults are the rule's
 * (CRM_MODELS.md §4): months, L 6, E 3, trial 2, w 3, d 30%, g 20%. Cost O(1).
 *
 * @example
 * lifecycleOptionsFromText({ ...LIFECYCLE_TEXT_DEFAULTS, declinePercent: "40" }).decline // => 0.4
 */
import type { LifecyclePeriodMonths, LifecycleReportOptions } from "../../src/reports";
import { numberFromText, percentFromText } from "./optionText";

export interface LifecycleOptionsText {
  readonly periodMonths: LifecyclePeriodMonths;
  readonly terminatedPeriods: string;
  readonly explorationPeriods: string;
  readonly trialPurchases: string;
  readonly window: string;
  readonly declinePercent: string;
  readonly growthPercent: string;
}

export const LIFECYCLE_TEXT_DEFAULTS: LifecycleOptionsText = {
  periodMonths: 1,
  terminatedPeriods: "6",
  explorationPeriods: "3",
  trialPurchases: "2",
  window: "3",
  declinePercent: "30",
  growthPercent: "20",
};

export function lifecycleOptionsFromText(t: LifecycleOptionsText): LifecycleReportOptions {
  const pick = (k: string, v: number | undefined) => (v === undefined ? {} : { [k]: v });
  return {
    periodMonths: t.periodMonths,
    ...pick("terminatedPeriods", numberFromText(t.terminatedPeriods)),
    ...pick("explorationPeriods", numberFromText(t.explorationPeriods)),
    ...pick("trialPurchases", numberFromText(t.trialPurchases)),
    ...pick("window", numberFromText(t.window)),
    ...pick("decline", percentFromText(t.declinePercent)),
    ...pick("growth", percentFromText(t.growthPercent)),
  };
}
