/**
 * Named segments from R, F, M scores by editable rules (CRM_MODELS.md §2 "rules must be data,
 * editable, documented"). A rule is a key, a bilingual label and inclusive score ranges
 * [lo, hi] for R, F and M; the first rule that matches wins; no match → "others" (其他).
 *
 * {@link DEFAULT_SEGMENT_RULES} is the R × F grid that RFM tools and tutorials commonly use
 * (Champions, Loyal Customers, Potential Loyalist, New Customers, Promising, Need Attention,
 * About To Sleep, At Risk, Can't Lose Them, Hibernating), whose low-R/low-F corner we split into
 * Hibernating (R2) and Lost (R1). M is not constrained. For 5 bins the rules cover all 125
 * cells exactly once; with other bin counts, edit the ranges (cells left over are "others").
 *
 * Cost O(rules) per customer; {@link compileSegments} makes it O(1) via a lookup of all
 * score cells. Throws `invalid` for scores outside 1–9 or malformed rules.
 *
 * @example
 * rfmSegment(5, 5, 1)                       // => "champions"
 * rfmSegment(1, 1, 5)                       // => "lost"
 * SEGMENT_LABELS.cantLoseThem.zh            // => "不能失去的客户"
 */
import { Bilingual, invalidInput } from "../errors";
import { checkScore } from "./metric";

/** Inclusive score range [lo, hi], 1 ≤ lo ≤ hi ≤ 9. */
export type ScoreRange = readonly [number, number];

export interface SegmentRule {
  readonly key: string;
  readonly label: Bilingual;
  readonly r: ScoreRange;
  readonly f: ScoreRange;
  readonly m: ScoreRange;
}

export const OTHERS = "others";
export const OTHERS_LABEL: Bilingual = { en: "Others", zh: "其他" };

const rule = (key: string, en: string, zh: string, r: ScoreRange, f: ScoreRange): SegmentRule => ({
  key,
  label: { en, zh },
  r,
  f,
  m: [1, 9],
});

export const DEFAULT_SEGMENT_RULES: readonly SegmentRule[] = Object.freeze([
  rule("champions", "Champions", "冠军客户", [5, 5], [4, 5]),
  rule("loyalCustomers", "Loyal Customers", "忠诚客户", [3, 4], [4, 5]),
  rule("potentialLoyalist", "Potential Loyalist", "潜在忠诚客户", [4, 5], [2, 3]),
  rule("newCustomers", "New Customers", "新客户", [5, 5], [1, 1]),
  rule("promising", "Promising", "有潜力客户", [4, 4], [1, 1]),
  rule("needAttention", "Need Attention", "需要关注客户", [3, 3], [3, 3]),
  rule("aboutToSleep", "About To Sleep", "即将沉睡客户", [3, 3], [1, 2]),
  rule("atRisk", "At Risk", "有流失风险客户", [1, 2], [3, 4]),
  rule("cantLoseThem", "Can't Lose Them", "不能失去的客户", [1, 2], [5, 5]),
  rule("hibernating", "Hibernating", "休眠客户", [2, 2], [1, 2]),
  rule("lost", "Lost", "流失客户", [1, 1], [1, 2]),
]);

/** Labels of the default segments and "others", by key. */
export const SEGMENT_LABELS: Readonly<Record<string, Bilingual>> = Object.freeze(
  Object.fromEntries([
    ...DEFAULT_SEGMENT_RULES.map((x) => [x.key, x.label] as const),
    [OTHERS, OTHERS_LABEL],
  ]),
);

export function checkSegmentRules(where: string, rules: readonly SegmentRule[]): readonly SegmentRule[] {
  const bad = (en: string, zh: string) => invalidInput(where, en, zh);
  if (!Array.isArray(rules) || rules.length === 0)
    throw bad("Give at least one segment rule.", "请至少给出一条细分规则。");
  const keys = new Set<string>();
  rules.forEach((x, i) => {
    const n = i + 1;
    if (typeof x?.key !== "string" || x.key.trim() === "" || keys.has(x.key) || x.key === OTHERS)
      throw bad(
        `Rule ${n} needs a name of its own (not empty, not repeated, not "others").`,
        `第 ${n} 条规则需要唯一的名称（非空、不重复、不能是 "others"）。`,
      );
    keys.add(x.key);
    if (typeof x.label?.en !== "string" || typeof x.label?.zh !== "string")
      throw bad(`Rule ${n} needs an English and a Chinese label.`, `第 ${n} 条规则需要英文和中文名称。`);
    for (const [name, range] of [
      ["R", x.r],
      ["F", x.f],
      ["M", x.m],
    ] as const) {
      const ok =
        Array.isArray(range) &&
        range.length === 2 &&
        range.every((v) => Number.isInteger(v) && v >= 1 && v <= 9) &&
        range[0] <= range[1];
      if (!ok)
        throw bad(
          `Rule ${n} (${x.key}): the ${name} range must be two whole numbers 1–9, low ≤ high.`,
          `第 ${n} 条规则（${x.key}）：${name} 范围必须是 1–9 的两个整数，且下限 ≤ 上限。`,
        );
    }
  });
  return rules;
}

/** A lookup of every cell 100·R + 10·F + M (1–9 each) → rule key, first match wins. */
export function compileSegments(rules: readonly SegmentRule[] = DEFAULT_SEGMENT_RULES): readonly string[] {
  checkSegmentRules("compileSegments", rules);
  const table: string[] = new Array<string>(1000).fill(OTHERS);
  for (let code = 111; code <= 999; code++) {
    const r = Math.floor(code / 100);
    const f = Math.floor(code / 10) % 10;
    const m = code % 10;
    const hit = rules.find(
      (x) => r >= x.r[0] && r <= x.r[1] && f >= x.f[0] && f <= x.f[1] && m >= x.m[0] && m <= x.m[1],
    );
    if (hit) table[code] = hit.key;
  }
  return table;
}

export function rfmSegment(
  r: number,
  f: number,
  m: number,
  rules: readonly SegmentRule[] = DEFAULT_SEGMENT_RULES,
): string {
  const w = "rfmSegment";
  const sr = checkScore(w, "R", r);
  const sf = checkScore(w, "F", f);
  const sm = checkScore(w, "M", m);
  checkSegmentRules(w, rules);
  const hit = rules.find(
    (x) => sr >= x.r[0] && sr <= x.r[1] && sf >= x.f[0] && sf <= x.f[1] && sm >= x.m[0] && sm <= x.m[1],
  );
  return hit ? hit.key : OTHERS;
}
