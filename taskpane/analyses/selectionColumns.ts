/**
 * The reshaping of a read selection into the core's transaction columns, outside React (issue
 * 9.7): the header row (if any) is dropped, each chosen column is taken out of the rows, the sheet
 * row of the first data row is kept so skipped rows are named as the user sees them, a typed
 * as-of date is passed on (blank: the report's default), and so are the workbook's date system
 * (numeric dates are its serials) and today (the pane's calendar date, ISO text: the core reads
 * no clock; rows dated after it are skipped and listed). Pure; cost O(rows).
 * {@link transactionColumnsInSlices} builds the same columns a slice of rows per task (the pane's
 * one run on a million rows: the page keeps answering clicks meanwhile).
 *
 * @example
 * transactionColumns({ address: "S!A1:C3", firstRow: 1, values: [["id", "date", "amount"], ["A", 45650, 10]] },
 *   { hasHeader: true, roles: { customerId: 0, date: 1, amount: 2 } }, "", "2026-12-01")
 * // => { ids: ["A"], dates: [45650], amounts: [10], orderIds: undefined, asOf: undefined, firstRow: 2,
 * //      dateSystem: 1900, today: "2026-12-01" }
 */
import type { TransactionColumns } from "../../src/reports";
import type { ColumnRole, ColumnRoles } from "../../src/table";
import { checkAborted } from "../adapter/output";
import { nextTask } from "../adapter/nextTask";
import type { RangeValues } from "../adapter/types";

/** The roles a run needs; the order id is optional. */
export const REQUIRED_ROLES: readonly ColumnRole[] = ["customerId", "date", "amount"];

export interface ColumnChoice {
  readonly hasHeader: boolean;
  readonly roles: ColumnRoles;
}

/** The required roles not chosen yet (empty: ready to run). */
export function missingRoles(roles: ColumnRoles): ColumnRole[] {
  return REQUIRED_ROLES.filter((r) => roles[r] === undefined);
}

export function transactionColumns(
  read: RangeValues,
  choice: ColumnChoice,
  asOf: string,
  today?: string,
): TransactionColumns {
  const { roles, hasHeader } = choice;
  const missing = missingRoles(roles);
  if (missing.length > 0) throw new Error(`transactionColumns: no column chosen for ${missing.join(", ")}`);
  const body = hasHeader ? read.values.slice(1) : read.values;
  const col = (i: number) => body.map((r) => r[i]);
  const typed = asOf.trim();
  return {
    ids: col(roles.customerId!),
    dates: col(roles.date!),
    amounts: col(roles.amount!),
    orderIds: roles.orderId === undefined ? undefined : col(roles.orderId),
    asOf: typed === "" ? undefined : typed,
    firstRow: read.firstRow + (hasHeader ? 1 : 0),
    dateSystem: read.dateSystem ?? 1900,
    today,
  };
}

/**
 * Rows taken out per task by {@link transactionColumnsInSlices}: measured in Chromium on a
 * loaded 2-core machine, 65,536 rows took up to 120 ms a slice (the arrays growing), 1,048,575
 * rows ~0.5 s in all.
 */
export const COLUMN_SLICE_ROWS = 32_768;

/**
 * The same columns as {@link transactionColumns}, built `sliceRows` rows per task (a timer
 * between slices, so clicks and paints are handled); rejects with an AbortError once `signal`
 * is aborted. Cost O(rows), plus one timer per slice.
 * @example
 * await transactionColumnsInSlices(read, choice, "", today) // => transactionColumns(read, choice, "", today)
 */
export async function transactionColumnsInSlices(
  read: RangeValues,
  choice: ColumnChoice,
  asOf: string,
  today?: string,
  signal?: AbortSignal,
  sliceRows = COLUMN_SLICE_ROWS,
): Promise<TransactionColumns> {
  const values = read.values;
  const head = { ...read, values: values.slice(0, choice.hasHeader ? 1 : 0) };
  const out = transactionColumns(head, choice, asOf, today); // the checks and the columns' other fields
  const { roles } = choice;
  const ids = out.ids as unknown[];
  const dates = out.dates as unknown[];
  const amounts = out.amounts as unknown[];
  const orderIds = out.orderIds as unknown[] | undefined;
  for (let start = choice.hasHeader ? 1 : 0; start < values.length; start += sliceRows) {
    checkAborted(signal);
    for (let r = start; r < Math.min(values.length, start + sliceRows); r++) {
      const row = values[r]!;
      ids.push(row[roles.customerId!]);
      dates.push(row[roles.date!]);
      amounts.push(row[roles.amount!]);
      orderIds?.push(row[roles.orderId!]);
    }
    await nextTask();
  }
  checkAborted(signal);
  return out;
}
