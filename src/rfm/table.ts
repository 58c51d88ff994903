/**
 * RFM for a whole customer table in one pass over its columns (CRM_MODELS.md §2; Excel
 * `RFM.TABLE` and the task pane): R, F, M scores, RFM code, named segment and mean-split type.
 *
 * Each column is sorted once (by counting when it holds integers, as days and purchase counts
 * do); its break points ({@link breaksOfSorted}, method "quantile" or
 * "rfm") are kept in the result so the scoring can be reproduced, and every customer is scored
 * by {@link binIndex} in O(log bins). R is scored on `recency` (its unit does not change the
 * scores), F on `frequency`, M on `monetary`. The type compares each customer with the means
 * (returned too); the segment follows `rules` (default {@link DEFAULT_SEGMENT_RULES}).
 *
 * Cost O(k log k) for k customers. Throws `invalid` for bad bins, method, rules or a table
 * with no customer or non-finite values.
 *
 * @example
 * const s = scoreCustomerTable({ recency: [1, 50, 9], frequency: [5, 1, 2], monetary: [90, 10, 30] }, { bins: 3 });
 * [Array.from(s.r), Array.from(s.f), Array.from(s.m), Array.from(s.code)] // => [[3, 1, 2], [3, 1, 2], [3, 1, 2], [333, 111, 222]]
 */
import { invalidInput } from "../errors";
import { binIndex } from "./bin";
import { RfmBreaks, ScoreMethod, breaksOfSorted, checkMethod } from "./breaks";
import { RfmMetric, checkBins, checkColumn } from "./metric";
import { DEFAULT_SEGMENT_RULES, SegmentRule, compileSegments } from "./segments";
import { RfmType, typeOf } from "./types";
import { sortedCopy } from "./sorted";

export interface RfmTableOptions {
  readonly bins?: number;
  readonly method?: ScoreMethod;
  readonly rules?: readonly SegmentRule[];
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
  /** Segment key per customer ("others" when no rule matches). */
  readonly segment: readonly string[];
  readonly type: readonly RfmType[];
  readonly breaks: { readonly r: RfmBreaks; readonly f: RfmBreaks; readonly m: RfmBreaks };
  /** The references of the types: mean recency, frequency, monetary. */
  readonly means: { readonly recency: number; readonly frequency: number; readonly monetary: number };
}

function scoreOne(values: ArrayLike<number>, bins: number, metric: RfmMetric, method: ScoreMethod) {
  const xs = checkColumn("scoreCustomerTable", values);
  const sorted = sortedCopy(xs);
  const breaks = breaksOfSorted(sorted, bins, metric, method);
  const t = Float64Array.from(breaks.thresholds);
  const out = new Uint8Array(xs.length);
  let sum = 0;
  for (let i = 0; i < xs.length; i++) {
    out[i] = binIndex(xs[i]!, t, metric === "R", breaks.closed);
    sum += xs[i]!;
  }
  return { scores: out, breaks, mean: sum / xs.length };
}

export function scoreCustomerTable(table: RfmMeasures, options: RfmTableOptions = {}): RfmScoresTable {
  const where = "scoreCustomerTable";
  const bins = checkBins(where, options.bins ?? 5);
  const method = checkMethod(where, options.method ?? "quantile");
  const lookup = compileSegments(options.rules ?? DEFAULT_SEGMENT_RULES);
  const R = scoreOne(table.recency, bins, "R", method);
  const F = scoreOne(table.frequency, bins, "F", method);
  const M = scoreOne(table.monetary, bins, "M", method);
  const k = R.scores.length;
  if (F.scores.length !== k || M.scores.length !== k) {
    throw invalidInput(
      where,
      "Recency, frequency and monetary must have one value per customer each.",
      "R、F、M 三列必须每位客户各有一个值。",
    );
  }
  const code = new Uint16Array(k);
  const segment = new Array<string>(k);
  const type = new Array<RfmType>(k);
  for (let i = 0; i < k; i++) {
    const c = 100 * R.scores[i]! + 10 * F.scores[i]! + M.scores[i]!;
    code[i] = c;
    segment[i] = lookup[c]!;
    type[i] = typeOf(table.recency[i]!, table.frequency[i]!, table.monetary[i]!, R.mean, F.mean, M.mean);
  }
  return {
    bins,
    method,
    r: R.scores,
    f: F.scores,
    m: M.scores,
    code,
    segment,
    type,
    breaks: { r: R.breaks, f: F.breaks, m: M.breaks },
    means: { recency: R.mean, frequency: F.mean, monetary: M.mean },
  };
}
