/**
 * The transaction columns every task-pane report reads (CRM_MODELS.md §1: customer id, date,
 * amount, optional order id), read once by {@link customerTableRows} so that RFM, lifecycle and
 * CLV reports accept and reject exactly the same rows, and their skipped rows are reported with
 * the row numbers the user sees on the sheet. Cost O(n). Throws as customerTable does.
 *
 * @example
 * const r = readTransactions({ ids: ["A", ""], dates: [45650, 45651], amounts: [1, 2], firstRow: 2 });
 * [r.table.asOf, lastObservedDay({}, r.table.asOf), skippedRows(r.table.rejected, 2, "en")]
 * // => [45651, 45650, [{ row: 3, reason: "Row has no customer id.", code: "noId" }]]
 */
import { Lang } from "../errors";
import {
  CustomerTable,
  CustomerTableRows,
  RejectedRow,
  RejectReason,
  customerTableRows,
  mergedIdsText,
} from "../customers";
import { DateOrder, isoFromSerial } from "../dates";

export interface TransactionColumns {
  readonly ids: ArrayLike<unknown>;
  readonly dates: ArrayLike<unknown>;
  readonly amounts: ArrayLike<unknown>;
  readonly orderIds?: ArrayLike<unknown>;
  /** As-of date (a date cell); default the day after the latest date. */
  readonly asOf?: unknown;
  readonly order?: DateOrder;
  /** The workbook's date system (see {@link dateSystemFromProbe}); default 1900. */
  readonly dateSystem?: 1900 | 1904;
  /**
   * Today (a date cell), given by the pane: the core reads no clock. Rows dated after it are
   * skipped ("after the as-of date") and the default as-of date is the day after the latest
   * date not after today.
   */
  readonly today?: unknown;
  /** Sheet row of the first data row, so skipped rows are reported as the user sees them. */
  readonly firstRow?: number;
}

/** A row left out of a report, by its sheet row number, with the reason in the report's language. */
export interface SkippedRow {
  readonly row: number;
  readonly reason: string;
  /** The reader's reason key (e.g. "afterToday") for rows the one reader rejected. */
  readonly code?: RejectReason;
}

/** What every per-customer report has: the table for its sheet, skipped rows, its parameters. */
export interface CustomerReport {
  readonly asOf: number;
  readonly rowsRead: number;
  readonly customers: number;
  /**
   * Column titles of `rows`; dates are serials in columns `dateColumns`, in the workbook's own
   * date system (input.dateSystem: 1904 serials in a 1904 workbook) so they can be written as
   * they are. `asOf` and `dateSpan` are the core's 1900-system serials.
   */
  readonly header: readonly string[];
  readonly rows: (string | number)[][];
  readonly dateColumns: readonly number[];
  /** Earliest and latest date of the rows used (serials): the report's date span. */
  readonly dateSpan: readonly [number, number];
  /** Sentences the user should read before trusting the numbers (e.g. one date stretching the span). */
  readonly warnings: readonly string[];
  readonly skipped: readonly SkippedRow[];
  /** The sentence saying ids written differently were read as one customer, when any were. */
  readonly mergedIds: string | undefined;
  /** The line that makes the numbers reproducible (as-of date, method, parameters), in the report's language. */
  readonly parameters: string;
}

/** The merged-ids sentence of a customer table in `lang`, or undefined when no id was merged. */
export function mergedIdsNote(table: CustomerTable, lang: Lang): string | undefined {
  return mergedIdsText(table.mergedIds)?.[lang];
}

/** The last reading of each ids column, with what it was read with (see {@link readTransactions}). */
const lastReading = new WeakMap<
  object,
  { readonly key: readonly unknown[]; readonly rows: CustomerTableRows }
>();

/**
 * The one reading of the transaction columns. Reports of the same export (the pane's one run
 * gives RFM, lifecycle and CLV the same columns) share it: when the columns are the same arrays
 * and the reading options the same values as the last call's, that reading is returned again
 * instead of reading a million rows three times. The reading is never modified by its users.
 */
export function readTransactions(input: TransactionColumns): CustomerTableRows {
  const key = [
    input.dates,
    input.amounts,
    input.orderIds,
    input.asOf,
    input.order,
    input.dateSystem,
    input.today,
  ];
  const ids = input.ids as object;
  const last = typeof ids === "object" && ids !== null ? lastReading.get(ids) : undefined;
  if (last && last.key.every((v, i) => v === key[i])) return last.rows;
  const rows = customerTableRows(input.ids, input.dates, input.amounts, {
    orderIds: input.orderIds,
    asOf: input.asOf,
    order: input.order,
    dateSystem: input.dateSystem,
    today: input.today,
  });
  if (typeof ids === "object" && ids !== null) lastReading.set(ids, { key, rows });
  return rows;
}

/** "Data 2024-01-05 … 2025-12-31" in `lang`: the span of the rows used. */
export function dateSpanText(table: Pick<CustomerTable, "firstDay" | "lastDay">, lang: Lang): string {
  const span = `${isoFromSerial(table.firstDay)} … ${isoFromSerial(table.lastDay)}`;
  return lang === "zh" ? `数据 ${span}` : `data ${span}`;
}

/** Rejected rows (1-based within the columns) as sheet rows, given the sheet row of the first. */
export function skippedRows(rejected: readonly RejectedRow[], firstRow: number, lang: Lang): SkippedRow[] {
  return rejected.map((r) => ({ row: r.row + firstRow - 1, reason: r.text[lang], code: r.reason }));
}

/**
 * The last day the data covers: the as-of date when the user gave one (rows on it are read),
 * else the latest date (the default as-of date is the day after it).
 */
export function lastObservedDay(input: Pick<TransactionColumns, "asOf">, asOf: number): number {
  return input.asOf === undefined || input.asOf === null ? asOf - 1 : asOf;
}

/** Date columns of report rows as the workbook's own serials (− 1462 in a 1904 workbook), in place. */
export function toWorkbookDates(
  rows: (string | number)[][],
  dateColumns: readonly number[],
  dateSystem: 1900 | 1904 | undefined,
): (string | number)[][] {
  if (dateSystem !== 1904) return rows;
  for (const row of rows) for (const c of dateColumns) row[c] = (row[c] as number) - 1462;
  return rows;
}
