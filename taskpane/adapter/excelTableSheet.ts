/**
 * The Excel side of the adapter's small typed-table sheets (WorkbookAdapter.addTableSheet and
 * readSheet, e.g. the pane's RFM rules sheet), as steps inside a request context: excel.ts runs
 * them in its Excel.run. Writes set the number formats before the values (Text "@" for every text
 * cell, cellFormats.ts), so nothing written becomes a formula; reads go in bounded chunks from A1
 * to the end of the used range, error cells as ErrorCells (errorCells.ts). Cost O(cells), one
 * request per CHUNK_CELLS cells.
 */
import { withErrorCells } from "./errorCells";
import { cellFormats } from "./cellFormats";
import { RangeValues, chunkRows, uniqueSheetName } from "./types";

export async function addTableSheetIn(
  context: Excel.RequestContext,
  baseName: string,
  rows: readonly (readonly (string | number)[])[],
): Promise<string> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const name = uniqueSheetName(
    baseName,
    sheets.items.map((s) => s.name),
  );
  const sheet = sheets.add(name);
  const width = Math.max(1, ...rows.map((r) => r.length));
  const grid = rows.map((r) => [...r, ...Array<string>(width - r.length).fill("")]);
  const step = chunkRows(width);
  for (let start = 0; start < grid.length; start += step) {
    const part = grid.slice(start, start + step);
    const range = sheet.getRangeByIndexes(start, 0, part.length, width);
    range.numberFormat = cellFormats(part);
    range.values = part;
    // Bounded writes: one sync per chunk of CHUNK_CELLS cells.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  sheet.getRangeByIndexes(0, 0, 1, width).format.font.bold = true;
  sheet.activate();
  await context.sync();
  return name;
}

export async function readSheetIn(context: Excel.RequestContext, name: string): Promise<RangeValues | null> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name);
  sheet.load("name");
  await context.sync();
  if (sheet.isNullObject) return null;
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  if (used.isNullObject) return null;
  const rows = used.rowIndex + used.rowCount;
  const cols = used.columnIndex + used.columnCount;
  const whole = sheet.getRangeByIndexes(0, 0, rows, cols);
  whole.load("address");
  const step = chunkRows(cols);
  const values: unknown[][] = [];
  for (let start = 0; start < rows; start += step) {
    const block = sheet.getRangeByIndexes(start, 0, Math.min(step, rows - start), cols);
    block.load("values,valueTypes");
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const row of withErrorCells(block.values, block.valueTypes)) values.push(row);
  }
  return { address: whole.address, firstRow: 1, values };
}
