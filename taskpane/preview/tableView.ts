/**
 * Filter and sort of a result sheet's customer table, for viewing (the sheet itself is not
 * changed), as the Excel table's filter buttons do: the table's header is at `headerRow`, its
 * width is up to the first empty header cell (the summary block sits right of it and stays put).
 * Filter: rows with any table cell containing the text (case-insensitive). Sort: by one column,
 * numbers before text, ascending or descending; ties keep sheet order (a stable sort).
 * Cost O(n log n) in the table's rows.
 * @example tableOrder([["id", "n"], ["a", 2], ["b", 1]], 0, { column: 1, descending: false, filter: "" }) // => [2, 1]
 */
export interface TableView {
  column: number | null;
  descending: boolean;
  filter: string;
}

/** Number of table columns: up to the first empty cell of the header row. */
export function tableWidth(values: readonly (readonly unknown[])[], headerRow: number): number {
  const header = values[headerRow] ?? [];
  const i = header.findIndex((v) => v === "" || v === null || v === undefined);
  return i < 0 ? header.length : i;
}

/** Sheet row indices of the table's data rows (below `headerRow`) in view order. */
export function tableOrder(
  values: readonly (readonly unknown[])[],
  headerRow: number,
  view: TableView,
): number[] {
  const width = tableWidth(values, headerRow);
  const needle = view.filter.trim().toLowerCase();
  const rows: number[] = [];
  for (let r = headerRow + 1; r < values.length; r++) {
    const row = values[r]!;
    if (row.slice(0, width).every((v) => v === "" || v === undefined)) break; // end of the table
    if (
      needle &&
      !row.slice(0, width).some((v) =>
        String(v ?? "")
          .toLowerCase()
          .includes(needle),
      )
    )
      continue;
    rows.push(r);
  }
  const c = view.column;
  if (c === null) return rows;
  const sign = view.descending ? -1 : 1;
  const key = (r: number) => values[r]![c];
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => {
      const x = key(a.r);
      const y = key(b.r);
      const nx = typeof x === "number";
      const ny = typeof y === "number";
      let d: number;
      if (nx && ny) d = (x as number) - (y as number);
      else if (nx !== ny) d = nx ? -1 : 1;
      else d = String(x ?? "").localeCompare(String(y ?? ""));
      return d * sign || a.i - b.i;
    })
    .map((e) => e.r);
}
