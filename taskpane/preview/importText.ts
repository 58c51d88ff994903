/**
 * An opened text file (.csv, .tsv, .txt) as a sheet: bytes → text (decode.ts) → rows
 * (delimited.ts) → header row found (headerRow.ts). Runs in the CSV worker for large files and
 * directly in tests; every choice it detects is returned so the page can show and change it.
 * Cost: O(n) in the bytes.
 */
import { Encoding, decodeText } from "./decode";
import { Delimiter, parseDelimited } from "./delimited";
import { detectHeaderRow } from "./headerRow";

export interface ImportChoices {
  readonly encoding?: Encoding;
  readonly delimiter?: Delimiter;
}

export interface ImportedText {
  readonly rows: (string | number)[][];
  readonly encoding: Encoding;
  readonly delimiter: Delimiter;
  /** Detected header row (0-based), or -1. Apply with applyHeaderRow. */
  readonly headerRow: number;
}

export function importText(
  bytes: Uint8Array,
  choices: ImportChoices = {},
  onProgress?: (done: number, total: number) => void,
): ImportedText {
  const { text, encoding } = decodeText(bytes, choices.encoding);
  const { rows, delimiter } = parseDelimited(text, choices.delimiter, onProgress);
  return { rows, encoding, delimiter, headerRow: detectHeaderRow(rows) };
}
