/**
 * RFM family: recency, frequency, monetary scores, codes, types, segments and the per-customer
 * table (CRM_MODELS.md §1, §2). Thin wrappers: shape the Excel arguments, call the core in
 * src/rfm and src/customers, map failures to Excel errors.
 */
import { describe, invalidInput } from "../src/index";
import { Workspace, customerTableOf } from "../src/customers";
import {
  binByThresholds,
  binColumn,
  DEFAULT_SEGMENT_RULES,
  followUpAction,
  meanOf,
  OTHERS,
  OTHERS_LABEL,
  quantileScore,
  recency,
  rfmBreaks,
  rfmCode,
  rfmSegment,
  rfmType,
  rfmTypes,
  RfmType,
  RFM_TYPE_LABELS,
  rfmWeighted,
  scoreCustomerTable,
  SEED_RECENCY_DAYS,
  SEGMENT_LABELS,
} from "../src/rfm";
import { maybeNumberArg, numberArg, numberColumn, optionalNumberArg } from "./runtime/args";
import { dateArg, optionalDateArg } from "./runtime/columns";
import { dateOrderArg, dateSystemArg, purchaseArgs, purchaseNote } from "./runtime/purchases";
import { RFM_ROW_DATE_COLUMNS, rfmRowHeader, rfmRows, toWorkbookDates } from "../src/reports";
import { excel } from "./runtime/errors";
import { displayLang, langArg } from "./runtime/lang";
import {
  breaksHeader,
  methodArg,
  metricArg,
  positionedNumbers,
  segmentRulesArg,
  thresholdsArg,
  recencyUnitArg,
} from "./runtime/rfmArgs";

const BINS = { en: "bins", zh: "分组数 bins" };
const METRIC = { en: "metric", zh: "指标 metric" };
const METHOD = { en: "method", zh: "方法 method" };
const VALUES = { en: "values", zh: "数值 values" };
const R_SCORE = { en: "r", zh: "R 得分 r" };
const F_SCORE = { en: "f", zh: "F 得分 f" };
const M_SCORE = { en: "m", zh: "M 得分 m" };

/**
 * Recency: time from the last purchase to the as-of date, in days (or weeks or months); given a range of one customer's purchase dates, its latest is used.
 * @customfunction RFM.RECENCY
 * @param last_purchase The last purchase date (a date cell, a serial number or text such as 2024-06-22), or a range of the customer's purchase dates: its latest is used, blank cells are skipped.
 * @param as_of The as-of date (研究时间点) recency is counted to, usually the day after the data ends. Required, so the result never changes by itself: type a date or refer to a cell; =TODAY() gives a live figure that changes every day.
 * @param [unit] "days" (default), "weeks" (days ÷ 7) or "months" (days ÷ 30.4375, the mean month); weeks and months are not rounded.
 * @returns The recency, ≥ 0. #VALUE! when a date cannot be read or the last purchase is after the as-of date.
 * @helpurl https://localhost:3000/help/functions.html#RFM.RECENCY
 */
export function rfmRecency(last_purchase: unknown[][], as_of: unknown, unit: unknown): number {
  return excel("RFM.RECENCY", () =>
    recency(
      last_purchase,
      dateArg(as_of, { en: "as_of", zh: "研究时间点 as_of" }),
      recencyUnitArg(unit, { en: "unit", zh: "单位 unit" }),
    ),
  );
}

/**
 * Quantile score 1…bins of one value within a population: 1 + INT(bins × COUNTIF(population, "<" & value) ÷ COUNT(population)), ties share a score. For a whole column use RFM.SCORES: it is much faster on big sheets.
 * @customfunction RFM.SCORE
 * @param value The customer's value: recency (days), frequency (purchases) or monetary (money).
 * @param population Range of the values of all customers (one column or row); blank cells are skipped. Each call reads the whole range, so thousands of RFM.SCORE cells are slow: use RFM.SCORES.
 * @param [bins] Number of scores, a whole number 2–9; default 5.
 * @param [metric] "F" or "M" (default "F"): more is better; "R": fewer days is better, so the count is of values strictly greater.
 * @returns A whole number 1…bins (bins for the best customers); a value better than every member gets bins.
 * @helpurl https://localhost:3000/help/functions.html#RFM.SCORE
 */
export function rfmScore(value: unknown, population: unknown[][], bins: unknown, metric: unknown): number {
  return excel("RFM.SCORE", () =>
    quantileScore(
      numberArg(value, { en: "value", zh: "数值 value" }),
      numberColumn(population, { en: "population", zh: "总体 population" }),
      optionalNumberArg(bins, BINS, 5),
      metricArg(metric, METRIC) ?? "F",
    ),
  );
}

/**
 * Scores 1…bins for a whole column at once (the fast path): a spilled column aligned row by row with the values.
 * @customfunction RFM.SCORES
 * @param values Range of the values of all customers, one column (or one row: the scores then spill as a row). Blank cells give a blank score so the rows stay aligned; text is #VALUE! naming the item.
 * @param [bins] Number of scores, a whole number 2–9; default 5.
 * @param [metric] "F" or "M" (default "F"): more is better; "R": fewer days is better.
 * @param [method] "quantile" (default): equal-count rule 1 + INT(bins × COUNTIF(values, "<" & x) ÷ COUNT(values)), ties share a score; "rfm": the bins of the R package rfm 0.3.0 (type-7 quantile breaks + 1, half-open bins).
 * @returns A spilled column of scores (a row for a row of values), no header, same length as values.
 * @helpurl https://localhost:3000/help/functions.html#RFM.SCORES
 */
export function rfmScores(values: unknown[][], bins: unknown, metric: unknown, method: unknown): any[][] {
  return excel("RFM.SCORES", () => {
    const b = optionalNumberArg(bins, BINS, 5);
    const m = metricArg(metric, METRIC) ?? "F";
    const meth = methodArg(method, METHOD);
    const col = positionedNumbers(values, VALUES);
    // The column's breaks, then a binary search among bins − 1 of them per value: the same scores
    // as scoreColumn (src/rfm/breaks.ts: the breaks reproduce quantileScores exactly), ~5× faster
    // than its per-value search of the sorted column on a million non-integer values.
    const scores = binColumn(col.numbers, rfmBreaks(col.numbers, b, m, meth));
    const { positions, length } = col;
    if (col.isRow) {
      const out: (number | string)[] = new Array<number | string>(length).fill("");
      for (let j = 0; j < scores.length; j++) out[positions[j]!] = scores[j]!;
      return [out];
    }
    const rows = new Array<(number | string)[]>(length);
    for (let i = 0, j = 0; i < length; i++) {
      rows[i] = j < positions.length && positions[j] === i ? [scores[j++]!] : [""];
    }
    return rows;
  });
}

/**
 * Break points of a column's scores, spilled with a first cell naming the metric and how a value equal to a break is scored; give the whole spill to RFM.BIN to score any value exactly as RFM.SCORES does.
 * @customfunction RFM.BREAKS
 * @param values Range of the values of all customers, one column or row; blank cells are skipped.
 * @param [bins] Number of scores, a whole number 2–9; default 5 (bins − 1 breaks).
 * @param [metric] "F" or "M" (default "F"), or "R" (fewer days is better): R's breaks differ, so pass the same metric as to RFM.SCORES.
 * @param [method] "quantile" (default) or "rfm" (R package rfm 0.3.0), as in RFM.SCORES.
 * @returns A spilled column: a header such as "F breaks (≤)" — "≤": a value equal to a break gets the lower bin; "<": the higher bin — then the breaks in ascending order. Keep the header cell when you refer to the breaks.
 * @helpurl https://localhost:3000/help/functions.html#RFM.BREAKS
 */
export function rfmBreaksFn(values: unknown[][], bins: unknown, metric: unknown, method: unknown): any[][] {
  return excel("RFM.BREAKS", () => {
    const br = rfmBreaks(
      numberColumn(values, VALUES),
      optionalNumberArg(bins, BINS, 5),
      metricArg(metric, METRIC) ?? "F",
      methodArg(method, METHOD),
    );
    return [[breaksHeader(br.metric, br.closed, displayLang())], ...br.thresholds.map((t) => [t])];
  });
}

/**
 * Score from fixed thresholds (e.g. the office-supplies retailer's recency table 7/30/60/120 days) or from the breaks spilled by RFM.BREAKS.
 * @customfunction RFM.BIN
 * @param value The value to score (days for R, purchases for F, money for M).
 * @param [thresholds] Range of 1–8 ascending thresholds (2–9 scores); a value equal to a threshold gets the lower bin (bins (a, b]), as in the office-supplies retailer's "R ≤ 7 → 5". Or the whole RFM.BREAKS spill, whose first cell sets the metric and the bin side. Omitted with metric "R": the office-supplies retailer's preset 7, 30, 60, 120 days (R ≤ 7 → 5, 8–30 → 4, 31–60 → 3, 61–120 → 2, ≥ 121 → 1).
 * @param [metric] "F" or "M": bin number 1 for the smallest values; "R": reversed (fewer days = higher score). Default: the metric of an RFM.BREAKS header, else "F".
 * @returns A whole number 1…(number of thresholds + 1).
 * @helpurl https://localhost:3000/help/functions.html#RFM.BIN
 */
export function rfmBin(value: unknown, thresholds: unknown[][], metric: unknown): number {
  return excel("RFM.BIN", () => {
    const v = numberArg(value, { en: "value", zh: "数值 value" });
    const t = thresholdsArg(thresholds, { en: "thresholds", zh: "阈值 thresholds" });
    const m = metricArg(metric, METRIC);
    if (t === undefined) {
      if (m === "R") return binByThresholds(v, SEED_RECENCY_DAYS, "R");
      throw invalidInput(
        "args",
        'thresholds is missing: give a range of ascending thresholds, or set metric to "R" for the office-supplies retailer\'s 7/30/60/120 days.',
        '缺少阈值 thresholds：请给出从小到大的阈值区域，或把指标设为 "R" 以使用办公用品零售商的 7/30/60/120 天。',
      );
    }
    if (t.metric !== undefined && m !== undefined && t.metric !== m) {
      throw invalidInput(
        "args",
        `These breaks were computed for ${t.metric} (their first cell), but metric is ${describe(m)}: use the same metric or omit it.`,
        `这些分界点是按 ${t.metric} 计算的（见第一个单元格），而指标 metric 是 ${describe(m)}：请使用相同的指标或省略它。`,
      );
    }
    return binByThresholds(v, t.thresholds, m ?? t.metric ?? "F", t.closed);
  });
}

/**
 * RFM code R×100 + F×10 + M, e.g. R5 F4 M3 → 543 (the "RFM代码" of the office-supplies retailer's case).
 * @customfunction RFM.CODE
 * @param r Recency score, a whole number 1–9.
 * @param f Frequency score, a whole number 1–9.
 * @param m Monetary score, a whole number 1–9.
 * @returns The three-digit code, e.g. 543.
 * @helpurl https://localhost:3000/help/functions.html#RFM.CODE
 */
export function rfmCodeFn(r: unknown, f: unknown, m: unknown): number {
  return excel("RFM.CODE", () =>
    rfmCode(numberArg(r, R_SCORE), numberArg(f, F_SCORE), numberArg(m, M_SCORE)),
  );
}

/**
 * Weighted RFM score weight_r×R + weight_f×F + weight_m×M; weights that sum to 1 give a weighted average on the score scale.
 * @customfunction RFM.WEIGHTED
 * @param r Recency score, a whole number 1–9.
 * @param f Frequency score, a whole number 1–9.
 * @param m Monetary score, a whole number 1–9.
 * @param [weight_r] Weight of R, ≥ 0; default 1.
 * @param [weight_f] Weight of F, ≥ 0; default 1.
 * @param [weight_m] Weight of M, ≥ 0; default 1 (with all three defaults the result is R + F + M). Not all weights may be 0.
 * @returns The weighted score.
 * @helpurl https://localhost:3000/help/functions.html#RFM.WEIGHTED
 */
export function rfmWeightedFn(
  r: unknown,
  f: unknown,
  m: unknown,
  weight_r: unknown,
  weight_f: unknown,
  weight_m: unknown,
): number {
  return excel("RFM.WEIGHTED", () =>
    rfmWeighted(
      numberArg(r, R_SCORE),
      numberArg(f, F_SCORE),
      numberArg(m, M_SCORE),
      optionalNumberArg(weight_r, { en: "weight_r", zh: "R 权重 weight_r" }, 1),
      optionalNumberArg(weight_f, { en: "weight_f", zh: "F 权重 weight_f" }, 1),
      optionalNumberArg(weight_m, { en: "weight_m", zh: "M 权重 weight_m" }, 1),
    ),
  );
}

function referenceArg(v: unknown, what: { en: string; zh: string }): number {
  const xs = numberColumn(v, what);
  if (xs.length === 0) {
    throw invalidInput(
      "args",
      `${what.en} is empty: give a number or the column of all customers (its mean is used).`,
      `${what.zh}为空：请给出一个数字，或全部客户的一列数据（取其平均值）。`,
    );
  }
  return xs.length === 1 ? xs[0]! : meanOf(xs);
}

/**
 * One of the eight RFM customer types (重要价值客户 …) of one customer, from high/low recency, frequency and monetary against references, usually the means. For a whole table use RFM.TYPES: one spilled call that computes the means once.
 * @customfunction RFM.TYPE
 * @param recency The customer's recency in days (raw value, not the R score): high when at or below recency_ref.
 * @param frequency The customer's number of purchases (raw value): high when at or above frequency_ref.
 * @param monetary The customer's monetary value (raw value): high when at or above monetary_ref.
 * @param recency_ref A number: the usual choice per cell is =AVERAGE(…) computed once in a cell and referred to with $. Or the recency column of all customers (its mean is used; blank cells skipped): then every cell reads the whole column again, which is slow on big sheets; for a whole table use RFM.TYPES instead.
 * @param frequency_ref A number, or the frequency column of all customers (its mean is used; slow when filled down, as for recency_ref).
 * @param monetary_ref A number, or the monetary column of all customers (its mean is used; slow when filled down, as for recency_ref).
 * @param [lang] Language of the label: "en" or "zh"; default the Office display language.
 * @returns Important value / development / retention / win-back, General value / … (重要价值客户 … 一般挽留客户).
 * @helpurl https://localhost:3000/help/functions.html#RFM.TYPE
 */
export function rfmTypeFn(
  recency: unknown,
  frequency: unknown,
  monetary: unknown,
  recency_ref: unknown[][],
  frequency_ref: unknown[][],
  monetary_ref: unknown[][],
  lang: unknown,
): string {
  return excel("RFM.TYPE", () => {
    const language = langArg(lang);
    const type = rfmType(
      numberArg(recency, { en: "recency", zh: "最近消费间隔 recency" }),
      numberArg(frequency, { en: "frequency", zh: "消费频率 frequency" }),
      numberArg(monetary, { en: "monetary", zh: "消费金额 monetary" }),
      referenceArg(recency_ref, { en: "recency_ref", zh: "最近消费间隔参考值 recency_ref" }),
      referenceArg(frequency_ref, { en: "frequency_ref", zh: "消费频率参考值 frequency_ref" }),
      referenceArg(monetary_ref, { en: "monetary_ref", zh: "消费金额参考值 monetary_ref" }),
    );
    return RFM_TYPE_LABELS[type][language];
  });
}

/**
 * The eight RFM customer types for a whole table at once (the fast path): a spilled column aligned row by row, each customer against the means of the three columns. Use RFM.TYPE for one customer against references you choose.
 * @customfunction RFM.TYPES
 * @param recency The recency of all customers in days (raw values, not R scores), one column (or one row: the types then spill as a row); high when at or below the column's mean.
 * @param frequency The number of purchases of the same customers (raw values), the same rows as recency; high when at or above its mean.
 * @param monetary The monetary value of the same customers (raw values), the same rows as recency; high when at or above its mean.
 * @param [lang] Language of the labels: "en" or "zh"; default the Office display language.
 * @returns A spilled column of types (a row for rows), no header, same length as recency. A row blank in all three columns gives a blank cell and is left out of the means; a row blank in only some of them, or text, is #VALUE! naming the row.
 * @helpurl https://localhost:3000/help/functions.html#RFM.TYPES
 */
export function rfmTypesFn(
  recency: unknown[][],
  frequency: unknown[][],
  monetary: unknown[][],
  lang: unknown,
): any[][] {
  return excel("RFM.TYPES", () => {
    const language = langArg(lang);
    const cols = [
      positionedNumbers(recency, { en: "recency", zh: "最近消费间隔 recency" }),
      positionedNumbers(frequency, { en: "frequency", zh: "消费频率 frequency" }),
      positionedNumbers(monetary, { en: "monetary", zh: "消费金额 monetary" }),
    ] as const;
    const { positions, length, isRow } = sameRows(cols);
    const types = rfmTypes(cols[0].numbers, cols[1].numbers, cols[2].numbers);
    const label = new Map<RfmType, string>();
    for (const [key, l] of Object.entries(RFM_TYPE_LABELS)) label.set(key as RfmType, l[language]);
    if (isRow) {
      const out = new Array<string>(length).fill("");
      for (let j = 0; j < types.length; j++) out[positions[j]!] = label.get(types[j]!)!;
      return [out];
    }
    const rows = new Array<string[]>(length);
    for (let i = 0, j = 0; i < length; i++) {
      rows[i] = [j < positions.length && positions[j] === i ? label.get(types[j++]!)! : ""];
    }
    return rows;
  });
}

const TYPE_COLUMNS = [
  { en: "recency", zh: "最近消费间隔 recency" },
  { en: "frequency", zh: "消费频率 frequency" },
  { en: "monetary", zh: "消费金额 monetary" },
];

/** The three columns must cover the same rows, blank in the same rows (a blank row is no customer). */
function sameRows(
  cols: readonly ReturnType<typeof positionedNumbers>[],
): ReturnType<typeof positionedNumbers> {
  const first = cols[0]!;
  cols.forEach((c, k) => {
    const what = TYPE_COLUMNS[k]!;
    if (c.length !== first.length) {
      throw invalidInput(
        "args",
        `${what.en} has ${c.length} rows but recency has ${first.length}: select the same rows in every column.`,
        `${what.zh}有 ${c.length} 行，而最近消费间隔 recency 有 ${first.length} 行：请在每一列中选择相同的行。`,
      );
    }
  });
  const [p, q, s] = cols.map((c) => c.positions) as [Int32Array, Int32Array, Int32Array];
  const n = Math.max(p.length, q.length, s.length);
  for (let j = 0; j < n; j++) {
    if (p[j] === q[j] && p[j] === s[j]) continue; // one comparison per row on the usual path
    const at = [p, q, s].map((x) => x[j] ?? Infinity);
    // Positions ascend: the smallest is a row that the columns with a larger position leave blank.
    const row = Math.min(...at);
    const gaps = TYPE_COLUMNS.filter((_, k) => at[k] !== row);
    throw invalidInput(
      "args",
      `Item ${row + 1}: ${gaps.map((g) => g.en).join(" and ")} ${gaps.length > 1 ? "are" : "is"} blank but the other columns are not: fill it in, or clear the whole row.`,
      `第 ${row + 1} 项：${gaps.map((g) => g.zh).join("和")}为空，而其他列不为空：请填写，或清空整行。`,
    );
  }
  if (first.positions.length === 0) {
    throw invalidInput(
      "args",
      "recency, frequency and monetary hold no customer (every row is blank): give the three columns of your customer table.",
      "最近消费间隔、消费频率和消费金额三列中没有客户（每一行都为空）：请给出客户表的这三列。",
    );
  }
  return first;
}

/**
 * Named segment (Champions, Loyal Customers, …, Lost) of an R, F, M score triple, from the standard scheme or your own rules range; first matching rule wins.
 * @customfunction RFM.SEGMENT
 * @param r Recency score, a whole number 1–9.
 * @param f Frequency score, a whole number 1–9.
 * @param m Monetary score, a whole number 1–9.
 * @param [rules] Range of 7 columns, one row per rule: name, r_min, r_max, f_min, f_max, m_min, m_max (inclusive scores 1–9; a blank min means 1, a blank max 9; a header row of text is skipped; a name may repeat). Default: the standard 5-bin R × F scheme (Champions, Loyal Customers, Potential Loyalist, New Customers, Promising, Need Attention, About To Sleep, At Risk, Can't Lose Them, Hibernating, Lost).
 * @param [lang] Language of the standard labels: "en" or "zh"; default the Office display language. Your own rule names are shown as typed.
 * @returns The segment name; "Others" (其他) when no rule matches.
 * @helpurl https://localhost:3000/help/functions.html#RFM.SEGMENT
 */
export function rfmSegmentFn(r: unknown, f: unknown, m: unknown, rules: unknown[][], lang: unknown): string {
  return excel("RFM.SEGMENT", () => {
    const language = langArg(lang);
    const own = segmentRulesArg(rules, { en: "rules", zh: "规则 rules" });
    const key = rfmSegment(
      numberArg(r, R_SCORE),
      numberArg(f, F_SCORE),
      numberArg(m, M_SCORE),
      own ?? DEFAULT_SEGMENT_RULES,
    );
    if (key === OTHERS) return OTHERS_LABEL[language];
    const label = own ? own.find((x) => x.key === key)?.label : SEGMENT_LABELS[key];
    return label ? label[language] : key;
  });
}

/**
 * The office-supplies retailer's follow-up mailing policy: by recency score (R5 at once, R4 within a week, else none) and, optionally, by purchases in the last 6 months.
 * @customfunction RFM.ACTION
 * @param r Recency score on 5 bins, a whole number 1–5.
 * @param [purchases_6m] The customer's number of purchases in the last 6 months (a count ≥ 0, not the F score): more than 5 → a catalogue every month, fewer than 2 → every two months. Omit for the recency action only.
 * @param [lang] Language of the text: "en" or "zh"; default the Office display language.
 * @returns The action, e.g. "Send a catalogue and the points offer at once" (立即寄送商品目录及奖励积分计划); with purchases_6m, the two actions joined by "; ".
 * @helpurl https://localhost:3000/help/functions.html#RFM.ACTION
 */
export function rfmAction(r: unknown, purchases_6m: unknown, lang: unknown): string {
  return excel("RFM.ACTION", () => {
    const language = langArg(lang);
    const score = numberArg(r, R_SCORE);
    const purchases = maybeNumberArg(purchases_6m, {
      en: "purchases_6m",
      zh: "6 个月内购买次数 purchases_6m",
    });
    return followUpAction(score, purchases, language);
  });
}

/**
 * The arrays of =RFM.TABLE's reading, kept from one call to the next (see Workspace): the spill
 * is built from them before the call returns, and a sheet recalculates the same columns again
 * and again. On a million rows that is about 30 MB kept, and no full collection of the
 * workbook's cells every call or two.
 */
const RFM_TABLE_WORKSPACE = new Workspace();

/**
 * Per-customer RFM table from a transactions block: id, last purchase, recency, frequency, monetary, R, F, M, code, segment, type, first purchase, value tier, average order value, refunds, purchases in the last 6 months, follow-up (the mailing policy of RFM.ACTION), with a header row.
 * @customfunction RFM.TABLE
 * @param customer_ids Column of customer ids, one per transaction row (trimmed, case-insensitive: "C001" and "c001 " are one customer).
 * @param dates Column of transaction dates, same rows: date cells, serial numbers or text such as 2024-06-22.
 * @param amounts Column of amounts, same rows: a positive amount is a purchase, a negative one a refund (netted into monetary).
 * @param [as_of] The as-of date (研究时间点) recency is counted to; default the day after the latest date. Rows dated after it are not used. The header of the recency column states it.
 * @param [bins] Number of scores, a whole number 2–9; default 5 (the standard segments and the follow-up column assume 5: with other levels the follow-up is blank).
 * @param [method] "quantile" (default, equal-count rule as RFM.SCORES) or "rfm" (R package rfm 0.3.0).
 * @param [order_ids] Column of order ids, same rows: frequency then counts distinct orders instead of purchase rows.
 * @param [lang] Language of the header, segment and type labels: "en" or "zh"; default the Office display language.
 * @param [date_system] The workbook's date system for date serials: 1900 (default) or 1904 (File > Options > Advanced > "Use 1904 date system").
 * @param [date_order] How to read text dates like 03/04/2024: "dmy", "mdy" or "ymd"; default inferred from the column (a column holding 31/12/2025 is day-first), else such text is not used.
 * @returns A spilled table with a header row, one row per customer in order of first appearance. Purchases in the last 6 months are those less than 6 × 30.4375 days before as_of; the follow-up is RFM.ACTION(R, those purchases). Rows that cannot be used (no id, an Excel error, unreadable date or amount, after as_of, customers with refunds only) are counted in a last row starting "Note:" that gives the first three row numbers and reasons; ids written differently but read as one customer ("C001", "c001 ") are counted there too; otherwise there is no note. Amounts typed as text ("1,234.50", "¥88", "(12.50)") are read.
 * @helpurl https://localhost:3000/help/functions.html#RFM.TABLE
 */
export function rfmTable(
  customer_ids: unknown[][],
  dates: unknown[][],
  amounts: unknown[][],
  as_of: unknown,
  bins: unknown,
  method: unknown,
  order_ids: unknown[][],
  lang: unknown,
  date_system: unknown,
  date_order: unknown,
): any[][] {
  return excel("RFM.TABLE", () => {
    const language = langArg(lang);
    const b = optionalNumberArg(bins, BINS, 5);
    const meth = methodArg(method, METHOD);
    const dateSystem = dateSystemArg(date_system);
    const dateOrder = dateOrderArg(date_order);
    const asOf = optionalDateArg(
      as_of,
      { en: "as_of", zh: "研究时间点 as_of" },
      { dateSystem, order: dateOrder },
    );
    const rows = purchaseArgs({
      ids: customer_ids,
      dates,
      amounts,
      orderIds: order_ids,
      asOf,
      dateSystem,
      dateOrder,
      workspace: RFM_TABLE_WORKSPACE,
    });
    const t = customerTableOf(rows, "days", RFM_TABLE_WORKSPACE);
    const s = scoreCustomerTable(t, { bins: b, method: meth }, RFM_TABLE_WORKSPACE);
    const body = toWorkbookDates(rfmRows(t, s, language), RFM_ROW_DATE_COLUMNS, dateSystem);
    const out: (string | number)[][] = [rfmRowHeader(t.asOf, language), ...body];
    const note = purchaseNote(rows, out[0]!.length, language);
    if (note) out.push(note);
    return out;
  });
}
