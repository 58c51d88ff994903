import fc from "fast-check";
import { IdInterner } from "../../../src/customers/ids";
import { idColumn } from "../../../src/customers/idColumn";
import { KeyColumn, keyColumn } from "../../../src/customers/keyColumn";
import { cleanSpan, CLEANED, keySpan } from "../../../src/customers/keySpan";
import { hashOf, PackedLayout, packedKeyColumn } from "../../../src/customers/packedKeys";
import { deepFreeze } from "../../helpers/tolerance";
import { expectIdColumnLikeInterner } from "../../helpers/idReference";

// Fixed seed: the same cases every run (STYLE.md rule 8).
fc.configureGlobal({ seed: 20261202 });

/** The reference: the fingerprint path of the same engine (its own property tests tie it to IdInterner). */
function fingerprintPath(xs: readonly unknown[], spellings: boolean): KeyColumn {
  return keyColumn(xs, { spellings, packedLayout: null })!;
}

const plain = (k: KeyColumn) => ({
  keys: Array.from(k.keys),
  count: k.count,
  firstRow: Array.from(k.firstRow),
  otherRows: Array.from(k.otherRows),
});

/** Spellings that pack (at most 12 ASCII characters once read by the rule), and some that do not. */
const PACKING = [
  "C1",
  "c1",
  " C1",
  "C1\u200b",
  "\u00a0c1",
  "CUST-0000001",
  "cust-0000001 ",
  "abcdefghijkl",
  "ABCDEFGHIJKL",
  "K",
  "\u212a",
  "1001",
  " 1001",
  "0",
  "\u0000",
  "a\u0000",
  "",
  " ",
  "\u200b",
];
const NOT_PACKING = ["CUST-00000012", "é", "e\u0301", "İ", "abcdefghijklm"];
const packing = fc.oneof(
  fc.constantFrom<unknown>(...PACKING),
  fc.constantFrom<unknown>(1001, 0, -0, 1.5, 1e21, NaN, null, undefined, true),
  fc.string({ unit: "grapheme-ascii", maxLength: 12 }),
  fc.integer({ min: 0, max: 40 }).map((i) => (i % 3 === 0 ? `K${i}` : i % 3 === 1 ? `k${i}` : ` K${i} `)),
);
const anyValue = fc.oneof(packing, fc.constantFrom<unknown>(...NOT_PACKING), fc.string({ maxLength: 13 }));
const layout = fc.record<PackedLayout>({
  chunkRows: fc.constantFrom(1, 2, 5, 64, 1 << 19),
  regionSlots: fc.constantFrom(1, 2, 16, 4096),
});

describe("packedKeyColumn (the packed path of keyColumn)", () => {
  it("doc example", () => {
    const k = packedKeyColumn(["C1", " c1", 1001, "1001", "", null], { spellings: true })!;
    expect([Array.from(k.keys), Array.from(k.firstRow), Array.from(k.otherRows)]).toEqual([
      [0, 0, 1, 1, -1, -1],
      [0, 2],
      [1, 3],
    ]);
  });
  it("property: exactly the fingerprint path's keys, first rows and rows written otherwise, for any chunks and regions", () => {
    fc.assert(
      fc.property(fc.array(packing, { maxLength: 300 }), layout, fc.boolean(), (xs, cut, spellings) => {
        const packed = packedKeyColumn(deepFreeze([...xs]), { spellings, keysPerRow: 1 / 16 }, cut);
        expect(packed).toBeDefined();
        expect(plain(packed!)).toEqual(plain(fingerprintPath(xs, spellings)));
      }),
      { numRuns: 400 },
    );
  });
  it("property: undefined exactly when some key is longer than 12 characters or not ASCII once read", () => {
    const packs = (x: unknown) => {
      const s = { text: "", from: 0, to: 0, kind: 0 };
      if (!keySpan(x, s)) return true;
      const ascii = (t: string) => Array.from(t).every((c) => c.charCodeAt(0) < 0x80);
      if (!ascii(s.text.slice(s.from, s.to)) && !cleanSpan(s)) return true;
      return s.to - s.from <= 12 && ascii(s.text.slice(s.from, s.to));
    };
    fc.assert(
      fc.property(fc.array(anyValue, { maxLength: 50 }), layout, (xs, cut) => {
        expect(packedKeyColumn(xs, {}, cut) !== undefined).toBe(xs.every(packs));
      }),
      { numRuns: 400 },
    );
  });
  it("a short first guess: the table grows (mid-chunk, many regions) and keeps every number", () => {
    // The first rows are one id, then 30,000 distinct ones in chunks of 1,000 and regions of 16 slots.
    const xs: unknown[] = Array.from({ length: 2048 }, (_, i) => (i % 2 ? " id-0" : "ID-0"));
    for (let i = 0; i < 30000; i++) xs.push(i % 5 === 0 ? i : `id-${i}`);
    for (let i = 0; i < 30000; i += 7) xs.push(i % 5 === 0 ? String(i) : ` ID-${i}\u200b`);
    const packed = packedKeyColumn(xs, { spellings: true }, { chunkRows: 1000, regionSlots: 16 })!;
    expect(plain(packed)).toEqual(plain(fingerprintPath(xs, true)));
    expect(packed.count).toBe(30001);
  });
  it("the real layout: more than one chunk (2¹⁹ rows), 32 regions, growth from a short first guess", () => {
    // The first 2,048 rows hold 256 ids (a guess of n/8 keys, 2¹⁷ slots in 32 regions); then
    // 400,000 more ids arrive, and every region grows while the first chunk is looked up.
    const n = (1 << 19) + 70001;
    const xs: string[] = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      const c = i < 2048 ? i % 256 : (i * 7919) % 400009;
      xs[i] = i % 11 === 0 ? `c${String(c).padStart(8, "0")} ` : `C${String(c).padStart(8, "0")}`;
    }
    const packed = packedKeyColumn(xs, { spellings: true, keysPerRow: 1 })!;
    const want = fingerprintPath(xs, true);
    expect(packed).toBeDefined();
    const differing = (a: Int32Array, b: Int32Array) =>
      a.length === b.length ? a.filter((x, i) => x !== b[i]).length : -1;
    expect([
      packed.count,
      differing(packed.keys, want.keys),
      differing(packed.firstRow, want.firstRow),
      differing(packed.otherRows, want.otherRows),
    ]).toEqual([want.count, 0, 0, 0]);
    expect(want.count).toBeGreaterThan(390000);
  });
  it("keys that all fall in one region make it give up (bounded memory), and the fingerprint path numbers them", () => {
    // Ids of up to 8 lower-case ASCII characters packed as the engine does, kept when their hash's
    // top 8 bits (the region, with 256 regions) are 0.
    const word = (t: string, from: number) => {
      let w = 0;
      for (let j = from; j < Math.min(t.length, from + 4); j++) w |= t.charCodeAt(j) << ((j - from) << 3);
      return w;
    };
    const xs: string[] = [];
    for (let i = 0; xs.length < 3000; i++) {
      const t = `s${i}`;
      if (hashOf(word(t, 0), word(t, 4), 0, t.length) >>> 24 === 0) xs.push(t);
    }
    const column = [...xs, ...xs.map((x) => x.toUpperCase())];
    expect(packedKeyColumn(column, {}, { chunkRows: 1 << 19, regionSlots: 4 })).toBeUndefined();
    const exact = new IdInterner();
    expect(Array.from(keyColumn(column)!.keys)).toEqual(column.map((x) => exact.indexOf(x)));
  });
  it("idColumn on such a column shows and merges exactly as the exact path", () => {
    const xs: unknown[] = [];
    for (let i = 0; i < 20000; i++)
      xs.push(i % 4 === 0 ? `c${i % 3000}` : i % 4 === 1 ? ` C${i % 3000}` : i % 3000);
    expectIdColumnLikeInterner(xs, -1);
  });
  it("a key that does not pack sends the whole column to the fingerprint path, which still matches the exact one", () => {
    for (const odd of ["CUST-00000001", "é", "ÉCOLE-0000001"]) {
      const xs = ["C1", "c1 ", odd, "C1", odd.toLowerCase()];
      expect(packedKeyColumn(xs)).toBeUndefined();
      const exact = new IdInterner();
      const want = xs.map((x) => exact.indexOf(x));
      expect(Array.from(keyColumn(xs)!.keys)).toEqual(want);
      expect(Array.from(idColumn(xs).customers)).toEqual(want);
    }
  });
  it("ids that differ only by trailing NUL characters are different keys (the length is part of the key)", () => {
    expect(Array.from(packedKeyColumn(["a", "a\u0000", "A"])!.keys)).toEqual([0, 1, 0]);
    // 600 keys whose packed words are equal in groups of 10: in one table, probes pass one another.
    const xs: string[] = [];
    for (let c = 0; c < 60; c++)
      for (let j = 0; j < 10; j++) xs.push(`k${String(c).padStart(2, "0")}${"\u0000".repeat(j)}`);
    const twice = [...xs, ...xs.map((x) => x.toUpperCase())];
    const packed = packedKeyColumn(twice, { spellings: true })!;
    expect(packed.count).toBe(600);
    expect(plain(packed)).toEqual(plain(fingerprintPath(twice, true)));
  });
});

describe("keySpan and cleanSpan (where a cell's key is)", () => {
  it("doc examples", () => {
    const s = { text: "", from: 0, to: 0, kind: 0 };
    expect([keySpan(" C1 ", s), s.from, s.to, s.kind === CLEANED]).toEqual([true, 1, 3, true]);
    expect([keySpan("é\u200b", s), cleanSpan(s), s.text]).toEqual([true, true, "é"]);
  });
  it("edge cases: no id for blanks, non-finite numbers and other values; a number is its text", () => {
    const s = { text: "", from: 0, to: 0, kind: 0 };
    expect(["", " \t\n", NaN, Infinity, null, undefined, true, {}].map((v) => keySpan(v, s))).toEqual(
      Array(8).fill(false),
    );
    expect([keySpan("\u200b", s), cleanSpan(s)]).toEqual([true, false]);
    expect([keySpan(-0, s), s.text]).toEqual([true, "0"]);
  });
});
