/**
 * Segment rules as a table of cells, both ways (CRM_MODELS.md §2 "rules must be data, editable,
 * documented"): the 7-column layout of RFM.SEGMENT's rules range — name, r_min, r_max, f_min,
 * f_max, m_min, m_max (inclusive scores 1–9) — read into {@link SegmentRule}s, and rules written
 * out in that layout (the task pane's rules sheet, which a user edits and may also pass to
 * RFM.SEGMENT).
 *
 * Reading: a first row of text in every range column is a header and is skipped; blank rows are
 * skipped; a blank min is 1, a blank max 9; names may repeat (one segment made of several
 * rectangles; keys are "row" + row number). Each message names the row as `firstRow + index`,
 * so a sheet read from row 1 names the sheet's own row numbers.
 *
 * Cost O(cells). Throws `invalid` for a table not 7 columns wide, an empty name, a bound that is
 * not a whole number 1–9, min above max, or no rule at all.
 *
 * @example
 * segmentRulesFromRows([["name", "r_min", "r_max", "f_min", "f_max", "m_min", "m_max"], ["VIP", 4, 5, 4, 5, "", ""]],
 *   { en: "rules", zh: "规则" })[0]
 * // => { key: "row2", label: { en: "VIP", zh: "VIP" }, r: [4, 5], f: [4, 5], m: [1, 9] }
 * segmentRuleRows([{ key: "a", label: { en: "A", zh: "甲" }, r: [1, 2], f: [1, 9], m: [1, 9] }], "zh")[1]
 * // => ["甲", 1, 2, 1, 9, 1, 9]
 */
import { Bilingual, Lang, invalidInput } from "../errors";
import { describe } from "../validate";
import { cellNumber, isBlank } from "../cells/cellNumber";
import { SegmentRule } from "./segments";

export const RULE_COLUMNS = ["r_min", "r_max", "f_min", "f_max", "m_min", "m_max"] as const;

export function segmentRulesFromRows(
  rows: readonly (readonly unknown[])[],
  what: Bilingual,
  firstRow = 1,
): SegmentRule[] {
  const width = rows[0]?.length ?? 0;
  if (width !== 7) {
    throw invalidInput(
      "args",
      `${what.en} must have 7 columns (name, r_min, r_max, f_min, f_max, m_min, m_max), got ${width}.`,
      `${what.zh}必须有 7 列（名称、r_min、r_max、f_min、f_max、m_min、m_max），收到的是 ${width} 列。`,
    );
  }
  const bad = (row: number, en: string, zh: string) =>
    invalidInput("args", `${what.en}, row ${row}: ${en}`, `${what.zh}第 ${row} 行：${zh}`);
  const rules: SegmentRule[] = [];
  rows.forEach((row, i) => {
    const n = firstRow + i;
    if (row.every(isBlank)) return;
    const header = row
      .slice(1)
      .every((c) => typeof c === "string" && !isBlank(c) && cellNumber(c) === undefined);
    if (i === 0 && header) return;
    const name = row[0];
    if (isBlank(name) || (typeof name !== "string" && typeof name !== "number")) {
      throw bad(n, "the segment name (first column) is empty.", "细分名称（第一列）为空。");
    }
    const bounds = RULE_COLUMNS.map((col, j) => {
      const c = row[j + 1];
      if (isBlank(c)) return j % 2 === 0 ? 1 : 9;
      const x = cellNumber(c);
      if (x === undefined || !Number.isInteger(x) || x < 1 || x > 9) {
        throw bad(
          n,
          `${col} must be a whole number 1–9 (or blank), got ${describe(c)}.`,
          `${col} 必须是 1–9 的整数（或留空），收到的是 ${describe(c)}。`,
        );
      }
      return x;
    });
    for (let j = 0; j < 6; j += 2) {
      if (bounds[j]! > bounds[j + 1]!) {
        throw bad(
          n,
          `${RULE_COLUMNS[j]} ${bounds[j]} is above ${RULE_COLUMNS[j + 1]} ${bounds[j + 1]}.`,
          `${RULE_COLUMNS[j]} ${bounds[j]} 大于 ${RULE_COLUMNS[j + 1]} ${bounds[j + 1]}。`,
        );
      }
    }
    const label = String(name).trim();
    const [r0, r1, f0, f1, m0, m1] = bounds as [number, number, number, number, number, number];
    rules.push({ key: `row${n}`, label: { en: label, zh: label }, r: [r0, r1], f: [f0, f1], m: [m0, m1] });
  });
  if (rules.length === 0) {
    throw invalidInput(
      "args",
      `${what.en} has no rule: give one row per segment.`,
      `${what.zh}中没有规则：请每个细分给出一行。`,
    );
  }
  return rules;
}

/** `rules` in the layout read above: a header row, then one row per rule with its label in `lang`. */
export function segmentRuleRows(rules: readonly SegmentRule[], lang: Lang): (string | number)[][] {
  return [
    [lang === "zh" ? "细分名称" : "Segment", ...RULE_COLUMNS],
    ...rules.map((x) => [x.label[lang], x.r[0], x.r[1], x.f[0], x.f[1], x.m[0], x.m[1]]),
  ];
}
