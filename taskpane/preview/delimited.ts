/**
 * Delimited text (CSV, TSV, semicolon or pipe separated, a tab-separated clipboard block) into
 * rows of cells as Excel would hold them, parsed by papaparse (RFC 4180 quoting); text without
 * any quote is split the same way papaparse does, without it (splitPlain, twice as fast).
 * Cells: a field that is a plain decimal number ("12", "-3.5", "1e3", with or without spaces
 * around) becomes a number; every other field stays text, exactly as written — dates are NOT
 * converted here (the core's one date reading, src/dates, reads "2024-05-01", "2024/5/1",
 * "2024年5月1日" later), and numbers with leading zeros ("00123") stay text, so ids keep their zeros.
 * Delimiter: of , tab ; | the one that splits the first 50 lines into the same number (≥ 2) of
 * fields most often, ties to the earlier in that list (the user can change it).
 * Cost: O(n) in the characters.
 * @example parseDelimited("id,amount\nA,3\n").rows // => [["id", "amount"], ["A", 3]]
 */
import Papa from "papaparse";

export const DELIMITERS = [",", "\t", ";", "|"] as const;
export type Delimiter = (typeof DELIMITERS)[number];

const NUMBER = /^[+-]?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$|^[+-]?\.\d+$/;

/** A field as a cell value: a number when the text is a plain decimal number, else the text. */
export function toCell(field: string): string | number {
  // Most text fails on its first character: no trimming or pattern for it.
  const c0 = field.charCodeAt(0);
  if (!((c0 >= 48 && c0 <= 57) || c0 === 43 || c0 === 45 || c0 === 46 || c0 <= 32 || c0 >= 0x80))
    return field;
  const t = field.trim();
  if (t.length > 0 && t.length < 30 && NUMBER.test(t)) {
    const n = Number(t);
    if (Number.isFinite(n)) return n;
  }
  return field;
}

/** The delimiter of `text`, guessed from its first lines (comma when nothing else fits). */
export function detectDelimiter(text: string): Delimiter {
  const head = text.slice(0, 64 * 1024);
  let best: { d: Delimiter; score: number } = { d: ",", score: 0 };
  for (const d of DELIMITERS) {
    const lines = Papa.parse<string[]>(head, { delimiter: d, preview: 50, skipEmptyLines: true }).data;
    const counts = new Map<number, number>();
    for (const l of lines) if (l.length > 1) counts.set(l.length, (counts.get(l.length) ?? 0) + 1);
    const score = Math.max(0, ...counts.values());
    if (score > best.score) best = { d, score };
  }
  return best.d;
}

export interface Parsed {
  readonly rows: (string | number)[][];
  readonly delimiter: Delimiter;
}

/**
 * Parses all of `text`; `onProgress(done, total)` in characters, about every megabyte.
 * Empty lines are skipped; short rows are kept as they are (the grid shows them ragged).
 */
export function parseDelimited(
  text: string,
  delimiter: Delimiter = detectDelimiter(text),
  onProgress?: (done: number, total: number) => void,
): Parsed {
  const rows: (string | number)[][] = [];
  parseDelimitedInto(text, delimiter, (fields) => rows.push(fields.map(toCell)), onProgress);
  return { rows, delimiter };
}

/**
 * The same parse, each row's fields (text, before {@link toCell}) handed to `onFields` as it is
 * read: the CSV worker converts and packs them without building a row of cells. Text with no
 * quote character at all goes through {@link splitPlain}, which gives papaparse's rows for such
 * text (papaparse itself then only splits lines and fields: its "fast mode") at half the cost.
 */
export function parseDelimitedInto(
  text: string,
  delimiter: Delimiter,
  onFields: (fields: readonly string[]) => void,
  onProgress?: (done: number, total: number) => void,
): void {
  if (text.indexOf('"') < 0) return splitPlain(text, delimiter, onFields, onProgress);
  parsePapa(text, delimiter, onFields, onProgress);
}

/** The papaparse path (any text, RFC 4180 quotes), in 1 MB chunks. */
export function parsePapa(
  text: string,
  delimiter: Delimiter,
  onFields: (fields: readonly string[]) => void,
  onProgress?: (done: number, total: number) => void,
): void {
  // papaparse streams a string in chunks too (its StringStreamer); its typings allow `chunk`
  // only for files, hence the narrow cast.
  const parseChunked = Papa.parse as unknown as (input: string, config: object) => void;
  parseChunked(text, {
    delimiter,
    skipEmptyLines: "greedy",
    chunkSize: 1024 * 1024,
    chunk: (result: Papa.ParseResult<string[]>) => {
      for (const r of result.data) onFields(r);
      onProgress?.(result.meta.cursor, text.length);
    },
  });
}

/**
 * The line break papaparse guesses (its guessLineEndings, on the first megabyte, quote-free):
 * "\n" unless "\r" comes first, then "\r\n" when at least half of the "\r" are followed by "\n".
 */
export function guessNewline(text: string): "\n" | "\r\n" | "\r" {
  const head = text.substring(0, 1024 * 1024);
  const r = head.split("\r");
  const n = head.split("\n");
  if (r.length === 1 || (n.length > 1 && n[0]!.length < r[0]!.length)) return "\n";
  const withN = r.filter((s) => s[0] === "\n").length;
  return withN >= r.length / 2 ? "\r\n" : "\r";
}

/**
 * Quote-free text split as papaparse does it: lines at the guessed line break, fields at the
 * delimiter, lines whose fields are all blank skipped ("greedy"). Progress about every megabyte.
 */
export function splitPlain(
  text: string,
  delimiter: Delimiter,
  onFields: (fields: readonly string[]) => void,
  onProgress?: (done: number, total: number) => void,
): void {
  const newline = guessNewline(text);
  const step = 1024 * 1024;
  let report = step;
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf(newline, start);
    if (end < 0) end = text.length;
    const fields = text.slice(start, end).split(delimiter);
    if (!fields.every((f) => f.length === 0 || f.trim() === "")) onFields(fields);
    start = end + newline.length;
    if (start >= report) {
      onProgress?.(Math.min(start, text.length), text.length);
      report = start + step;
    }
  }
  onProgress?.(text.length, text.length);
}
