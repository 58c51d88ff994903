/**
 * Rows of cells (numbers and text, rows possibly ragged) packed into a few flat buffers per
 * column, so a parsed file of a million rows crosses from the CSV worker to the page as
 * transferred ArrayBuffers only, instead of a structured clone of a million small arrays (which
 * the page then pays for on its own thread, ~3 s for 1M × 4 cells). Per column: the kind of each
 * cell (0 none — the row is shorter —, 1 number, 2 text), the numbers, and the texts' UTF-16
 * code units concatenated with the end offset of each; per row its length. Packing
 * and unpacking give back exactly the cells given (same numbers, same strings, same raggedness).
 * Cost O(cells) each way; unpacking can go in bounded slices (the page paints progress between).
 * @example
 * const b = new TableBuilder(); b.add(["id", "n"]); b.add(["A", 3]);
 * const rows: unknown[][] = []; unpackRows(b.finish(), 0, 2, rows); rows // => [["id", "n"], ["A", 3]]
 */
export interface PackedColumn {
  readonly kinds: Uint8Array;
  readonly numbers: Float64Array;
  /** The column's text cells as UTF-16 code units, concatenated in row order. */
  readonly chars: Uint16Array;
  /** End offset in `chars` of each text cell, in row order. */
  readonly ends: Uint32Array;
}

export interface PackedTable {
  readonly rows: number;
  /** Cells in each row. */
  readonly lengths: Uint32Array;
  readonly columns: readonly PackedColumn[];
}

const NUMBER = 1;
const TEXT = 2;

function grown<T extends Uint8Array | Uint16Array | Uint32Array | Float64Array>(a: T, size: number): T {
  if (size <= a.length) return a;
  const b = new (a.constructor as new (n: number) => T)(Math.max(size, 2 * a.length));
  b.set(a);
  return b;
}

class ColumnBuilder {
  kinds: Uint8Array;
  numbers: Float64Array;
  ends = new Uint32Array(1024);
  chars = new Uint16Array(1 << 16);
  private texts = 0;
  private used = 0;

  constructor(capacity: number) {
    this.kinds = new Uint8Array(capacity);
    this.numbers = new Float64Array(capacity);
  }

  set(row: number, v: string | number): void {
    if (row >= this.kinds.length) {
      this.kinds = grown(this.kinds, row + 1);
      this.numbers = grown(this.numbers, row + 1);
    }
    if (typeof v === "number") {
      this.kinds[row] = NUMBER;
      this.numbers[row] = v;
      return;
    }
    this.kinds[row] = TEXT;
    const at = this.used;
    this.used += v.length;
    if (this.used > this.chars.length) this.chars = grown(this.chars, this.used);
    const chars = this.chars;
    for (let j = 0; j < v.length; j++) chars[at + j] = v.charCodeAt(j);
    if (this.texts >= this.ends.length) this.ends = grown(this.ends, this.texts + 1);
    this.ends[this.texts++] = this.used;
  }

  finish(rows: number): PackedColumn {
    return {
      kinds: this.kinds.slice(0, rows),
      numbers: this.numbers.slice(0, rows),
      chars: this.chars.slice(0, this.used),
      ends: this.ends.slice(0, this.texts),
    };
  }
}

/** Collects rows one by one (the parser's sink) and packs them. */
export class TableBuilder {
  private readonly columns: ColumnBuilder[] = [];
  private lengths = new Uint32Array(1024);
  private rows = 0;

  add(row: readonly (string | number)[]): void {
    this.addFields(row, (v) => v);
  }

  /** Adds a row of fields, each converted by `cell` (the parser's toCell) as it is stored. */
  addFields<T>(row: readonly T[], cell: (field: T) => string | number): void {
    const r = this.rows++;
    if (r >= this.lengths.length) this.lengths = grown(this.lengths, this.rows);
    this.lengths[r] = row.length;
    for (let c = 0; c < row.length; c++) {
      while (this.columns.length <= c) this.columns.push(new ColumnBuilder(this.lengths.length));
      this.columns[c]!.set(r, cell(row[c]!));
    }
  }

  finish(): PackedTable {
    return {
      rows: this.rows,
      lengths: this.lengths.slice(0, this.rows),
      columns: this.columns.map((c) => c.finish(this.rows)),
    };
  }
}

/** The buffers to transfer with a packed table (postMessage's transfer list). */
export function transferables(t: PackedTable): ArrayBuffer[] {
  return [
    t.lengths.buffer as ArrayBuffer,
    ...t.columns.flatMap(
      (c) => [c.kinds.buffer, c.numbers.buffer, c.chars.buffer, c.ends.buffer] as ArrayBuffer[],
    ),
  ];
}

/** Where unpacking stands: per column its text as one string, the next text cell and its start. */
export interface UnpackCursor {
  readonly texts: readonly string[];
  readonly next: Uint32Array;
  readonly start: Float64Array;
}

/** One string from UTF-16 code units, exactly (any code unit, paired or not), in bounded calls. */
function textOf(chars: Uint16Array): string {
  const parts: string[] = [];
  for (let i = 0; i < chars.length; i += 8192)
    parts.push(String.fromCharCode.apply(null, chars.subarray(i, i + 8192) as unknown as number[]));
  return parts.join("");
}

export function unpackCursor(t: PackedTable): UnpackCursor {
  return {
    texts: t.columns.map((c) => textOf(c.chars)),
    next: new Uint32Array(t.columns.length),
    start: new Float64Array(t.columns.length),
  };
}

/**
 * Appends rows `from` … `to` − 1 of `t` to `out`, each frozen (the workbook hands them out
 * without copying; nothing may change the source). Slices must be unpacked in order with one cursor.
 */
export function unpackRows(
  t: PackedTable,
  from: number,
  to: number,
  out: unknown[][],
  cursor: UnpackCursor = unpackCursor(t),
): void {
  const { texts, next, start } = cursor;
  for (let r = from; r < to; r++) {
    const n = t.lengths[r]!;
    // Sized at once (no growth while filling): ~40 % faster than pushing, the cells are the same.
    const row = new Array<string | number>(n);
    for (let c = 0; c < n; c++) {
      const col = t.columns[c]!;
      const kind = col.kinds[r];
      if (kind === NUMBER) row[c] = col.numbers[r]!;
      else if (kind === TEXT) {
        const end = col.ends[next[c]!++]!;
        row[c] = texts[c]!.slice(start[c], end);
        start[c] = end;
      } else row[c] = "";
    }
    out.push(Object.freeze(row) as (string | number)[]);
  }
}
