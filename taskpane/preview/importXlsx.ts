/**
 * An opened .xlsx as sheets of values as Excel holds them (what `range.values` and the Excel
 * adapter hand the core): numbers stay numbers; a date cell (a number with a date format, which
 * excelts gives as a JS Date) becomes its 1900-system serial, serial = ms / 86 400 000 + 25 569
 * (UTC arithmetic: 25 569 is the serial of 1970-01-01), so the core's one date reading sees the
 * same serial Excel would (in a workbook saved with the 1904 date system, its 1904 serial: 1462
 * less; the sheet says which system); text stays text (a date typed as text stays text: the core parses
 * it); a formula cell gives its cached result; an error cell becomes the core's ErrorCell;
 * rich text becomes its plain text; a hyperlink its text; an empty cell "". The number format of
 * each cell is kept ("@" for text, the file's format for numbers and dates) so the grid shows
 * dates as dates. Parsed with @cj-tech-master/excelts (MIT); nothing is guessed from text.
 * Cost: O(cells) after excelts unzips and parses the file.
 * @example (await importXlsx(bytes)).sheets[0].rows[1] // => ["Brion Stark", 38341, 110.5]
 */
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- excelts cells and tables are plain in-memory objects, not Office.js proxies */
import { CellValue as ExcelValue, NumFmt, Workbook } from "@cj-tech-master/excelts";
import { errorCell } from "../../src/cells/errorCell";
import { DATE_FORMAT, GENERAL_FORMAT, TEXT_FORMAT } from "../adapter/cellFormats";

export interface ImportedSheet {
  readonly name: string;
  readonly rows: unknown[][];
  /** Number format of each cell, same shape as `rows`. */
  readonly formats: string[][];
  /** The workbook's date system (its date1904 flag): the serials in `rows` are of this system. */
  readonly dateSystem: 1900 | 1904;
}

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;

/** The 1900-system serial of a date cell (excelts reads the file's serial into a UTC Date). */
export function dateSerial(d: Date): number {
  return d.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** One cell's value as Excel holds it (`offset`: 1462 in a 1904 workbook, else 0). */
function plain(v: ExcelValue | undefined, offset: number): unknown {
  if (v === null || v === undefined) return "";
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return dateSerial(v) - offset;
  if ("error" in v) return errorCell(String(v.error));
  if ("richText" in v) return (v.richText ?? []).map((r) => r.text).join("");
  if ("formula" in v || "sharedFormula" in v) return plain((v as { result?: ExcelValue }).result, offset);
  if ("hyperlink" in v) return plain((v as { text?: ExcelValue }).text, offset);
  if ("checkbox" in v) return v.checkbox;
  return "";
}

function formatOf(value: unknown, raw: ExcelValue | undefined, fmt: string | NumFmt | undefined): string {
  if (typeof value === "string") return TEXT_FORMAT;
  const numFmt = typeof fmt === "string" ? fmt : fmt?.formatCode;
  const date = raw instanceof Date || (raw as { result?: unknown } | null)?.result instanceof Date;
  if (numFmt && numFmt !== GENERAL_FORMAT) return numFmt;
  return date ? DATE_FORMAT : typeof value === "number" ? GENERAL_FORMAT : "";
}

/**
 * Every worksheet of the workbook in `bytes`, in tab order, each from A1 to its last used cell.
 * `onProgress(done, total)`: (−1, 1) while excelts unzips and parses, then rows converted of all
 * worksheets' rows, every 10,000 rows (the xlsx worker, xlsxWorker.ts, posts them to the page).
 */
export async function importXlsx(
  bytes: ArrayBuffer | Uint8Array,
  onProgress?: (done: number, total: number) => void,
): Promise<ImportedSheet[]> {
  const book = new Workbook();
  onProgress?.(-1, 1);
  await book.xlsx.load(bytes as ArrayBuffer);
  const total = book.worksheets.reduce((n, ws) => n + ws.rowCount, 0);
  let done = 0;
  // excelts turns a date cell into the day it means (reading date1904); Excel's range.values
  // gives the workbook's own serial, so a 1904 workbook's dates go back to 1904 serials.
  const dateSystem = book.properties.date1904 === true ? 1904 : 1900;
  const offset = dateSystem === 1904 ? 1462 : 0;
  return book.worksheets.map((ws) => {
    const rows: unknown[][] = [];
    const formats: string[][] = [];
    const width = ws.columnCount;
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const values: unknown[] = [];
      const f: string[] = [];
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c);
        const v = plain(cell.value, offset);
        values.push(v);
        f.push(formatOf(v, cell.value, cell.numFmt));
      }
      rows.push(values);
      formats.push(f);
      if (++done % 10_000 === 0 || done === total) onProgress?.(done, total);
    }
    return { name: ws.name, rows, formats, dateSystem };
  });
}
