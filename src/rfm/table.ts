/**
 * RFM for a whole customer table in one pass over its columns (CRM_MODELS.md §2; Excel
 * `RFM.TABLE` and the task pane): R, F, M scores, RFM code, named segment and mean-split type.
 *
 * Each column is sorted once (by counting when it holds integers, as days and purchase counts
 * do); its break points ({@link breaksOfSorted}, method "quantile" or "rfm", or the user's
 * fixed `thresholds` for that measure, §2 "Fixed thresholds": bins − 1 ascending values, a value
 * equal to a threshold in the lower bin as in the seed's "R ≤ 7 → R5", exactly as RFM.BIN) are
 * kept in the result so the scoring can be reproduced, and every customer is scored by
 * {@link binIndex} in O(log bins). R is scored on `recency` (its unit does not change quantile
 * scores; fixed R thresholds are in its unit, days in RFM.TABLE and the pane), F on `frequency`,
 * M on `monetary`. The type compares each customer with the means (returned too); the segment
 * follows `rules` (default {@link DEFAULT_SEGMENT_RULES}), or is the type (`segmentBy: "types"`);
 * `segmentLabels` names every segment key the result can hold.
 *
 * Cost O(k log k) for k customers. Throws `invalid` for bad bins, method, rules, thresholds
 * (not bins − 1 ascending finite numbers) or a table with no customer or non-finite values.
 * With a workspace the score and code columns are kept in it (see {@link Workspace}).
 *
 * @example
 * const s = scoreCustomerTable({ recency: [1, 50, 9], frequency: [5, 1, 2], monetary: [90, 10, 30] }, { bins: 3 });
 * [Array.from(s.r), Array.from(s.f), Array.from(s.m), Array.from(s.code)] // => [[3, 1, 2], [3, 1, 2], [3, 1, 2], [333, 111, 222]]
 */
import { Bilingual, invalidInput } from "../errors";
import { binIndex, checkThresholds } from "./bin";
import { RfmBreaks, ScoreMethod, breaksOfSorted, checkMethod } from "./breaks";
import { RfmMetric, checkBins, checkColumn } from "./metric";
import { DEFAULT_SEGMENT_RULES, OTHERS, OTHERS_LABEL, SegmentRule, compileSegments } from "./segments";
import { RFM_TYPE_LABELS, RfmType, typeOf } from "./types";
import { sortedCopy } from "./sorted";
import { Workspace, uint16Array, uint8Array } from "../customers/workspace";

export interface RfmTableOptions {
  readonly bins?: number;
  readonly method?: ScoreMethod;
  readonly rules?: readonly SegmentRule[];
  /** Fixed thresholds per measure (bins − 1 ascending each); a measure left out is scored by `method`. */
  readonly thresholds?: FixedThresholds;
  /** "rules" (default): segments by `rules`; "types": each customer's segment is its RFM type. */
  readonly segmentBy?: "rules" | "types";
}

/** Thresholds for R (in the unit of recency: days), F (purchases) and M (money). */
export interface FixedThresholds {
  readonly r?: readonly number[];
  readonly f?: readonly number[];
  readonly m?: readonly number[];
}

/** The measures the scoring needs; a {@link CustomerTable} has them. */
export interface RfmMeasures {
  readonly recency: ArrayLike<number>;
  readonly frequency: ArrayLike<number>;
  readonly monetary: ArrayLike<number>;
}

export interface RfmScoresTable {
  readonly bins: number;
  readonly method: ScoreMethod;
  readonly r: Uint8Array;
  readonly f: Uint8Array;
  readonly m: Uint8Array;
  readonly code: Uint16Array;
  /** The measures scored on fixed thresholds (the others by `method`). */
  readonly fixed: readonly RfmMetric[];
  /** Segment key per customer ("others" when no rule matches; the type key with segmentBy "types"). */
  readonly segment: readonly string[];
  /** The label of every segment key of this scoring ("others" included). */
  readonly segmentLabels: Readonly<Record<string, Bilingual>>;
  readonly type: readonly RfmType[];
  readonly breaks: { readonly r: RfmBreaks; readonly f: RfmBreaks; readonly m: RfmBreaks };
  /** The references of the types: mean recency, frequency, monetary. */
  readonly means: { readonly recency: number; readonly frequency: number; readonly monetary: number };
}

const MEASURE: Readonly<Record<RfmMetric, Bilingual>> = {
  R: { en: "recency (days)", zh: "R（天数）" },
  F: { en: "frequency (purchases)", zh: "F（购买次数）" },
  M: { en: "monetary (amount)", zh: "M（金额）" },
};

/** Validated fixed breaks of one measure: bins − 1 ascending thresholds, closed "upper". */
function fixedBreaks(where: string, t: readonly number[], bins: number, metric: RfmMetric): RfmBreaks {
  const what = MEASURE[metric];
  if (t.length !== bins - 1) {
    throw invalidInput(
      where,
      `The thresholds for ${what.en}: give ${bins - 1} ascending numbers for ${bins} score levels, got ${t.length}.`,
      `${what.zh}的阈值：${bins} 个得分等级需要 ${bins - 1} 个从小到大的数，收到的是 ${t.length} 个。`,
    );
  }
  return { thresholds: checkThresholds(where, t), closed: "upper", metric };
}

function scoreOne(
  values: ArrayLike<number>,
  bins: number,
  metric: RfmMetric,
  method: ScoreMethod,
  fixed: readonly number[] | undefined,
  workspace: Workspace | undefined,
) {
  const where = "scoreCustomerTable";
  const xs = checkColumn(where, values);
  const breaks = fixed
    ? fixedBreaks(where, fixed, bins, metric)
    : breaksOfSorted(sortedCopy(xs, workspace), bins, metric, method);
  let sum = 0;
  const t = Float64Array.from(breaks.thresholds);
  const out = uint8Array(workspace, `scores.${metric}`, xs.length);
  for (let i = 0; i < xs.length; i++) {
    out[i] = binIndex(xs[i]!, t, metric === "R", breaks.closed);
    sum += xs[i]!;
  }
  return { scores: out, breaks, mean: sum / xs.length };
}

export function scoreCustomerTable(
  table: RfmMeasures,
  options: RfmTableOptions = {},
  workspace?: Workspace,
): RfmScoresTable {
  const where = "scoreCustomerTable";
  const bins = checkBins(where, options.bins ?? 5);
  const method = checkMethod(where, options.method ?? "quantile");
  const rules = options.rules ?? DEFAULT_SEGMENT_RULES;
  const lookup = compileSegments(rules);
  const byType = options.segmentBy === "types";
  const t = options.thresholds ?? {};
  const R = scoreOne(table.recency, bins, "R", method, t.r, workspace);
  const F = scoreOne(table.frequency, bins, "F", method, t.f, workspace);
  const M = scoreOne(table.monetary, bins, "M", method, t.m, workspace);
  const k = R.scores.length;
  if (F.scores.length !== k || M.scores.length !== k) {
    throw invalidInput(
      where,
      "Recency, frequency and monetary must have one value per customer each.",
      "R、F、M 三列必须每位客户各有一个值。",
    );
  }
  const code = uint16Array(workspace, "scores.code", k);
  const segment = new Array<string>(k);
  const type = new Array<RfmType>(k);
  for (let i = 0; i < k; i++) {
    const c = 100 * R.scores[i]! + 10 * F.scores[i]! + M.scores[i]!;
    code[i] = c;
    type[i] = typeOf(table.recency[i]!, table.frequency[i]!, table.monetary[i]!, R.mean, F.mean, M.mean);
    segment[i] = byType ? type[i]! : lookup[c]!;
  }
  const segmentLabels: Record<string, Bilingual> = byType
    ? { ...RFM_TYPE_LABELS }
    : Object.fromEntries([...rules.map((x) => [x.key, x.label] as const), [OTHERS, OTHERS_LABEL]]);
  return {
    bins,
    method,
    r: R.scores,
    f: F.scores,
    m: M.scores,
    code,
    fixed: (["R", "F", "M"] as const).filter((x) => t[x.toLowerCase() as "r" | "f" | "m"] !== undefined),
    segment,
    segmentLabels,
    type,
    breaks: { r: R.breaks, f: F.breaks, m: M.breaks },
    means: { recency: R.mean, frequency: F.mean, monetary: M.mean },
  };
}
