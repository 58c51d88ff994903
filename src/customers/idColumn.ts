/**
 * A whole column of customer ids → customer numbers, the fast path of {@link IdInterner} for
 * the customer table (CRM_MODELS.md §1; same id rule: trimmed, case-insensitive).
 *
 * Why a second path: on a million rows the cost is memory latency, not arithmetic. Here each
 * text id is found by a 64-bit fingerprint (two independent 32-bit hashes of its characters and
 * length) in a table of 16-byte slots small enough to stay in cache; the characters are checked
 * afterwards, in a separate tight pass against a pool of the first spelling of each fingerprint.
 * That check makes the result exact: a fingerprint collision (odds ~n²/2⁶⁵) is detected and the
 * column is then redone from scratch by the exact per-value path, {@link IdInterner.indexOf}.
 * Numbers and other values always take the exact path.
 *
 * Cost O(total characters) expected. Returns −1 for rows without an id.
 *
 * @example
 * const { customers, interner } = idColumn(["C1", " c1", "C2", null]);
 * [Array.from(customers), interner.display] // => [[0, 0, 1, -1], ["C1", "C2"]]
 */
import { IdInterner } from "./ids";

export interface IdColumn {
  /** Customer number per row, −1 for no id. */
  readonly customers: Int32Array;
  /** The customers' first-seen spellings (`display`) and their count (`size`). */
  readonly interner: IdInterner;
}

/**
 * @param fingerprintMask keeps only these bits of both hashes; −1 (all) except in tests, which
 *   pass a tiny mask to force collisions and so exercise the exact fallback.
 */
export function idColumn(values: ArrayLike<unknown>, fingerprintMask = -1): IdColumn {
  const interner = new IdInterner();
  const n = values.length;
  const out = new Int32Array(n);
  const rowSpelling = new Int32Array(n); // spelling + 1 of text rows, 0 otherwise
  let mask = 1023;
  let slots: Int32Array = new Int32Array(4 * 1024); // per slot: hash 1, hash 2, spelling + 1 (0 = empty), customer
  let offsets: Int32Array = new Int32Array(1024);
  let chars: Uint16Array = new Uint16Array(8192);
  let used = 0;
  let spellings = 0;
  // Pass 1: fingerprints of the text rows (sequential, no table access).
  const hash1 = new Int32Array(n);
  const hash2 = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (typeof v !== "string") continue;
    const len = v.length;
    let h1 = 0x811c9dc5 | 0;
    let h2 = len ^ 0x5bd1e995;
    for (let j = 0; j < len; j++) {
      const ch = v.charCodeAt(j);
      h1 = Math.imul(h1 ^ ch, 0x01000193);
      h2 = Math.imul(h2 ^ ch, 0x5bd1e995) ^ (h2 >>> 13);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b);
    hash1[i] = (h1 ^ (h1 >>> 13)) & fingerprintMask;
    h2 = Math.imul(h2 ^ (h2 >>> 15), 0xc2b2ae35);
    hash2[i] = (h2 ^ (h2 >>> 16)) & fingerprintMask;
  }
  // Pass 2: table look-ups. The common case (found in its home slot) is a short loop body, so
  // the processor overlaps the cache misses of several rows; the rest goes to `probe`.
  for (let i = 0; i < n; i++) {
    const h1 = hash1[i]!;
    const b = (h1 & mask) << 2;
    if (slots[b] === h1 && slots[b + 1] === hash2[i] && slots[b + 2] !== 0 && typeof values[i] === "string") {
      out[i] = slots[b + 3]!;
      rowSpelling[i] = slots[b + 2]!;
    } else probe(i);
  }

  function probe(i: number): void {
    const v = values[i];
    if (typeof v !== "string") {
      out[i] = interner.indexOf(v);
      return;
    }
    const h1 = hash1[i]!;
    const h2 = hash2[i]!;
    const len = v.length;
    let p = h1 & mask;
    for (;;) {
      const b = p << 2;
      const s = slots[b + 2]!;
      if (s === 0) {
        // A new spelling: keep its characters for the check, register its customer.
        if (spellings + 1 >= offsets.length) offsets = grow32(offsets);
        while (used + len > chars.length) chars = grow16(chars);
        for (let j = 0; j < len; j++) chars[used + j] = v.charCodeAt(j);
        offsets[spellings] = used;
        used += len;
        offsets[++spellings] = used;
        const c = interner.customerOfText(v);
        slots.set([h1, h2, spellings, c], b);
        out[i] = c;
        rowSpelling[i] = spellings;
        if (4 * spellings > 3 * mask) {
          mask = 2 * mask + 1;
          slots = rehash(slots, mask);
        }
        return;
      }
      if (slots[b] === h1 && slots[b + 1] === h2) {
        out[i] = slots[b + 3]!;
        rowSpelling[i] = s;
        return;
      }
      p = (p + 1) & mask;
    }
  }
  // The exactness check: every text row has exactly the characters of its spelling.
  for (let i = 0; i < n; i++) {
    const s = rowSpelling[i]!;
    if (s === 0) continue;
    const v = values[i];
    const o = offsets[s - 1]!;
    let ok = typeof v === "string" && offsets[s]! - o === v.length;
    for (let j = 0; ok && j < (v as string).length; j++) ok = chars[o + j] === (v as string).charCodeAt(j);
    if (!ok) {
      const exact = new IdInterner();
      for (let r = 0; r < n; r++) out[r] = exact.indexOf(values[r]);
      return { customers: out, interner: exact };
    }
  }
  return { customers: out, interner };
}

function rehash(old: Int32Array, mask: number): Int32Array {
  const slots = new Int32Array(4 * (mask + 1));
  for (let b = 0; b < old.length; b += 4) {
    if (old[b + 2] === 0) continue;
    let p = old[b]! & mask;
    while (slots[(p << 2) + 2] !== 0) p = (p + 1) & mask;
    slots.set(old.subarray(b, b + 4), p << 2);
  }
  return slots;
}

function grow32(a: Int32Array): Int32Array {
  const b = new Int32Array(2 * a.length);
  b.set(a);
  return b;
}

function grow16(a: Uint16Array): Uint16Array {
  const b = new Uint16Array(2 * a.length);
  b.set(a);
  return b;
}
