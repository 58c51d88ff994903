/**
 * Two-axis classification (CRM_MODELS.md §9, seed 002 §3.1.1): a customer's label from two
 * measures, e.g. loyalty × credit rating or loyalty × customer size (seed 002 figs. 3.2–3.5),
 * with the user's cut points and a label grid. The satisfaction-trap quadrant (§5) and Kotler's
 * relationship grid (§7) are instances.
 *
 * Bands: x falls in band j = the number of x cuts ≤ x (0 … xCuts.length); a value equal to a
 * cut belongs to the upper band. Same for y. Cuts must be strictly ascending.
 * Labels: `labels[i][j]` is the label of y band i and x band j — rows are y bands and columns
 * x bands, BOTH lowest first (row 0 = lowest y, as the cuts are listed), so a range typed with
 * the lowest y band on top maps directly.
 *
 * Cost O(k + r·c): validation of the k cuts and the r × c labels, then O(log k) per axis.
 * Throws `invalid` for a non-numeric x or y, unordered cuts, a label grid of the wrong shape,
 * or an empty label.
 *
 * @example
 * gridClassify(7, 2, [5], [3], [["low y, low x", "low y, high x"], ["high y, low x", "high y, high x"]])
 * // => "low y, high x"
 */
import { Bilingual, invalidInput } from "../errors";
import { describe, requireFinite } from "../validate";

/** Validates cut points (finite, strictly ascending, possibly none). O(k). */
export function requireCuts(where: string, what: Bilingual, cuts: readonly number[]): readonly number[] {
  for (let i = 0; i < cuts.length; i++) {
    const c = requireFinite(where, what, cuts[i]);
    if (i > 0 && c <= (cuts[i - 1] as number)) {
      throw invalidInput(
        where,
        `${what.en} must be strictly ascending: cut ${i + 1} (${c}) is not above cut ${i} (${cuts[i - 1]}).`,
        `${what.zh}必须严格递增：第 ${i + 1} 个分界点（${c}）不大于第 ${i} 个（${cuts[i - 1]}）。`,
      );
    }
  }
  return cuts;
}

/** Band of `value` among ascending cuts: the number of cuts ≤ value (binary search, O(log k)). */
export function bandOf(value: number, cuts: readonly number[]): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cuts[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function gridClassify<T>(
  x: number,
  y: number,
  xCuts: readonly number[],
  yCuts: readonly number[],
  labels: readonly (readonly T[])[],
): T {
  const where = "gridClassify";
  const xv = requireFinite(where, { en: "x", zh: "横轴值 x" }, x);
  const yv = requireFinite(where, { en: "y", zh: "纵轴值 y" }, y);
  requireCuts(where, { en: "The x cut points", zh: "横轴分界点" }, xCuts);
  requireCuts(where, { en: "The y cut points", zh: "纵轴分界点" }, yCuts);
  const rows = yCuts.length + 1;
  const cols = xCuts.length + 1;
  const shapeOk = labels.length === rows && labels.every((row) => row.length === cols);
  if (!shapeOk) {
    throw invalidInput(
      where,
      `The label grid must have ${rows} rows (y bands) × ${cols} columns (x bands), one more than the cut points on each axis.`,
      `标签表必须是 ${rows} 行（纵轴区间）× ${cols} 列（横轴区间），每个方向比分界点多一个。`,
    );
  }
  labels.forEach((row, i) =>
    row.forEach((label, j) => {
      if (label === undefined || label === null || (typeof label === "string" && label.trim() === "")) {
        throw invalidInput(
          where,
          `The label in row ${i + 1}, column ${j + 1} of the grid is empty (${describe(label)}): fill every cell.`,
          `标签表第 ${i + 1} 行第 ${j + 1} 列为空（${describe(label)}）：请填写每一个格子。`,
        );
      }
    }),
  );
  return (labels[bandOf(yv, yCuts)] as readonly T[])[bandOf(xv, xCuts)] as T;
}
