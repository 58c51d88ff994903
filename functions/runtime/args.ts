/**
 * Excel arguments → core values. Validation first, then coercion, with the argument's name in
 * every message. What Excel sends (see test/functions/harness.ts, which plays Excel's part):
 * - an omitted optional argument is `null` (trailing ones may be `undefined`);
 * - an empty cell is `null`, `""` or `0` (the last is indistinguishable from a real 0);
 * - a number may arrive as text ("12.5", " 7 ", "45%");
 * - a range is a 2-D array, rows of cells.
 */
import { Bilingual, describe, invalidInput } from "../../src/index";
import { cellNumber, isBlank } from "../../src/cells/cellNumber";

/** Blank cells and numbers in cells: one rule, in the core (src/cells/cellNumber.ts). */
export { cellNumber, isBlank } from "../../src/cells/cellNumber";
function notANumber(what: Bilingual, v: unknown): Error {
  return invalidInput(
    "args",
    `${what.en} must be a number, got ${describe(v)}.`,
    `${what.zh}必须是数字，收到的是 ${describe(v)}。`,
  );
}

/** A required number argument. An empty cell or omitted argument is refused. */
export function numberArg(v: unknown, what: Bilingual): number {
  if (Array.isArray(v)) return numberArg(single(v, what), what);
  if (isBlank(v)) {
    throw invalidInput("args", `${what.en} is empty: enter a number.`, `${what.zh}为空：请输入一个数字。`);
  }
  const n = cellNumber(v);
  if (n === undefined) throw notANumber(what, v);
  return n;
}

/** An optional number argument: `fallback` when omitted or empty. */
export function optionalNumberArg(v: unknown, what: Bilingual, fallback: number): number {
  return maybeNumberArg(v, what) ?? fallback;
}

/** An optional number argument with no default: undefined when omitted or empty. */
export function maybeNumberArg(v: unknown, what: Bilingual): number | undefined {
  if (Array.isArray(v)) return maybeNumberArg(single(v, what), what);
  return isBlank(v) ? undefined : numberArg(v, what);
}

/** An optional text argument, trimmed: `fallback` when omitted or empty. */
export function optionalTextArg(v: unknown, what: Bilingual, fallback: string): string {
  if (Array.isArray(v)) return optionalTextArg(single(v, what), what, fallback);
  if (isBlank(v)) return fallback;
  if (typeof v !== "string") {
    throw invalidInput(
      "args",
      `${what.en} must be text, got ${describe(v)}.`,
      `${what.zh}必须是文本，收到的是 ${describe(v)}。`,
    );
  }
  return v.trim();
}

/** A 1×1 range passed where one value is expected. */
function single(v: unknown[], what: Bilingual): unknown {
  const row = v[0];
  if (v.length === 1 && Array.isArray(row) && row.length === 1) return row[0];
  throw invalidInput(
    "args",
    `${what.en} must be a single cell, not a range.`,
    `${what.zh}必须是单个单元格，而不是区域。`,
  );
}

/**
 * A one-column or one-row range (or a single value) as a flat list of cells, in order.
 * A block of several rows and columns is refused: the user meant one of its columns.
 */
export function flatCells(v: unknown, what: Bilingual): unknown[] {
  if (!Array.isArray(v)) return [v];
  const rows = v as unknown[][];
  const width = rows[0]?.length ?? 0;
  if (rows.length === 1) return [...(rows[0] ?? [])];
  if (width === 1) return rows.map((r) => r[0]);
  throw invalidInput(
    "args",
    `${what.en} must be one column or one row, got ${rows.length} rows × ${width} columns.`,
    `${what.zh}必须是一列或一行，收到的是 ${rows.length} 行 × ${width} 列。`,
  );
}

/**
 * A column of numbers; blank cells are skipped (as SUM and AVERAGE do). Text that is not a
 * number is refused with its position, so the user can find the cell.
 */
export function numberColumn(v: unknown, what: Bilingual): number[] {
  const cells = flatCells(v, what);
  const out: number[] = [];
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (isBlank(c)) continue;
    out.push(itemNumber(c, i, what));
  }
  return out;
}

/** Item `i` (0-based) of a range as a number; text is refused naming its 1-based position. */
export function itemNumber(c: unknown, i: number, what: Bilingual): number {
  const n = cellNumber(c);
  if (n === undefined) {
    throw invalidInput(
      "args",
      `${what.en}: item ${i + 1} must be a number, got ${describe(c)}.`,
      `${what.zh}：第 ${i + 1} 项必须是数字，收到的是 ${describe(c)}。`,
    );
  }
  return n;
}
