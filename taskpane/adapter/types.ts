/**
 * The task pane's only door to a workbook. The UI talks to this interface; `excel.ts` implements
 * it with Excel.run (the only file that may), `memory.ts` with an in-memory workbook for the
 * in-browser preview and the tests. Data flows one way: workbook → adapter → core → adapter.
 */
export interface RangeSample {
  /** A1 address of the range read, with its sheet, e.g. "Orders!A1:D1201". */
  readonly address: string;
  readonly rowCount: number;
  readonly columnCount: number;
  /** The first rows of the range (at most the number asked for), as Excel returns values. */
  readonly sample: unknown[][];
}

export interface WorkbookAdapter {
  /** "excel" inside Excel; "preview" for the in-memory workbook with the sample data. */
  readonly kind: "excel" | "preview";
  /**
   * The used part of the selected range: its address, size and first `maxRows` rows.
   * Reads a bounded number of cells whatever the selection's size. Null when the selection is empty.
   */
  readSelectionSample(maxRows: number): Promise<RangeSample | null>;
}
