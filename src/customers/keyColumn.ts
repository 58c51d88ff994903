/**
 * The one lean engine of the column id paths ({@link idColumn}, {@link orderColumn};
 * CRM_MODELS.md §1): a whole column → key numbers 0, 1, 2 … in order of first appearance, where
 * the key is the id as {@link IdInterner}'s rule reads it (invisible characters as spaces, trimmed,
 * NFC, case-insensitive; a number is the key of its text, 1001 ≡ "1001").
 *
 * Why: on a million rows the cost is memory, not arithmetic. No Map and no string per key: for
 * ASCII text (the usual id) the key's characters are the row's characters between its trimmed
 * ASCII spaces, lower-cased on the fly; other text goes through {@link cleanId} and `toLowerCase`,
 * a number through `String`. Keys are found by a 64-bit fingerprint (two 32-bit hashes) in the
 * slots of {@link rehash}; the characters are then checked against a pool holding the first
 * spelling of each key (as written for ASCII text, so the check can also tell whether a row is
 * written exactly like its key's first row). A fingerprint collision (odds ~n²/2⁶⁵) is detected by
 * that check and the result is then `undefined`: the caller redoes the column by the exact path.
 *
 * A column whose keys are all at most 12 ASCII characters is first given to the packed path
 * ({@link packedKeyColumn}: same results, and a time per row that does not grow with the
 * column); the fingerprint path below reads the rest, and every column when a test passes a
 * `fingerprintMask`.
 *
 * Cost O(total characters) expected; memory ~16 bytes a slot plus the first spellings' characters,
 * and the largest such tables so far stay allocated for the next call (see `spare`).
 *
 * @example
 * const k = keyColumn(["C1", " c1", 1001, "1001", "", null], { spellings: true })!;
 * [Array.from(k.keys), Array.from(k.firstRow), Array.from(k.otherRows)]
 * // => [[0, 0, 1, 1, -1, -1], [0, 2], [1, 3]]
 */
import { grow16, rehash } from "./fingerprintSlots";
import { CLEANED, cleanSpan, FIRST_ROWS, KEYS, KeySpan, keySpan, lower, OTHER_ROWS } from "./keySpan";
import { PackedLayout, packedKeyColumn } from "./packedKeys";
import { grownInt32, int32Array, int32Room, Workspace } from "./workspace";

export interface KeyColumnOptions {
  /**
   * Also report, per key, the row it was first seen in and the rows written otherwise than that
   * row (what a caller needs to show first-seen spellings and count merged ones).
   */
  readonly spellings?: boolean;
  /**
   * At most this many keys per row are expected (the tables are sized from the first block's
   * distinct keys, capped by this): 1 for order ids (nearly all distinct), less for customers.
   */
  readonly keysPerRow?: number;
  /**
   * Keeps only these bits of both hashes; −1 (all) except in tests, which force collisions (and
   * so use the fingerprint path even where the packed one applies).
   */
  readonly fingerprintMask?: number;
  /** Tests only: the packed path's chunks and regions, or null for the fingerprint path alone. */
  readonly packedLayout?: PackedLayout | null;
  /** Where the keys, first rows and rows written otherwise are kept (see {@link Workspace}). */
  readonly workspace?: Workspace;
}

export interface KeyColumn {
  /** Key number per row, −1 for no id. */
  readonly keys: Int32Array;
  /** Number of keys. */
  readonly count: number;
  /** With `spellings`: the row each key was first seen in (`count` entries, ascending). */
  readonly firstRow: Int32Array;
  /**
   * With `spellings`: ascending, the rows with a key that may be written otherwise than its key's
   * first row; every other row with a key is written exactly like it (same text, or a number).
   */
  readonly otherRows: Int32Array;
}

const BLOCK = 2048;

/** The current row's key (one object for all rows: no allocation per row). */
const span: KeySpan = { text: "", from: 0, to: 0, kind: 0 };

/**
 * The largest slot table and pool of the calls so far, reused by the next call: a workbook
 * recalculates the same columns again and again, and on 5M rows a fresh ~30 MB of buffers a
 * call makes V8 start a full collection, whose cost grows with the whole heap (the sheet's
 * millions of cells), every call or two. Kept: at most the tables of the largest column read.
 */
const spare: { slots: Int32Array; chars: Uint16Array } = {
  slots: new Int32Array(0),
  chars: new Uint16Array(0),
};

function keep(slots: Int32Array, chars: Uint16Array): void {
  if (slots.length > spare.slots.length) spare.slots = slots;
  if (chars.length > spare.chars.length) spare.chars = chars;
}

export function keyColumn(values: ArrayLike<unknown>, options: KeyColumnOptions = {}): KeyColumn | undefined {
  const fingerprintMask = options.fingerprintMask ?? -1;
  if (fingerprintMask === -1 && options.packedLayout !== null) {
    const packed = packedKeyColumn(values, options, options.packedLayout);
    if (packed !== undefined) return packed;
  }
  const spellings = options.spellings === true;
  const n = values.length;
  const ws = options.workspace;
  const out = int32Array(ws, KEYS, n);
  // Table and pool are sized once from the first block (each large allocation costs page faults
  // and may start a collection); they grow by doubling only if the guess is short.
  let mask = 0;
  let slots: Int32Array = new Int32Array(0); // hash 1, hash 2, pool offset + 1 (0 = empty), key
  // Pool of first spellings: at offset o the kind, the length's low and high 16 bits, the characters.
  let chars: Uint16Array = new Uint16Array(0);
  let used = 0;
  let keys = 0;
  let firstRow: Int32Array = new Int32Array(0);
  let otherRows: Int32Array = spellings ? int32Room(ws, OTHER_ROWS, 64) : new Int32Array(0);
  let others = 0;
  // Per block row: the text holding its key, the key's bounds in it (from < 0: no id), its kind
  // and hashes, and the pool offset + 1 of its key's first spelling (0 for no id).
  const text: string[] = new Array<string>(BLOCK).fill("");
  const from = new Int32Array(BLOCK);
  const to = new Int32Array(BLOCK);
  const kind = new Uint8Array(BLOCK);
  const hash1 = new Int32Array(BLOCK);
  const hash2 = new Int32Array(BLOCK);
  const spelling = new Int32Array(BLOCK);
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
        chars[s] === ((to[k]! - from[k]!) & 0xffff)
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
      let ok = chars[s]! + 65536 * chars[s + 1]! === len;
      let same = ok && kind[k] === chars[s - 1] && kind[k] !== CLEANED;
      for (let j = 0; ok && j < len; j++) {
        const p = chars[s + 2 + j]!;
        const q = t.charCodeAt(a + j);
        if (p !== q) {
          same = false;
          ok = lower(p) === lower(q);
        }
      }
      if (!ok) {
        keep(slots, chars);
        return undefined;
      }
      if (spellings && !same) {
        if (others === otherRows.length) otherRows = grownInt32(ws, OTHER_ROWS, otherRows);
        otherRows[others++] = i0 + k;
      }
    }
  }
  keep(slots, chars);
  return {
    keys: out,
    count: keys,
    firstRow: firstRow.subarray(0, keys),
    otherRows: otherRows.subarray(0, others),
  };

  /**
   * Slots for 1.6 × the keys (at most 5/8 full: short probes) and a pool for their characters,
   * both extrapolated from the first m rows.
   */
  function size(m: number): void {
    const seen = new Int32Array(2 * BLOCK).fill(-1); // distinct hash 1 in the block (a lower bound)
    let distinct = 0;
    let length = 0;
    let withKey = 0;
    for (let k = 0; k < m; k++) {
      if (from[k]! < 0) continue;
      withKey++;
      length += to[k]! - from[k]! + 3;
      let p = hash1[k]! & (2 * BLOCK - 1);
      while (seen[p] !== -1 && seen[p] !== hash1[k]) p = (p + 1) & (2 * BLOCK - 1);
      if (seen[p] === -1) distinct++;
      seen[p] = hash1[k]!;
    }
    const expected = Math.min((n * distinct) / Math.max(1, m), n * (options.keysPerRow ?? 1));
    const keys = Math.ceil(expected);
    mask = 1023;
    while (mask + 1 < Math.min(1.6 * keys, 1 << 22)) mask = 2 * mask + 1;
    // The last call's tables when large enough: within 4× the guess for the slots (they are
    // cleared, a cost in proportion), any size for the pool (only its used part is read).
    const spareMask = spare.slots.length / 4 - 1;
    if (spareMask >= mask && spareMask <= 4 * mask + 3) {
      mask = spareMask;
      slots = spare.slots.fill(0);
    } else slots = new Int32Array(4 * (mask + 1));
    const pool = Math.ceil((1.1 * keys * length) / Math.max(1, withKey)) + 1024;
    chars = spare.chars.length >= pool ? spare.chars : new Uint16Array(pool);
    if (spellings) firstRow = int32Room(ws, FIRST_ROWS, keys + 64);
  }

  /** Row k's key: the text holding it, its bounds, kind and fingerprint. */
  function keyOf(v: unknown, k: number): void {
    if (!keySpan(v, span)) {
      from[k] = -1;
      return;
    }
    // Hashed as ASCII; text with other characters is cleaned and lower-cased, then hashed again.
    for (let cleaned = false; ; cleaned = true) {
      const t = span.text;
      const a = span.from;
      const b = span.to;
      let h1 = 0x811c9dc5 | 0;
      let h2 = (b - a) ^ 0x5bd1e995;
      let any = 0;
      for (let j = a; j < b; j++) {
        const raw = t.charCodeAt(j);
        any |= raw;
        const ch = lower(raw);
        h1 = Math.imul(h1 ^ ch, 0x01000193);
        h2 = Math.imul(h2 ^ ch, 0x5bd1e995) ^ (h2 >>> 13);
      }
      if (any >= 0x80 && !cleaned) {
        if (cleanSpan(span)) continue;
        from[k] = -1;
        return;
      }
      h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b);
      hash1[k] = (h1 ^ (h1 >>> 13)) & fingerprintMask;
      h2 = Math.imul(h2 ^ (h2 >>> 15), 0xc2b2ae35);
      hash2[k] = (h2 ^ (h2 >>> 16)) & fingerprintMask;
      text[k] = t;
      from[k] = a;
      to[k] = b;
      kind[k] = span.kind;
      return;
    }
  }

  function probe(i: number, k: number): void {
    const h1 = hash1[k]!;
    const h2 = hash2[k]!;
    for (let p = h1 & mask; ; p = (p + 1) & mask) {
      const b = p << 2;
      const s = slots[b + 2]!;
      if (s === 0) {
        // A new key: its first spelling goes to the pool, its number is the next one.
        const t = text[k]!;
        const a = from[k]!;
        const len = to[k]! - a;
        while (used + 3 + len > chars.length) chars = grow16(chars);
        chars[used] = kind[k]!;
        chars[used + 1] = len & 0xffff;
        chars[used + 2] = len >>> 16;
        for (let j = 0; j < len; j++) chars[used + 3 + j] = t.charCodeAt(a + j);
        slots[b] = h1;
        slots[b + 1] = h2;
        slots[b + 2] = used + 1;
        slots[b + 3] = keys;
        if (spellings) {
          if (keys === firstRow.length) firstRow = grownInt32(ws, FIRST_ROWS, firstRow);
          firstRow[keys] = i;
        }
        out[i] = keys++;
        spelling[k] = used + 1;
        used += 3 + len;
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
