/**
 * The CSV worker's version of importText: the same decoding, parsing and header detection, the
 * rows packed into columns of buffers (packedTable.ts) as they are parsed, so the result crosses
 * to the page as transferred buffers and no million-row array is ever built in the worker.
 * `unpackRows` gives back exactly importText's rows (test/preview/packedTable.test.ts).
 * Cost: O(n) in the bytes.
 */
import { decodeText } from "./decode";
import { detectDelimiter, parseDelimitedInto, Delimiter, toCell } from "./delimited";
import { detectHeaderRow } from "./headerRow";
import { ImportChoices } from "./importText";
import { Encoding } from "./decode";
import { PackedTable, TableBuilder } from "./packedTable";

/** Rows detectHeaderRow looks at (its first 20, then 200 from the widest). */
const HEAD_ROWS = 220;

export interface ImportedColumns {
  readonly table: PackedTable;
  readonly encoding: Encoding;
  readonly delimiter: Delimiter;
  /** Detected header row (0-based), or -1. */
  readonly headerRow: number;
}

export function importTextColumns(
  bytes: Uint8Array,
  choices: ImportChoices = {},
  onProgress?: (done: number, total: number) => void,
): ImportedColumns {
  const { text, encoding } = decodeText(bytes, choices.encoding);
  const delimiter = choices.delimiter ?? detectDelimiter(text);
  const builder = new TableBuilder();
  const head: (string | number)[][] = [];
  parseDelimitedInto(
    text,
    delimiter,
    (fields) => {
      if (head.length < HEAD_ROWS) head.push(fields.map(toCell));
      builder.addFields(fields, toCell);
    },
    onProgress,
  );
  return { table: builder.finish(), encoding, delimiter, headerRow: detectHeaderRow(head) };
}
