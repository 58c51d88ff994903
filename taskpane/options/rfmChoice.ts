/**
 * The pane's RFM options as the user set them (issue 10: scoring method, fixed thresholds,
 * segment scheme, rules sheet, value-tier cuts) and their translation into the options of the
 * core's RFM report (src/reports/rfmReport.ts): the core does the scoring, this module only
 * reads what was typed. Plain data throughout, so the options cross into the Web Worker
 * (structured clone). Cost O(length of the typed text).
 *
 * Typed numbers: thresholds are separated by commas, semicolons or spaces ("7, 30, 60, 120");
 * tier widths are percents ("5"); numbers as text follow the core's cell rule (cellNumber).
 * Throws `invalid` (a CrmError, shown in the pane) naming the box to fix.
 *
 * @example
 * rfmReportOptions({ bins: 5, method: "quantile", rfm: { scoring: "thresholds", thresholds: { r: "7, 30, 60, 120", f: "", m: "" } } }).thresholds
 * // => { r: [7, 30, 60, 120] }
 */
import { Bilingual, invalidInput } from "../../src/errors";
import { cellNumber } from "../../src/cells/cellNumber";
import type { FixedThresholds, SegmentRule, SegmentScheme } from "../../src/rfm";
import type { RfmReportInput } from "../../src/reports";

export type RfmScoring = "quantile" | "rfm" | "thresholds";

export interface RfmChoice {
  /** Default: the options' `method`. "thresholds": the measures with typed thresholds; the others by quantiles. */
  readonly scoring?: RfmScoring;
  /** Thresholds as typed for R (days), F (purchases), M (amount); "" = scored by quantiles. */
  readonly thresholds?: { readonly r: string; readonly f: string; readonly m: string };
  readonly scheme?: SegmentScheme;
  /** The rules sheet of scheme "custom" (the pane reads it before the run). */
  readonly rulesSheet?: string;
  /** The rules read from that sheet (filled by withSheetRules). */
  readonly rules?: readonly SegmentRule[];
  /** Platinum, gold, iron widths in percent as typed (lead is the rest). */
  readonly tiers?: readonly [string, string, string];
}

/** The options the RFM report takes from the pane. */
export type RfmPaneOptions = Pick<
  RfmReportInput,
  "bins" | "method" | "thresholds" | "scheme" | "rules" | "rulesSource" | "tierCuts"
>;

export const SEED_PRESET = { r: "7, 30, 60, 120", f: "", m: "" } as const;
export const DEFAULT_TIERS: readonly [string, string, string] = ["5", "15", "30"];

const where = "rfmOptions";

function numbersIn(text: string, what: Bilingual): number[] {
  const parts = text.split(/[\s,;，；、]+/).filter((p) => p !== "");
  return parts.map((p) => {
    const x = cellNumber(p);
    if (x === undefined)
      throw invalidInput(
        where,
        `${what.en}: “${p}” is not a number. Type numbers separated by commas, e.g. 7, 30, 60, 120.`,
        `${what.zh}：“${p}”不是数字。请输入用逗号分隔的数字，例如 7, 30, 60, 120。`,
      );
    return x;
  });
}

const BOX: Record<"r" | "f" | "m", Bilingual> = {
  r: { en: "R thresholds (days)", zh: "R 阈值（天）" },
  f: { en: "F thresholds (purchases)", zh: "F 阈值（购买次数）" },
  m: { en: "M thresholds (amount)", zh: "M 阈值（金额）" },
};

function thresholdsOf(typed: NonNullable<RfmChoice["thresholds"]>): FixedThresholds {
  const out: { r?: number[]; f?: number[]; m?: number[] } = {};
  for (const k of ["r", "f", "m"] as const) {
    const xs = numbersIn(typed[k] ?? "", BOX[k]);
    if (xs.length > 0) out[k] = xs;
  }
  if (Object.keys(out).length === 0)
    throw invalidInput(
      where,
      "Fixed thresholds: type the thresholds of at least one of R, F, M (or choose another scoring method).",
      "固定阈值：请至少为 R、F、M 中的一项填写阈值（或选择其他评分方法）。",
    );
  return out;
}

function tierCutsOf(typed: readonly string[]): number[] {
  const names = [
    { en: "Platinum share", zh: "白金占比" },
    { en: "Gold share", zh: "黄金占比" },
    { en: "Iron share", zh: "铁质占比" },
  ];
  return typed.map((t, i) => {
    const [x, ...rest] = numbersIn(t, names[i]!);
    if (x === undefined || rest.length > 0)
      throw invalidInput(
        where,
        `${names[i]!.en}: type one percentage, e.g. 5.`,
        `${names[i]!.zh}：请输入一个百分数，例如 5。`,
      );
    return x / 100;
  });
}

/** The report options of `options` (bins, method and the `rfm` choice). Throws as described above. */
export function rfmReportOptions(options: {
  readonly bins: number;
  readonly method: "quantile" | "rfm";
  readonly rfm?: RfmChoice;
}): RfmPaneOptions {
  const c = options.rfm ?? {};
  const scoring = c.scoring ?? options.method;
  const scheme = c.scheme ?? "default";
  return {
    bins: options.bins,
    method: scoring === "rfm" ? "rfm" : "quantile",
    thresholds: scoring === "thresholds" ? thresholdsOf(c.thresholds ?? SEED_PRESET) : undefined,
    scheme,
    rules: scheme === "custom" ? c.rules : undefined,
    rulesSource: scheme === "custom" ? c.rulesSheet : undefined,
    tierCuts: c.tiers ? tierCutsOf(c.tiers) : undefined,
  };
}
