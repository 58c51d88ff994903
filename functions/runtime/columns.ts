/**
 * Arguments that are whole columns read together (ids, dates, amounts of the same rows), and
 * date arguments. Positions are kept: row i of one column belongs with row i of the others, so
 * blank cells are NOT skipped here (the core lists such rows as rejected, with their number).
 * Rows blank in every column (a range selected past the end of the data) are dropped.
 */
import { Bilingual, describe, invalidInput, isCrmError } from "../../src/index";
import { readDateCell, DateCellOptions } from "../../src/dates";
import { flatCells, isBlank } from "./args";

/**
 * Several one-column ranges of the same rows → flat cell lists of equal length. An omitted
 * optional column (null) gives undefined. Ranges of different lengths are refused.
 */
export function alignedColumns(
  columns: readonly { value: unknown; what: Bilingual; optional?: boolean }[],
): (unknown[] | undefined)[] {
  const flat = columns.map((c) => {
    if (c.value === null || c.value === undefined) {
      if (c.optional) return undefined;
      throw invalidInput(
        "args",
        `${c.what.en} is missing: give a column.`,
        `缺少${c.what.zh}：请提供一列数据。`,
      );
    }
    return flatCells(c.value, c.what);
  });
  const present = flat.filter((f): f is unknown[] => f !== undefined);
  const n = present[0]?.length ?? 0;
  columns.forEach((c, i) => {
    const f = flat[i];
    if (f && f.length !== n) {
      throw invalidInput(
        "args",
        `${c.what.en} has ${f.length} rows but ${columns[0]?.what.en} has ${n}: select the same rows in every column.`,
        `${c.what.zh}有 ${f.length} 行，而${columns[0]?.what.zh}有 ${n} 行：请在每一列中选择相同的行。`,
      );
    }
  });
  // Drop trailing rows that are blank in every column (ranges selected past the data).
  let end = n;
  while (end > 0 && present.every((f) => isBlank(f[end - 1]))) end--;
  return flat.map((f) => (f && end < n ? f.slice(0, end) : f));
}

/** A date argument: an Excel serial (1900 system) or a text date the core can read unambiguously. */
export function dateArg(v: unknown, what: Bilingual, options: DateCellOptions = {}): number {
  if (Array.isArray(v)) {
    const cells = flatCells(v, what);
    if (cells.length !== 1) {
      throw invalidInput(
        "args",
        `${what.en} must be one date, not a range.`,
        `${what.zh}必须是单个日期，而不是区域。`,
      );
    }
    return dateArg(cells[0], what, options);
  }
  if (isBlank(v))
    throw invalidInput("args", `${what.en} is empty: enter a date.`, `${what.zh}为空：请输入日期。`);
  try {
    return readDateCell(v, options);
  } catch (e) {
    // The core says why (the fictitious 1900-02-29, before 1900, ambiguous d/m order …).
    const why = isCrmError(e) ? e.text : { en: "", zh: "" };
    throw invalidInput(
      "args",
      `${what.en} is not a date: ${describe(v)}. ${why.en} Use a date cell, a serial number or text like 2024-06-22.`,
      `${what.zh}不是日期：${describe(v)}。${why.zh}请使用日期单元格、序列号或 2024-06-22 这样的文本。`,
    );
  }
}

/** An optional date argument: undefined when omitted or empty. */
export function optionalDateArg(
  v: unknown,
  what: Bilingual,
  options: DateCellOptions = {},
): number | undefined {
  if (v === null || v === undefined || (!Array.isArray(v) && isBlank(v))) return undefined;
  return dateArg(v, what, options);
}
