/**
 * A whole column of order ids → order numbers 0, 1, 2 … in order of first appearance, with the
 * id rule of {@link IdInterner} (CRM_MODELS.md §1: invisible characters as spaces, trimmed, NFC,
 * case-insensitive; a number is the order of its text, 1001 ≡ "1001"): exactly the numbers
 * `idColumn(values).customers` gives, without the spellings shown, the merges counted or a Map.
 *
 * Why a third path: order ids are nearly all distinct, so {@link idColumn} sends almost every row
 * through the interner's Map and string work. Here the table is keyed by the id as the rule reads
 * it: for ASCII text (the usual order id) the key's characters are the row's characters between
 * its trimmed ASCII spaces, lower-cased on the fly, so no string is made; other text goes through
 * {@link cleanId} and `toLowerCase`, a number through `String`. Keys are found by a 64-bit
 * fingerprint; the characters are then checked, and a fingerprint collision redoes the column by
 * the exact per-value path ({@link IdInterner.indexOf}), as in idColumn.
 *
 * Why partitions: a million distinct order ids need a table of tens of megabytes, and each new
 * key would be a cache miss in it. So every row is first fingerprinted and its key's characters
 * copied into one pool, in row order (sequential; a row with the key of the row before, as the lines of one order,
 * only points back to it); the rows are then grouped by the
 * fingerprint's top bits into partitions of ~16,000 rows, moving their fingerprints along, and
 * each partition is numbered with its own small table, which stays in the processor's cache
 * (equal keys have equal fingerprints, so they share a partition). Last, the numbers are put back
 * in row order and renumbered by first appearance.
 *
 * Cost O(total characters) expected; memory ~40 bytes a row plus 2 bytes a character of the
 * keys while it runs. Returns −1 for rows without an id.
 *
 * @example
 * Array.from(orderColumn(["O1", " o1", 1001, "1001", "", null])) // => [0, 0, 1, 1, -1, -1]
 */
import { grow16 } from "./fingerprintSlots";
import { cleanId, IdInterner } from "./ids";

/**
 * @param fingerprintMask keeps only these bits of both hashes; −1 (all) except in tests, which
 *   pass a tiny mask to force collisions and so exercise the exact fallback.
 * @param partitionRows rows per partition aimed at (tests pass a tiny one to exercise many).
 */
export function orderColumn(
  values: ArrayLike<unknown>,
  fingerprintMask = -1,
  partitionRows = 16384,
): Int32Array {
  const n = values.length;
  // 1. Row order: each row's key into the pool (its length in two 16-bit halves, then its
  //    characters; at[i] its offset, −1 for no id, −2 for the key of the row before: the lines
  //    of one order) and its two hashes.
  const at = new Int32Array(n);
  const hash1 = new Int32Array(n);
  const hash2 = new Int32Array(n);
  let chars: Uint16Array = new Uint16Array(Math.max(1024, 12 * n));
  let used = 0;
  let keyed = 0;
  let previous = -1; // pool offset of the last keyed row's key
  for (let i = 0; i < n; i++) keyOf(values[i], i);

  // 2. The keyed rows grouped by the top bits of hash 1 (a counting sort: each group in row
  //    order), their hashes and pool offsets moved along so the next step reads them in sequence.
  let bits = 0;
  while (bits < 12 && keyed >> bits > partitionRows) bits++;
  const parts = 1 << bits;
  const part = (h: number) => (bits === 0 ? 0 : h >>> (32 - bits));
  const start = new Int32Array(parts + 1);
  for (let i = 0; i < n; i++) if (at[i]! >= 0) start[part(hash1[i]!) + 1]!++;
  for (let p = 0; p < parts; p++) start[p + 1]! += start[p]!;
  const row = new Int32Array(keyed);
  const h1s = new Int32Array(keyed);
  const h2s = new Int32Array(keyed);
  const ats = new Int32Array(keyed);
  const next = start.slice(0, parts);
  for (let i = 0; i < n; i++) {
    if (at[i]! < 0) continue;
    const q = next[part(hash1[i]!)]!++;
    row[q] = i;
    h1s[q] = hash1[i]!;
    h2s[q] = hash2[i]!;
    ats[q] = at[i]!;
  }

  // 3. Each partition numbered with its own table of slots (hash 1, hash 2, pool offset + 1 with
  //    0 = empty, number), at most 5/8 full; numbers run on across partitions.
  let largest = 0;
  for (let p = 0; p < parts; p++) largest = Math.max(largest, start[p + 1]! - start[p]!);
  let size = 256;
  while (size < 1.6 * largest) size *= 2;
  const slots = new Int32Array(4 * size);
  const number = new Int32Array(keyed);
  let keys = 0;
  for (let p = 0; p < parts; p++) {
    const a = start[p]!;
    const b = start[p + 1]!;
    let mask = 255;
    while (mask + 1 < 1.6 * (b - a)) mask = 2 * mask + 1;
    slots.fill(0, 0, 4 * (mask + 1));
    for (let q = a; q < b; q++) {
      const h1 = h1s[q]!;
      const h2 = h2s[q]!;
      for (let x = h1 & mask; ; x = (x + 1) & mask) {
        const s = x << 2;
        const o = slots[s + 2]!;
        if (o === 0) {
          slots[s] = h1;
          slots[s + 1] = h2;
          slots[s + 2] = ats[q]! + 1;
          slots[s + 3] = keys;
          number[q] = keys++;
          break;
        }
        if (slots[s] === h1 && slots[s + 1] === h2) {
          // The exactness check: the row's key has exactly the characters of the key found.
          if (!sameKey(chars, o - 1, ats[q]!)) return exactly(values);
          number[q] = slots[s + 3]!;
          break;
        }
      }
    }
  }

  // 4. Back in row order, renumbered by first appearance; rows without an id are −1.
  const out = new Int32Array(n).fill(-1);
  for (let q = 0; q < keyed; q++) out[row[q]!] = number[q]!;
  const first = new Int32Array(keys).fill(-1);
  let numbered = 0;
  let last = -1;
  for (let i = 0; i < n; i++) {
    if (at[i] === -2) {
      out[i] = last;
      continue;
    }
    const k = out[i]!;
    if (k < 0) continue;
    let v = first[k]!;
    if (v < 0) first[k] = v = numbered++;
    out[i] = last = v;
  }
  return out;

  /** Row i's key: its characters into the pool (lower-cased) and its fingerprint. */
  function keyOf(v: unknown, i: number): void {
    let t: string;
    if (typeof v === "string") t = v;
    else if (typeof v === "number" && Number.isFinite(v)) t = String(v);
    else {
      at[i] = -1;
      return;
    }
    let a = 0;
    let b = t.length;
    while (a < b && asciiSpace(t.charCodeAt(a))) a++;
    while (b > a && asciiSpace(t.charCodeAt(b - 1))) b--;
    for (let j = a; j < b; j++) {
      if (t.charCodeAt(j) >= 0x80) {
        t = cleanId(t).toLowerCase();
        a = 0;
        b = t.length;
        break;
      }
    }
    if (a === b) {
      at[i] = -1;
      return;
    }
    const len = b - a;
    while (used + 2 + len > chars.length) chars = grow16(chars);
    chars[used] = len & 0xffff;
    chars[used + 1] = len >>> 16;
    let h1 = 0x811c9dc5 | 0;
    let h2 = len ^ 0x5bd1e995;
    for (let j = 0; j < len; j++) {
      const ch = lower(t.charCodeAt(a + j));
      chars[used + 2 + j] = ch;
      h1 = Math.imul(h1 ^ ch, 0x01000193);
      h2 = Math.imul(h2 ^ ch, 0x5bd1e995) ^ (h2 >>> 13);
    }
    if (previous >= 0 && sameKey(chars, previous, used)) {
      at[i] = -2; // its pool entry is overwritten by the next key
      return;
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b);
    hash1[i] = (h1 ^ (h1 >>> 13)) & fingerprintMask;
    h2 = Math.imul(h2 ^ (h2 >>> 15), 0xc2b2ae35);
    hash2[i] = (h2 ^ (h2 >>> 16)) & fingerprintMask;
    at[i] = previous = used;
    used += 2 + len;
    keyed++;
  }
}

/** Whether the pool holds the same key (length, then characters) at offsets a and b. */
function sameKey(chars: Uint16Array, a: number, b: number): boolean {
  const len = chars[a]! + 65536 * chars[a + 1]!;
  if (chars[b]! + 65536 * chars[b + 1]! !== len) return false;
  for (let j = 2; j < len + 2; j++) if (chars[a + j] !== chars[b + j]) return false;
  return true;
}

/** The column by the exact per-value path (after a fingerprint collision). */
function exactly(values: ArrayLike<unknown>): Int32Array {
  const exact = new IdInterner();
  const out = new Int32Array(values.length);
  for (let r = 0; r < values.length; r++) out[r] = exact.indexOf(values[r]);
  return out;
}

/** The ASCII characters `trim` removes: tab, line feed, vertical tab, form feed, return, space. */
function asciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** ASCII A–Z lower-cased (what `toLowerCase` does to ASCII; keys made by it have no A–Z left). */
function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}
