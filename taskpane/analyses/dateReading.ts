/**
 * How the pane read the dates of a run, for its result (issue 9, CRM_MODELS.md §1): the
 * workbook's date system (numeric dates are its serials) and the rows dated after today, which
 * the reports skip (the core reads no clock: today is the pane's calendar date, given here).
 * Pure apart from {@link localToday}'s default argument; cost O(skipped rows).
 *
 * @example
 * localToday(new Date(2026, 11, 1, 23, 30)) // => "2026-12-01" (the local calendar day)
 * rowsAfterToday([{ row: 5, reason: "…", code: "afterToday" }, { row: 9, reason: "…" }]) // => 1
 */
import type { TFunction } from "i18next";
import type { SkippedRow } from "../../src/reports";

/** The local calendar date of `now` as ISO text (yyyy-mm-dd), not UTC's. */
export function localToday(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** How many skipped rows were skipped for being dated after today. */
export function rowsAfterToday(skipped: readonly SkippedRow[]): number {
  let n = 0;
  for (const s of skipped) if (s.code === "afterToday") n++;
  return n;
}

/** "Dates: 1904 date system (the workbook's) · 2 rows dated after today (2026-12-01) skipped." */
export function dateReadingText(
  t: TFunction,
  dateSystem: 1900 | 1904 | undefined,
  today: string,
  afterToday: number,
): string {
  const system = dateSystem === undefined ? t("opt.dates.assumed1900") : t(`opt.dates.system${dateSystem}`);
  const after =
    afterToday === 0
      ? t("opt.dates.noneAfterToday", { today })
      : t("opt.dates.afterToday", { count: afterToday, today });
  return t("opt.dates.line", { system, after });
}
