/**
 * Kotler's choice of relationship level by number of customers × profit margin (CRM_MODELS.md
 * §7, seed 001 after Kotler, Marketing Management):
 *
 * | customers \ margin | high        | medium      | low               |
 * |--------------------|-------------|-------------|-------------------|
 * | many               | accountable | reactive    | basic or reactive |
 * | medium             | proactive   | accountable | reactive          |
 * | few                | partnership | proactive   | accountable       |
 *
 * Inputs are categories ("many"/"medium"/"few" or 多/中/少; "high"/"medium"/"low" or 高/中/低,
 * any case) or numbers banded by cut points (ours; the seed gives none): customers < 100 few,
 * 100–999 medium, ≥ 1000 many; margin as a fraction of price, < 0.1 low, 0.1 to below 0.3
 * medium, ≥ 0.3 high. A value equal to a cut goes to the upper band. Kotler's "basic or
 * reactive" cell is its own key, `basicOrReactive`. Cost O(1).
 *
 * Throws `invalid` for an unknown category, a negative or non-numeric count, a margin above 1
 * (give 25% as 0.25), or cut points that are not two ascending numbers.
 *
 * @example
 * relationshipLevel("few", "high")  // => "partnership"
 * relationshipLevel(5000, 0.05)     // => "basicOrReactive"
 * relationshipLevel(300, "中")       // => "accountable"
 */
import { invalidInput } from "../errors";
import { bandOf, requireCuts } from "../grid/twoAxis";
import { describe, requireFinite, requireNonNegative } from "../validate";
import { RelationshipChoice } from "./levels";

export interface RelationshipCuts {
  /** [few/medium, medium/many] customer counts. Default [100, 1000]. */
  customerCuts?: readonly number[];
  /** [low/medium, medium/high] margins as fractions. Default [0.1, 0.3]. */
  marginCuts?: readonly number[];
}

/** Rows: customers few, medium, many; columns: margin low, medium, high (both lowest first). */
const GRID: readonly (readonly RelationshipChoice[])[] = [
  ["accountable", "proactive", "partnership"],
  ["reactive", "accountable", "proactive"],
  ["basicOrReactive", "reactive", "accountable"],
];

const WHERE = "relationshipLevel";
const CUSTOMERS = { en: "The number of customers", zh: "客户数量" };
const MARGIN = { en: "The margin", zh: "利润率" };

export function relationshipLevel(
  customers: number | string,
  margin: number | string,
  options: RelationshipCuts = {},
): RelationshipChoice {
  const row =
    typeof customers === "string"
      ? category(customers, CUSTOMERS, ["few", "medium", "many"], ["少", "中", "多"])
      : bandOf(
          requireNonNegative(WHERE, CUSTOMERS, customers),
          twoCuts(options.customerCuts ?? [100, 1000], CUSTOMERS),
        );
  let col: number;
  if (typeof margin === "string")
    col = category(margin, MARGIN, ["low", "medium", "high"], ["低", "中", "高"]);
  else {
    const m = requireFinite(WHERE, MARGIN, margin);
    if (m > 1) {
      throw invalidInput(
        WHERE,
        `The margin ${m} is above 1: give it as a fraction (25% = 0.25).`,
        `利润率 ${m} 大于 1：请以小数形式给出（25% = 0.25）。`,
      );
    }
    col = bandOf(m, twoCuts(options.marginCuts ?? [0.1, 0.3], MARGIN));
  }
  return (GRID[row] as readonly RelationshipChoice[])[col] as RelationshipChoice;
}

function twoCuts(cuts: readonly number[], what: { en: string; zh: string }): readonly number[] {
  const w = { en: `${what.en} cut points`, zh: `${what.zh}分界点` };
  if (cuts.length !== 2) {
    throw invalidInput(
      WHERE,
      `${w.en}: give exactly two, got ${cuts.length}.`,
      `${w.zh}：必须恰好两个，收到 ${cuts.length} 个。`,
    );
  }
  return requireCuts(WHERE, w, cuts);
}

function category(
  text: string,
  what: { en: string; zh: string },
  en: readonly string[],
  zh: readonly string[],
): number {
  const t = text.trim().toLowerCase();
  const i = en.indexOf(t) >= 0 ? en.indexOf(t) : zh.indexOf(t);
  if (i < 0) {
    throw invalidInput(
      WHERE,
      `${what.en} must be a number or one of ${en.join(", ")}, got ${describe(text)}.`,
      `${what.zh}必须是数字或 ${zh.join("、")} 之一，收到的是 ${describe(text)}。`,
    );
  }
  return i;
}
