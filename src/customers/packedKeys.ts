/**
 * The packed path of {@link keyColumn} (CRM_MODELS.md §1: the same id rule, the same numbers,
 * first rows and rows written otherwise): when every key of a column is at most 12 ASCII
 * characters once read by the rule ({@link keySpan}; the usual customer or order id), the key
 * itself is packed in three 32-bit words, its characters lower-cased at 8 bits each, and compared
 * whole. No fingerprint, no pool of spellings, nothing to fall back from.
 *
 * Why: the look-ups are random accesses into a table as large as the customers. On this
 * machine's 32 MB L3 cache a 1M-row column's table fits and a 5M-row one's does not, so the time
 * per row grew with the column (×2.2 from 1M to 5M rows). Here the table is cut into regions by
 * the top bits of each key's hash, and the rows are taken a chunk at a time, sorted by region
 * (a counting sort): each region is read once per chunk, in order, and then hit in the cache.
 * A pass in row order at the end of each chunk numbers the new keys in order of first appearance.
 *
 * Layout: a slot is 5 Int32 — the three words; meta = length | kind << 4 | upper-case positions
 * << 6 of the key's first spelling (0: empty); the key's number. A row is written exactly like
 * its key's first row when its meta is the slot's and it is not CLEANED: same lower-cased
 * characters, upper case in the same places, same kind.
 *
 * Cost O(characters + n) expected; memory 20 bytes a slot (at most 5/8 full) and 38 bytes a row of
 * one chunk (at most 2¹⁹ rows), both kept for the next call (see `spare`). Returns undefined as
 * soon as a key is longer than 12 characters or not ASCII once cleaned: the caller then uses the
 * fingerprint path.
 *
 * @example
 * const k = packedKeyColumn(["C1", " c1", 1001, "1001", "", null], { spellings: true })!;
 * [Array.from(k.keys), Array.from(k.firstRow), Array.from(k.otherRows)]
 * // => [[0, 0, 1, 1, -1, -1], [0, 2], [1, 3]]
 */
import type { KeyColumn, KeyColumnOptions } from "./keyColumn";
import { CLEANED, cleanSpan, FIRST_ROWS, KEYS, KeySpan, keySpan, lower, OTHER_ROWS } from "./keySpan";
import { warmLines } from "./cacheLines";
import { grownInt32, int32Array, int32Room } from "./workspace";

/** How the work is cut: rows per chunk, slots per region (tests pass small ones). */
export interface PackedLayout {
  readonly chunkRows: number;
  readonly regionSlots: number;
}

/** 2¹⁹ rows a chunk (~19 MB of buffers); regions of 4,096 slots (80 KB, within L2). */
export const PACKED_LAYOUT: PackedLayout = { chunkRows: 1 << 19, regionSlots: 4096 };

const SLOT = 5;
const META = 3;
const NUMBER_AT = 4;
const MAX_LENGTH = 12;
/** At most 256 regions: a row's region fits the Uint16 buffer, with NO_ID left over. */
const MAX_REGION_BITS = 8;
const NO_ID = 0xffff;

const span: KeySpan = { text: "", from: 0, to: 0, kind: 0 };

/**
 * The buffers of the largest call so far, reused by the next: fresh tens of megabytes a call make
 * V8 start a full collection, whose cost grows with the whole heap (the sheet's cells).
 */
const spare: { slots: Int32Array; rows: Int32Array; regions: Uint16Array } = {
  slots: new Int32Array(0),
  rows: new Int32Array(0),
  regions: new Uint16Array(0),
};

export function packedKeyColumn(
  values: ArrayLike<unknown>,
  options: KeyColumnOptions = {},
  layout: PackedLayout = PACKED_LAYOUT,
): KeyColumn | undefined {
  const n = values.length;
  const spellings = options.spellings === true;
  const C = Math.max(1, Math.min(n, layout.chunkRows));
  if (spare.rows.length < 9 * C) spare.rows = new Int32Array(9 * C);
  if (spare.regions.length < C) spare.regions = new Uint16Array(C);
  const rows = spare.rows;
  const region = spare.regions;
  // Row order: the packed key of each row of the chunk; then, region order, the same keys and
  // what each found (number · 2 + written otherwise; a number < 0 is a key new in this chunk).
  const [xw0, xw1, xw2, xMeta, w0s, w1s, w2s, metas, found] = Array.from({ length: 9 }, (_, j) =>
    rows.subarray(j * C, (j + 1) * C),
  ) as [
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
  ];
  // Once the chunk is in region order, the row-order buffers hold the new keys: the slot of each
  // and its number.
  const newSlot = xw0;
  const newNumber = xw1;
  const ws = options.workspace;
  const out = int32Array(ws, KEYS, n);
  let slots: Int32Array = new Int32Array(0);
  let regionBits = 0; // the table has 2^regionBits regions …
  let slotBits = 0; // … of 2^slotBits slots
  let slotMask = 0;
  let keys = 0;
  let firstRow: Int32Array = spellings ? int32Room(ws, FIRST_ROWS, 64) : new Int32Array(0);
  let otherRows: Int32Array = spellings ? int32Room(ws, OTHER_ROWS, 64) : new Int32Array(0);
  let others = 0;
  const start = new Int32Array((1 << MAX_REGION_BITS) + 1);
  const filled = new Int32Array(1 << MAX_REGION_BITS); // keys in each region
  let skewed = false;
  const cursor = new Int32Array(1 << MAX_REGION_BITS);

  let chunkStart = 0;
  let chunkRows = 0;
  for (let c0 = 0; c0 < n; c0 += C) {
    chunkStart = c0;
    const m = Math.min(C, n - c0);
    chunkRows = m;
    // Row order: each row's key packed, its hash (kept in `out` until the chunk's numbers are
    // written) and its region, counted. The table is sized from the first chunk's first rows.
    for (let k = 0; k < m; k++) if (!pack(values[c0 + k], k)) return undefined;
    if (c0 === 0) size(m);
    const regions = 1 << regionBits;
    start.fill(0);
    for (let k = 0; k < m; k++) {
      if (xMeta[k] === 0) {
        region[k] = NO_ID;
        continue;
      }
      const h = out[c0 + k]!;
      const r = regionOf(h);
      region[k] = r;
      start[r + 1]!++;
    }
    for (let r = 0; r < regions; r++) start[r + 1]! += start[r]!;
    cursor.set(start.subarray(0, regions));
    for (let k = 0; k < m; k++) {
      const r = region[k]!;
      if (r === NO_ID) continue;
      const q = cursor[r]!++;
      w0s[q] = xw0[k]!;
      w1s[q] = xw1[k]!;
      w2s[q] = xw2[k]!;
      metas[q] = xMeta[k]!;
      found[q] = out[c0 + k]!; // the hash, until the look-up writes what it found
    }
    let fresh = 0;
    for (let r = 0; r < regions; r++) {
      const q1 = start[r + 1]!;
      // A region met by many rows is first read in order, so that its random look-ups hit the cache.
      if (q1 - start[r]! > slotMask >>> 3)
        warmLines(slots, (r << slotBits) * SLOT, ((r + 1) << slotBits) * SLOT);
      for (let q = start[r]!; q < q1; q++) {
        fresh = find(r, q, fresh);
        if (skewed) return undefined;
      }
    }
    // Row order: the chunk's new keys get their numbers where first met.
    newNumber.fill(-1, 0, fresh);
    cursor.set(start.subarray(0, regions));
    for (let k = 0; k < m; k++) {
      const r = region[k]!;
      if (r === NO_ID) {
        out[c0 + k] = -1;
        continue;
      }
      const e = found[cursor[r]!++]!;
      let key = e >> 1;
      if (key < 0) {
        const f = -key - 1;
        key = newNumber[f]!;
        if (key < 0) {
          key = newNumber[f] = keys++;
          if (spellings) {
            if (key === firstRow.length) firstRow = grownInt32(ws, FIRST_ROWS, firstRow);
            firstRow[key] = c0 + k;
          }
        }
      }
      out[c0 + k] = key;
      if (spellings && (e & 1) === 1) {
        if (others === otherRows.length) otherRows = grownInt32(ws, OTHER_ROWS, otherRows);
        otherRows[others++] = c0 + k;
      }
    }
    for (let f = 0; f < fresh; f++) slots[newSlot[f]! + NUMBER_AT] = newNumber[f]!;
  }
  if (slots.length > spare.slots.length) spare.slots = slots;
  return {
    keys: out,
    count: keys,
    firstRow: firstRow.subarray(0, keys),
    otherRows: otherRows.subarray(0, others),
  };

  /** Row k of the chunk packed (meta 0 for no id) and hashed; false when its key does not pack. */
  function pack(v: unknown, k: number): boolean {
    xMeta[k] = 0;
    if (!keySpan(v, span)) return true;
    for (let cleaned = false; ; cleaned = true) {
      const t = span.text;
      const a = span.from;
      const len = span.to - a;
      let w0 = 0;
      let w1 = 0;
      let w2 = 0;
      let upper = 0;
      let any = 0;
      for (let j = 0; j < len; j++) {
        const raw = t.charCodeAt(a + j);
        any |= raw;
        const ch = lower(raw);
        if (ch !== raw) upper |= 1 << j;
        const at = (j & 3) << 3;
        if (j < 4) w0 |= ch << at;
        else if (j < 8) w1 |= ch << at;
        else w2 |= ch << at;
      }
      if (any >= 0x80) {
        if (cleaned) return false;
        if (!cleanSpan(span)) return true;
        continue;
      }
      if (len > MAX_LENGTH) return false;
      xw0[k] = w0;
      xw1[k] = w1;
      xw2[k] = w2;
      xMeta[k] = len | (span.kind << 4) | (upper << 6);
      out[chunkStart + k] = hashOf(w0, w1, w2, len);
      return true;
    }
  }

  /**
   * The table for 1.6 × the keys expected from the first rows (at most 5/8 full), capped by
   * `keysPerRow`, in regions of about `layout.regionSlots`; it doubles (rehash) if short.
   */
  function size(m: number): void {
    const probe = Math.min(m, 2048);
    const seen = new Set<number>();
    let withKey = 0;
    for (let k = 0; k < probe; k++) {
      if (xMeta[k] === 0) continue;
      withKey++;
      seen.add(out[k]!);
    }
    const expected = Math.min((n * seen.size) / Math.max(1, withKey), n * (options.keysPerRow ?? 1));
    let bits = 10;
    while (1 << bits < Math.min(1.6 * expected, 1 << 22)) bits++;
    // The last call's table when larger: up to 4× the guess (it is cleared, a cost in proportion).
    while (bits < 26 && SLOT << (bits + 1) <= spare.slots.length && 1 << (bits + 1) <= 6.4 * expected) bits++;
    regionBits = 0;
    while (regionBits < MAX_REGION_BITS && 1 << (bits - regionBits - 1) >= layout.regionSlots) regionBits++;
    slotBits = bits - regionBits;
    slotMask = (1 << slotBits) - 1;
    const length = SLOT << bits;
    slots = spare.slots.length >= length ? spare.slots.subarray(0, length).fill(0) : new Int32Array(length);
  }

  /** Row q (region order) looked up in region r, or added as the chunk's key `fresh`. */
  function find(r: number, q: number, fresh: number): number {
    const w0 = w0s[q]!;
    const w1 = w1s[q]!;
    const w2 = w2s[q]!;
    const meta = metas[q]!;
    const len = meta & 15;
    const otherwise = ((meta >>> 4) & 3) === CLEANED ? 1 : 0;
    const base = r << slotBits;
    for (let s = found[q]! & slotMask; ; s = (s + 1) & slotMask) {
      const b = (base | s) * SLOT;
      const had = slots[b + META]!;
      if (had === 0) {
        slots[b] = w0;
        slots[b + 1] = w1;
        slots[b + 2] = w2;
        slots[b + META] = meta;
        slots[b + NUMBER_AT] = -(fresh + 1);
        newSlot[fresh] = b;
        found[q] = -(fresh + 1) * 2 + otherwise;
        filled[r]!++;
        if (8 * filled[r]! > 5 << slotBits) grow();
        return fresh + 1;
      }
      if (slots[b] === w0 && slots[b + 1] === w1 && slots[b + 2] === w2 && (had & 15) === len) {
        found[q] = slots[b + NUMBER_AT]! * 2 + (had === meta ? otherwise : 1);
        return fresh;
      }
    }
  }

  /**
   * Regions twice as large (a row keeps its region), every key moved to its new place; or, when
   * that would make more than 8 slots for each row read so far (one region holds far more than
   * its share, which the hash makes all but impossible), the packed path gives up.
   */
  function grow(): void {
    if (1 << (regionBits + slotBits + 1) > Math.max(1 << 16, 8 * (chunkStart + chunkRows))) {
      skewed = true;
      return;
    }
    const old = slots;
    slotBits++;
    slotMask = (1 << slotBits) - 1;
    slots = new Int32Array(SLOT << (regionBits + slotBits));
    for (let o = 0; o < old.length; o += SLOT) {
      if (old[o + META] === 0) continue;
      const b = emptySlotFor(old, o);
      slots.set(old.subarray(o, o + SLOT), b);
      // A key new in this chunk: its number is written at its new place.
      if (old[o + NUMBER_AT]! < 0) newSlot[-old[o + NUMBER_AT]! - 1] = b;
    }
  }

  /** The empty slot of the current table where the key at `old[o]` goes. */
  function emptySlotFor(old: Int32Array, o: number): number {
    const h = hashOf(old[o]!, old[o + 1]!, old[o + 2]!, old[o + META]! & 15);
    const base = regionOf(h) << slotBits;
    for (let s = h & slotMask; ; s = (s + 1) & slotMask) {
      const b = (base | s) * SLOT;
      if (slots[b + META] === 0) return b;
    }
  }

  /** The region of a hash: its top `regionBits` bits (0 when there is one region). */
  function regionOf(h: number): number {
    return (h >>> 8) >>> (24 - regionBits);
  }
}

/**
 * A 32-bit hash of a packed key (three words and the length), mixed so that top bits (the region)
 * and low bits (the slot) both vary.
 */
export function hashOf(w0: number, w1: number, w2: number, len: number): number {
  let h = Math.imul(w0 ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 15) ^ w1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 13) ^ w2, 0x27d4eb2d);
  h = Math.imul(h ^ (h >>> 16) ^ len, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
