/**
 * What a pasted range holds: its size, whether the first row is a header, and each column's
 * kind. The task pane shows it before any analysis so the user can check the data was read
 * the way they meant.
 *
 * Header rule: the first row is a header when every non-empty cell in it is text, at least one
 * cell is non-empty, and at least one column below it holds numbers (values, amounts, date
 * serials) where the first row holds text. A sheet of text only is read as having no header
 * (there is no evidence either way; the user can say otherwise).
 *
 * Cost O(rows × columns) over the sample it is given (the adapter passes at most the first rows).
 *
 * @example
 * describeTable([["id", "amount"], ["A", 3], ["B", 4]], 3)
 * // => { rows: 3, columns: 2, hasHeader: true, headers: ["id", "amount"], dataRows: 2,
 * //      kinds: ["text", "number"] }
 */
export type ColumnKind = "number" | "text" | "mixed" | "empty";

export interface TableDescription {
  /** All rows of the range, header included. */
  readonly rows: number;
  readonly columns: number;
  readonly hasHeader: boolean;
  /** Header texts, or generated names "Column 1"… when there is no header. */
  readonly headers: readonly string[];
  /** Rows below the header. */
  readonly dataRows: number;
  /** The kind of each column's values in the sample (below the header). */
  readonly kinds: readonly ColumnKind[];
}

const isEmpty = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/**
 * @param sample the first rows of the range (or all of it), as Excel returns values
 * @param totalRows the range's full row count (≥ sample.length)
 */
export function describeTable(
  sample: readonly (readonly unknown[])[],
  totalRows: number = sample.length,
): TableDescription {
  const columns = sample.reduce((w, r) => Math.max(w, r.length), 0);
  const first = sample[0] ?? [];
  const body = sample.slice(1);
  const kindOf = (rows: readonly (readonly unknown[])[], c: number): ColumnKind => {
    let numbers = 0;
    let texts = 0;
    for (const r of rows) {
      const v = r[c];
      if (isEmpty(v)) continue;
      if (typeof v === "number") numbers++;
      else texts++;
    }
    if (numbers === 0 && texts === 0) return "empty";
    if (texts === 0) return "number";
    return numbers === 0 ? "text" : "mixed";
  };
  const firstAllText =
    first.some((v) => !isEmpty(v)) && first.every((v) => isEmpty(v) || typeof v === "string");
  let numericBelowText = false;
  for (let c = 0; c < columns; c++) {
    if (typeof first[c] === "string" && !isEmpty(first[c]) && kindOf(body, c) === "number")
      numericBelowText = true;
  }
  const hasHeader = firstAllText && numericBelowText;
  const dataSample = hasHeader ? body : sample;
  const headers = Array.from({ length: columns }, (_, c) =>
    hasHeader && !isEmpty(first[c]) ? String(first[c]).trim() : `Column ${c + 1}`,
  );
  return {
    rows: totalRows,
    columns,
    hasHeader,
    headers,
    dataRows: totalRows - (hasHeader ? 1 : 0),
    kinds: Array.from({ length: columns }, (_, c) => kindOf(dataSample, c)),
  };
}
