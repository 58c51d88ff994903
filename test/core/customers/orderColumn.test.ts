import fc from "fast-check";
import { rehash } from "../../../src/customers/fingerprintSlots";
import { IdInterner } from "../../../src/customers/ids";
import { idColumn } from "../../../src/customers/idColumn";
import { keyColumn } from "../../../src/customers/keyColumn";
import { orderColumn } from "../../../src/customers/orderColumn";
import { deepFreeze } from "../../helpers/tolerance";
import { expectIdColumnLikeInterner } from "../../helpers/idReference";

/** The reference: the exact per-value path of the id rule. */
function exactNumbers(xs: readonly unknown[]): number[] {
  const it = new IdInterner();
  return xs.map((x) => it.indexOf(x));
}

/** Same number ⇔ same number, for every pair of rows (−1 only where the reference has −1). */
function samePartition(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  const ab = new Map<number, number>();
  const ba = new Map<number, number>();
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x < 0 || y < 0) {
      if (x !== y) return false;
      continue;
    }
    if ((ab.get(x) ?? y) !== y || (ba.get(y) ?? x) !== x) return false;
    ab.set(x, y);
    ba.set(y, x);
  }
  return true;
}

// Spellings of a few ids under the rule's variants: case, spaces (ASCII and Unicode), zero-width
// characters, NFC vs decomposed accents, case mappings that change length or leave ASCII, numbers.
const VARIANTS = [
  "O1",
  "o1",
  " O1 ",
  "O1\u200b",
  "\u00a0o1",
  "\tO1\n",
  "O1\u3000",
  "\ufeffo1",
  "é",
  "e\u0301",
  "E\u0301",
  "É",
  "İ",
  "i\u0307",
  "K",
  "k",
  "\u212a",
  "1001",
  " 1001",
  "1001\u200b",
  "1.5",
  "1e+21",
  "1E+21",
  "0",
  "-0",
  "",
  "  ",
  "\u200b",
  "\u2060\u00a0",
  "\u001c",
  "a\u0085",
];
const variant = fc.constantFrom<unknown>(...VARIANTS);
const other = fc.constantFrom<unknown>(1001, 1.5, 1e21, 0, -0, NaN, Infinity, null, undefined, true, {});
const value = fc.oneof(
  variant,
  other,
  fc.string({ maxLength: 10 }),
  fc.string({ unit: "binary", maxLength: 6 }),
  fc.integer({ min: 0, max: 30 }),
  fc.integer({ min: 0, max: 30 }).map(String),
);

describe("orderColumn (lean path of the id rule for order ids)", () => {
  it("doc example", () => {
    expect(Array.from(orderColumn(["O1", " o1", 1001, "1001", "", null]))).toEqual([0, 0, 1, 1, -1, -1]);
  });
  it("property: the same numbers as the exact path and idColumn (hence the same partition), also when fingerprints collide (forced)", () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 300 }), fc.constantFrom(-1, 0, 1, 3, 7), (xs, mask) => {
        const frozen = deepFreeze([...xs]);
        const lean = orderColumn(frozen, mask);
        const want = exactNumbers(xs);
        expect(samePartition(lean, want)).toBe(true);
        expect(samePartition(lean, idColumn(frozen, mask).customers)).toBe(true);
        expect(Array.from(lean)).toEqual(want);
      }),
      { numRuns: 300 },
    );
  });
  it("property: idColumn shows and merges exactly as the exact path (spellings of the rule's variants, collisions forced)", () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 300 }), fc.constantFrom(-1, 0, 1, 3, 7), (xs, mask) =>
        expectIdColumnLikeInterner(xs, mask),
      ),
      { numRuns: 300 },
    );
  });
  it("idColumn: merges counted once per spelling, in the order of first appearance, across blocks", () => {
    // The same customers spelt otherwise (case, spaces, zero-width, number vs text) far apart.
    const xs: unknown[] = [" c1", 1001, "É"];
    for (let i = 0; i < 5000; i++) xs.push(`k${i % 700}`);
    xs.push("C1", "c1 ", " c1", 1001, "1001", "e\u0301", "K5", "k5", " k5", -0, 0, "0", "C1", "1001");
    expectIdColumnLikeInterner(xs, -1);
    const fast = idColumn(xs);
    // "C1", "c1 ", "1001" (text of 1001), "e\u0301" (É decomposed), "K5", " k5", "0" (text of −0).
    expect(fast.interner.mergedSpellings).toBe(7);
    expect(fast.interner.mergedExamples).toEqual([
      ["C1", "c1"],
      ["c1 ", "c1"],
      ["1001", 1001],
    ]);
  });
  it("rows beyond the first block and a short first guess: table and pool growth keep the numbers", () => {
    // The first block is one order, then 60,000 distinct ones: the guessed sizes are far too small.
    const xs: unknown[] = Array.from({ length: 2048 }, (_, i) => (i % 2 ? " ord-0" : "ORD-0"));
    for (let i = 0; i < 60000; i++) xs.push(i % 3 === 0 ? i : `ord-${i}-${"x".repeat(i % 50)}`);
    for (let i = 0; i < 60000; i += 7)
      xs.push(i % 3 === 0 ? String(i) : ` ORD-${i}-${"X".repeat(i % 50)}\u200b`);
    const lean = orderColumn(xs);
    expect(Array.from(lean)).toEqual(exactNumbers(xs));
    expect(Math.max(...lean)).toBe(60000);
  });
  it("ids longer than 65,535 characters (the pool's length in two halves) still match", () => {
    const long = "x".repeat(70000);
    const xs = [long, "A", ` ${long.toUpperCase()} `, "a", long + "y"];
    expect(Array.from(orderColumn(xs))).toEqual([0, 1, 0, 1, 2]);
    expect(Array.from(orderColumn(xs, 0))).toEqual([0, 1, 0, 1, 2]);
  });
  it("a number and its text are one order, as for customer ids (COUNTIF's rule)", () => {
    const xs = [1001, "1001", " 1001 ", 1001.0, "1001.0", 1e21, "1E+21", -0, "0"];
    expect(Array.from(orderColumn(xs))).toEqual(exactNumbers(xs));
    expect(Array.from(orderColumn(xs))).toEqual([0, 0, 0, 0, 1, 2, 2, 3, 3]);
  });
  it("does not modify its input", () => {
    const xs = deepFreeze(["O1", " o1", 5]);
    expect(() => orderColumn(xs)).not.toThrow();
  });
});

describe("keyColumn (the engine of both column paths)", () => {
  it("doc example: keys, first rows, rows written otherwise than their key's first row", () => {
    const k = keyColumn(["C1", " c1", 1001, "1001", "", null], { spellings: true })!;
    expect([Array.from(k.keys), Array.from(k.firstRow), Array.from(k.otherRows), k.count]).toEqual([
      [0, 0, 1, 1, -1, -1],
      [0, 2],
      [1, 3],
      2,
    ]);
  });
  it("a collision it cannot tell apart is reported (undefined), not guessed", () => {
    expect(keyColumn(["a", "b"], { fingerprintMask: 0 })).toBeUndefined();
  });
  it("the tables kept from a larger call are cleared: a smaller column after it is numbered afresh", () => {
    // The same ids in another order: entries left from the first call would give its numbers.
    keyColumn(Array.from({ length: 30000 }, (_, i) => `k${i}`));
    const small = Array.from({ length: 12000 }, (_, i) => `K${4999 - (i % 5000)}`);
    expect(Array.from(keyColumn(small)!.keys)).toEqual(exactNumbers(small));
  });
});

describe("slot table helpers", () => {
  it("doc example; a rehash keeps every entry and its probe chain", () => {
    expect(rehash(new Int32Array(4 * 1024), 2047).length).toBe(8192);
    const old = new Int32Array(4 * 4);
    [5, 1, 9].forEach((h, e) => {
      let p = h & 3;
      while (old[4 * p + 2] !== 0) p = (p + 1) & 3;
      old.set([h, 100 + e, e + 1, e], 4 * p);
    });
    const grown = rehash(old, 7);
    const entries = (t: Int32Array) =>
      Array.from({ length: t.length / 4 }, (_, p) => Array.from(t.subarray(4 * p, 4 * p + 4)))
        .filter((s) => s[2] !== 0)
        .sort((a, b) => a[0]! - b[0]!);
    expect(entries(grown)).toEqual(entries(old));
    expect([grown[4 * 1], grown[4 * 5], grown[4 * 2]]).toEqual([1, 5, 9]); // h & 7 places 1, 5; 9 probes on
  });
});
