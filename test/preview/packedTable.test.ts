/**
 * The CSV worker's packed columns (packedTable.ts, importTextColumns.ts): unpacked, they are
 * exactly importText's rows — numbers, text, ragged rows, quoted fields, GBK — and the same
 * choices are detected; unpacking in slices gives the same rows as in one go; rows come frozen.
 */
import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { importText } from "../../taskpane/preview/importText";
import { importTextColumns } from "../../taskpane/preview/importTextColumns";
import { TableBuilder, unpackCursor, unpackRows } from "../../taskpane/preview/packedTable";

const FIXTURES = path.join(__dirname, "fixtures");
const utf8 = (s: string) => new TextEncoder().encode(s);

function viaColumns(bytes: Uint8Array, slice = 1e9) {
  const c = importTextColumns(bytes);
  const rows: unknown[][] = [];
  const cursor = unpackCursor(c.table);
  for (let from = 0; from < c.table.rows; from += slice)
    unpackRows(c.table, from, Math.min(c.table.rows, from + slice), rows, cursor);
  return { ...c, rows };
}

test("the fixtures read the same through the columns (GBK and UTF-8)", () => {
  for (const f of ["orders-gbk.csv", "orders-utf8.csv"]) {
    const bytes = new Uint8Array(fs.readFileSync(path.join(FIXTURES, f)));
    const direct = importText(bytes);
    const packed = viaColumns(bytes, 3);
    expect(packed.rows).toEqual(direct.rows);
    expect([packed.encoding, packed.delimiter, packed.headerRow]).toEqual([
      direct.encoding,
      direct.delimiter,
      direct.headerRow,
    ]);
  }
});

test("ragged rows, quotes, empty fields, numbers and text: the same rows, frozen", () => {
  const text = 'Report\nid,date,amount,note\nA,2024-01-02,3,"x, ""y"""\nB,,-2.5\nC,2024/5/1,00123,,extra\n';
  const packed = viaColumns(utf8(text), 2);
  expect(packed.rows).toEqual(importText(utf8(text)).rows);
  expect(packed.rows.every((r) => Object.isFrozen(r))).toBe(true);
});

test("any rows of numbers and text survive packing and slicing", () => {
  const cell = fc.oneof(fc.string(), fc.double(), fc.integer());
  fc.assert(
    fc.property(
      fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 40 }),
      fc.integer({ min: 1, max: 7 }),
      (rows, slice) => {
        const b = new TableBuilder();
        rows.forEach((r) => b.add(r));
        const t = structuredClone(b.finish());
        const out: unknown[][] = [];
        const cursor = unpackCursor(t);
        for (let from = 0; from < t.rows; from += slice)
          unpackRows(t, from, Math.min(t.rows, from + slice), out, cursor);
        expect(out).toEqual(rows);
      },
    ),
  );
});
