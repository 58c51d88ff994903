/**
 * The Excel adapter: the one module in the task pane that calls Excel.run.
 * Reads are bounded (a sample of rows, never a whole column) and sync once per step.
 */
import { RangeSample, WorkbookAdapter } from "./types";

export class ExcelWorkbookAdapter implements WorkbookAdapter {
  readonly kind = "excel";

  async readSelectionSample(maxRows: number): Promise<RangeSample | null> {
    return Excel.run(async (context) => {
      const selected = context.workbook.getSelectedRange();
      const used = selected.getUsedRangeOrNullObject(true);
      used.load("address,rowCount,columnCount");
      await context.sync();
      if (used.isNullObject) return null;
      const rows = Math.max(1, Math.min(maxRows, used.rowCount));
      const head = used.getCell(0, 0).getResizedRange(rows - 1, used.columnCount - 1);
      head.load("values");
      await context.sync();
      return {
        address: used.address,
        rowCount: used.rowCount,
        columnCount: used.columnCount,
        sample: head.values,
      };
    });
  }
}
