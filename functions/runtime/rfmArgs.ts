/**
 * Argument shaping of the RFM family (functions/rfm.ts): the metric, method and unit words, a
 * column of numbers whose blank cells keep their place, the breaks range shared by RFM.BREAKS and
 * RFM.BIN, and the rules range of RFM.SEGMENT. Validation only: the scoring is in src/rfm.
 */
import { Bilingual, describe, invalidInput, Lang } from "../../src/index";
import {
  Closed,
  RecencyUnit,
  RfmMetric,
  ScoreMethod,
  SegmentRule,
  segmentRulesFromRows,
} from "../../src/rfm";
import { cellNumber, flatCells, isBlank } from "./args";
import { choiceArg, unitArg } from "./choice";

const METRICS: Record<string, RfmMetric> = {
  r: "R",
  f: "F",
  m: "M",
  recency: "R",
  frequency: "F",
  monetary: "M",
};
/** "R", "F" or "M" (also "recency", "frequency", "monetary"; any case); undefined when omitted. */
export function metricArg(v: unknown, what: Bilingual): RfmMetric | undefined {
  if (v === "R" || v === "F" || v === "M") return v;
  const m = choiceArg<RfmMetric | "">(v, what, METRICS, "", ["R", "F", "M"]);
  return m === "" ? undefined : m;
}

const METHODS: Record<string, ScoreMethod> = { quantile: "quantile", rfm: "rfm" };
/** "quantile" (default) or "rfm". */
export function methodArg(v: unknown, what: Bilingual): ScoreMethod {
  return choiceArg<ScoreMethod>(v, what, METHODS, "quantile");
}

/** "days" (default), "weeks" or "months" (the one spelling table, functions/runtime/choice.ts). */
export function recencyUnitArg(v: unknown, what: Bilingual): RecencyUnit {
  return unitArg<RecencyUnit>(v, what, "days");
}

function notANumberAt(what: Bilingual, i: number, c: unknown): Error {
  return invalidInput(
    "args",
    `${what.en}: item ${i + 1} must be a number, got ${describe(c)}.`,
    `${what.zh}：第 ${i + 1} 项必须是数字，收到的是 ${describe(c)}。`,
  );
}

/**
 * A column (or row) of numbers whose blank cells keep their place: the numbers, the position of
 * each in the range, the range's length and whether it was a row (so a spill can be aligned).
 * One pass, no copy of the range (it runs on a million cells).
 */
export function positionedNumbers(
  v: unknown,
  what: Bilingual,
): { numbers: Float64Array; positions: Int32Array; length: number; isRow: boolean } {
  const rows = v as unknown[][];
  const isColumn =
    Array.isArray(v) && rows.length > 1 && rows.every((r) => Array.isArray(r) && r.length === 1);
  const cells: ArrayLike<unknown> = isColumn ? { length: 0 } : flatCells(v, what);
  const length = isColumn ? rows.length : cells.length;
  const numbers = new Float64Array(length);
  const positions = new Int32Array(length);
  let k = 0;
  for (let i = 0; i < length; i++) {
    const c = isColumn ? rows[i]![0] : cells[i];
    if (typeof c === "number" && c - c === 0) {
      numbers[k] = c;
      positions[k++] = i;
      continue;
    }
    if (isBlank(c)) continue;
    const n = cellNumber(c);
    if (n === undefined) throw notANumberAt(what, i, c);
    numbers[k] = n;
    positions[k++] = i;
  }
  const isRow = Array.isArray(v) && rows.length === 1 && length > 1;
  return { numbers: numbers.subarray(0, k), positions: positions.subarray(0, k), length, isRow };
}

// ---- the breaks range (RFM.BREAKS → RFM.BIN) ------------------------------------------------

/**
 * The first cell of an RFM.BREAKS spill: the metric, then how a value equal to a break is
 * binned — "≤": in the bin below it (bins (a, b], the seed's "R ≤ 7"), "<": in the bin above it
 * (bins [a, b), the R rfm package). E.g. "F breaks (≤)", "R 分界点（<）".
 */
export function breaksHeader(metric: RfmMetric, closed: Closed, lang: Lang): string {
  const sym = closed === "upper" ? "≤" : "<";
  return lang === "zh" ? `${metric} 分界点（${sym}）` : `${metric} breaks (${sym})`;
}

/**
 * Reads a breaks header: a metric letter first (R, F or M, any case, not followed by a letter),
 * then "≤" or "<=" (closed "upper") or "<" (closed "lower"). Undefined when it is not one.
 */
function breaksHeaderOf(s: string): { metric: RfmMetric; closed: Closed } | undefined {
  let i = 0;
  while (i < s.length && s.charCodeAt(i) <= 32) i++;
  const c = s.charAt(i).toUpperCase();
  if (c !== "R" && c !== "F" && c !== "M") return undefined;
  if (/[A-Za-z]/.test(s.charAt(i + 1))) return undefined;
  const le = s.indexOf("≤", i);
  const lt = s.indexOf("<", i);
  if (le < 0 && lt < 0) return undefined;
  const closed: Closed = lt < 0 || (le >= 0 && le < lt) || s.charAt(lt + 1) === "=" ? "upper" : "lower";
  return { metric: c, closed };
}

export interface ThresholdsArg {
  readonly thresholds: number[];
  readonly closed: Closed;
  /** The metric named by a breaks header, when there is one. */
  readonly metric: RfmMetric | undefined;
}

/**
 * A thresholds range: ascending numbers (blank cells skipped), optionally headed by the first
 * cell of an RFM.BREAKS spill (see {@link breaksHeader}); without a header, closed "upper".
 * Undefined when the argument is omitted.
 */
export function thresholdsArg(v: unknown, what: Bilingual): ThresholdsArg | undefined {
  if (v === null || v === undefined) return undefined;
  // Called once per cell (RFM.BIN down a column): read the few cells in place, no copy.
  const rows = (Array.isArray(v) ? v : [[v]]) as unknown[][];
  const byRow = rows.length === 1;
  if (!byRow && rows.some((r) => !Array.isArray(r) || r.length !== 1)) flatCells(v, what); // throws: a block
  const length = byRow ? (rows[0]?.length ?? 0) : rows.length;
  const cell = (i: number): unknown => (byRow ? rows[0]![i] : rows[i]![0]);
  let start = 0;
  let closed: Closed = "upper";
  let metric: RfmMetric | undefined;
  const first = cell(0);
  const header = typeof first === "string" ? breaksHeaderOf(first) : undefined;
  if (header) {
    metric = header.metric;
    closed = header.closed;
    start = 1;
  } else if (typeof first === "string" && !isBlank(first) && cellNumber(first) === undefined) {
    throw invalidInput(
      "args",
      `${what.en}: the first cell ${describe(first)} is neither a number nor a breaks header such as "F breaks (≤)" from RFM.BREAKS.`,
      `${what.zh}：第一个单元格 ${describe(first)} 既不是数字，也不是 RFM.BREAKS 给出的表头（如 "F 分界点（≤）"）。`,
    );
  }
  const thresholds: number[] = [];
  for (let i = start; i < length; i++) {
    const c = cell(i);
    if (typeof c === "number" && c - c === 0) {
      thresholds.push(c);
      continue;
    }
    if (isBlank(c)) continue;
    const n = cellNumber(c);
    if (n === undefined) throw notANumberAt(what, i, c);
    thresholds.push(n);
  }
  if (thresholds.length === 0) {
    throw invalidInput(
      "args",
      `${what.en} has no numbers: give 1 to 8 ascending thresholds, or omit it with metric "R" for the office-supplies retailer's 7/30/60/120 days.`,
      `${what.zh}中没有数字：请给出 1 到 8 个从小到大的阈值，或省略它并把指标设为 "R" 以使用办公用品零售商的 7/30/60/120 天。`,
    );
  }
  return { thresholds, closed, metric };
}

// ---- the rules range (RFM.SEGMENT) -----------------------------------------------------------

/**
 * A rules range, one row per rule: name, r_min, r_max, f_min, f_max, m_min, m_max, read by the
 * core's {@link segmentRulesFromRows} (header row and blank rows skipped, blank bounds open,
 * rows numbered from the top of the range in messages). Undefined when omitted.
 */
export function segmentRulesArg(v: unknown, what: Bilingual): SegmentRule[] | undefined {
  if (v === null || v === undefined) return undefined;
  return segmentRulesFromRows((Array.isArray(v) ? v : [[v]]) as unknown[][], what);
}
