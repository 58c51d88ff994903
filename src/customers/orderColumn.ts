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
 * fingerprint in the slots of {@link rehash}; the characters are then checked against a pool of
 * each key's characters, and a fingerprint collision redoes the column by the exact per-value
 * path ({@link IdInterner.indexOf}), as in idColumn.
 *
 * Cost O(total characters) expected; memory ~16 bytes a slot plus the keys' characters. Returns
 * −1 for rows without an id.
 *
 * @example
 * Array.from(orderColumn(["O1", " o1", 1001, "1001", "", null])) // => [0, 0, 1, 1, -1, -1]
 */
import { grow16, rehash } from "./fingerprintSlots";
import { cleanId, IdInterner } from "./ids";

const BLOCK = 2048;

/**
 * @param fingerprintMask keeps only these bits of both hashes; −1 (all) except in tests, which
 *   pass a tiny mask to force collisions and so exercise the exact fallback.
 */
export function orderColumn(values: ArrayLike<unknown>, fingerprintMask = -1): Int32Array {
  const n = values.length;
  const out = new Int32Array(n);
  // Table and pool are sized once from the first block (each large allocation costs page faults
  // and may start a collection); they grow by doubling only if the guess is short.
  let mask = 0;
  let slots: Int32Array = new Int32Array(0); // hash 1, hash 2, pool offset + 1 (0 = empty), order
  // Pool of keys: at offset o the length's low and high 16 bits, then the key's characters.
  let chars: Uint16Array = new Uint16Array(0);
  let used = 0;
  let keys = 0;
  // Per block row: the text holding its key, the key's bounds in it (from < 0: no id), its hashes.
  const text: string[] = new Array<string>(BLOCK).fill("");
  const from = new Int32Array(BLOCK);
  const to = new Int32Array(BLOCK);
  const hash1 = new Int32Array(BLOCK);
  const hash2 = new Int32Array(BLOCK);
  const spelling = new Int32Array(BLOCK); // pool offset + 1 of the row's key, 0 for no id
  for (let i0 = 0; i0 < n; i0 += BLOCK) {
    const m = Math.min(BLOCK, n - i0);
    for (let k = 0; k < m; k++) keyOf(values[i0 + k], k);
    if (i0 === 0) size(m);
    for (let k = 0; k < m; k++) {
      if (from[k]! < 0) {
        out[i0 + k] = -1;
        spelling[k] = 0;
        continue;
      }
      const h1 = hash1[k]!;
      const b = (h1 & mask) << 2;
      const s = slots[b + 2]!;
      // Reading the key's length here starts that memory access early for the check.
      if (
        slots[b] === h1 &&
        slots[b + 1] === hash2[k] &&
        s !== 0 &&
        chars[s - 1] === ((to[k]! - from[k]!) & 0xffff)
      ) {
        out[i0 + k] = slots[b + 3]!;
        spelling[k] = s;
      } else probe(i0 + k, k);
    }
    // The exactness check: every row's key has exactly the characters of the key it was given.
    for (let k = 0; k < m; k++) {
      const s = spelling[k]!;
      if (s === 0) continue;
      const t = text[k]!;
      const a = from[k]!;
      const len = to[k]! - a;
      let ok = chars[s - 1]! + 65536 * chars[s]! === len;
      for (let j = 0; ok && j < len; j++) ok = chars[s + 1 + j] === lower(t.charCodeAt(a + j));
      if (!ok) {
        const exact = new IdInterner();
        for (let r = 0; r < n; r++) out[r] = exact.indexOf(values[r]);
        return out;
      }
    }
  }
  return out;

  /**
   * Slots for 1.6 × the keys (at most 5/8 full: short probes) and a pool for their characters,
   * both extrapolated from the first m rows.
   */
  function size(m: number): void {
    const seen = new Int32Array(2 * BLOCK).fill(-1); // distinct hash 1 in the block (a lower bound)
    let distinct = 0;
    let length = 0;
    for (let k = 0; k < m; k++) {
      if (from[k]! < 0) continue;
      length += to[k]! - from[k]! + 2;
      let p = hash1[k]! & (2 * BLOCK - 1);
      while (seen[p] !== -1 && seen[p] !== hash1[k]) p = (p + 1) & (2 * BLOCK - 1);
      if (seen[p] === -1) distinct++;
      seen[p] = hash1[k]!;
    }
    const keys = Math.ceil((n * distinct) / Math.max(1, m));
    mask = 1023;
    while (mask + 1 < Math.min(1.6 * keys, 1 << 22)) mask = 2 * mask + 1;
    slots = new Int32Array(4 * (mask + 1));
    chars = new Uint16Array(Math.ceil((1.1 * (n * length)) / Math.max(1, m)) + 1024);
  }

  /** Row k's key: the text holding it, its bounds and its fingerprint. */
  function keyOf(v: unknown, k: number): void {
    let t: string;
    if (typeof v === "string") t = v;
    else if (typeof v === "number" && Number.isFinite(v)) t = String(v);
    else {
      from[k] = -1;
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
      from[k] = -1;
      return;
    }
    let h1 = 0x811c9dc5 | 0;
    let h2 = (b - a) ^ 0x5bd1e995;
    for (let j = a; j < b; j++) {
      const ch = lower(t.charCodeAt(j));
      h1 = Math.imul(h1 ^ ch, 0x01000193);
      h2 = Math.imul(h2 ^ ch, 0x5bd1e995) ^ (h2 >>> 13);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b);
    hash1[k] = (h1 ^ (h1 >>> 13)) & fingerprintMask;
    h2 = Math.imul(h2 ^ (h2 >>> 15), 0xc2b2ae35);
    hash2[k] = (h2 ^ (h2 >>> 16)) & fingerprintMask;
    text[k] = t;
    from[k] = a;
    to[k] = b;
  }

  function probe(i: number, k: number): void {
    const h1 = hash1[k]!;
    const h2 = hash2[k]!;
    for (let p = h1 & mask; ; p = (p + 1) & mask) {
      const b = p << 2;
      const s = slots[b + 2]!;
      if (s === 0) {
        // A new key: its characters go to the pool, its number is the next one.
        const t = text[k]!;
        const a = from[k]!;
        const len = to[k]! - a;
        while (used + 2 + len > chars.length) chars = grow16(chars);
        chars[used] = len & 0xffff;
        chars[used + 1] = len >>> 16;
        for (let j = 0; j < len; j++) chars[used + 2 + j] = lower(t.charCodeAt(a + j));
        slots[b] = h1;
        slots[b + 1] = h2;
        slots[b + 2] = used + 1;
        slots[b + 3] = keys;
        out[i] = keys++;
        spelling[k] = used + 1;
        used += 2 + len;
        if (8 * keys > 5 * (mask + 1)) {
          mask = 2 * mask + 1;
          slots = rehash(slots, mask);
        }
        return;
      }
      if (slots[b] === h1 && slots[b + 1] === h2) {
        out[i] = slots[b + 3]!;
        spelling[k] = s;
        return;
      }
    }
  }
}

/** The ASCII characters `trim` removes: tab, line feed, vertical tab, form feed, return, space. */
function asciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** ASCII A–Z lower-cased (what `toLowerCase` does to ASCII; keys made by it have no A–Z left). */
function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}
