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
import { grow16, rehash } from "./fingerprintSlots";
import { IdInterner } from "./ids";

export interface IdColumn {
  /** Customer number per row, −1 for no id. */
  readonly customers: Int32Array;
  /** The customers' first-seen spellings (`display`) and their count (`size`). */
  readonly interner: IdInterner;
}

const BLOCK = 2048;

/**
 * @param fingerprintMask keeps only these bits of both hashes; −1 (all) except in tests, which
 *   pass a tiny mask to force collisions and so exercise the exact fallback.
 */
export function idColumn(values: ArrayLike<unknown>, fingerprintMask = -1): IdColumn {
  const interner = new IdInterner();
  const n = values.length;
  const out = new Int32Array(n);
  // Sized for ~n/16 distinct ids, doubled whenever half full: a table no larger than needed
  // keeps the look-ups' random accesses in as few cache lines and pages as possible.
  let mask = 1023;
  while (mask + 1 < Math.min(n / 16, 1 << 22)) mask = 2 * mask + 1;
  let slots: Int32Array = new Int32Array(4 * (mask + 1)); // hash 1, hash 2, pool offset + 1 (0 = empty), customer
  // Pool of spellings: at offset o its length, then its characters (o + 1 is never 0).
  let chars: Uint16Array = new Uint16Array(8192);
  let used = 0;
  let spellings = 0;
  // Rows go in blocks: fingerprints first (sequential), then look-ups whose common case is a
  // short loop body, so the processor overlaps the cache misses of several rows, then the check.
  const hash1 = new Int32Array(BLOCK);
  const hash2 = new Int32Array(BLOCK);
  const spelling = new Int32Array(BLOCK); // pool offset + 1 of the text rows' spelling, 0 otherwise
  for (let i0 = 0; i0 < n; i0 += BLOCK) {
    const m = Math.min(BLOCK, n - i0);
    for (let k = 0; k < m; k++) {
      const v = values[i0 + k];
      if (typeof v !== "string") {
        hash1[k] = 0;
        hash2[k] = 0;
        continue;
      }
      const len = v.length;
      let h1 = 0x811c9dc5 | 0;
      let h2 = len ^ 0x5bd1e995;
      for (let j = 0; j < len; j++) {
        const ch = v.charCodeAt(j);
        h1 = Math.imul(h1 ^ ch, 0x01000193);
        h2 = Math.imul(h2 ^ ch, 0x5bd1e995) ^ (h2 >>> 13);
      }
      h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b);
      hash1[k] = (h1 ^ (h1 >>> 13)) & fingerprintMask;
      h2 = Math.imul(h2 ^ (h2 >>> 15), 0xc2b2ae35);
      hash2[k] = (h2 ^ (h2 >>> 16)) & fingerprintMask;
    }
    for (let k = 0; k < m; k++) {
      const h1 = hash1[k]!;
      const b = (h1 & mask) << 2;
      const v = values[i0 + k];
      const s = slots[b + 2]!;
      // Reading the spelling's length here starts that memory access early for the check.
      if (
        slots[b] === h1 &&
        slots[b + 1] === hash2[k] &&
        s !== 0 &&
        typeof v === "string" &&
        chars[s - 1] === v.length
      ) {
        out[i0 + k] = slots[b + 3]!;
        spelling[k] = s;
      } else probe(i0 + k, k);
    }
    // The exactness check: every text row has exactly the characters of its spelling.
    for (let k = 0; k < m; k++) {
      const s = spelling[k]!;
      if (s === 0) continue;
      const v = values[i0 + k] as string;
      let ok = chars[s - 1] === v.length;
      for (let j = 0; ok && j < v.length; j++) ok = chars[s + j] === v.charCodeAt(j);
      if (!ok) {
        const exact = new IdInterner();
        for (let r = 0; r < n; r++) out[r] = exact.indexOf(values[r]);
        return { customers: out, interner: exact };
      }
    }
  }
  return { customers: out, interner };

  /** An id longer than the pool's length field: looked up exactly, no fingerprint. */
  function exactRow(i: number, k: number, v: string): void {
    out[i] = interner.indexOf(v);
    spelling[k] = 0;
  }

  function probe(i: number, k: number): void {
    const v = values[i];
    spelling[k] = 0;
    if (typeof v !== "string") {
      out[i] = interner.indexOf(v);
      return;
    }
    const h1 = hash1[k]!;
    const h2 = hash2[k]!;
    const len = v.length;
    let p = h1 & mask;
    for (;;) {
      const b = p << 2;
      const s = slots[b + 2]!;
      if (s === 0) {
        // A new spelling: keep its characters for the check, register its customer.
        if (len > 65535) return exactRow(i, k, v);
        while (used + 1 + len > chars.length) chars = grow16(chars);
        chars[used] = len;
        for (let j = 0; j < len; j++) chars[used + 1 + j] = v.charCodeAt(j);
        const c = interner.customerOfText(v);
        slots[b] = h1;
        slots[b + 1] = h2;
        slots[b + 2] = used + 1;
        slots[b + 3] = c;
        out[i] = c;
        spelling[k] = used + 1;
        used += 1 + len;
        spellings++;
        if (2 * spellings > mask) {
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
      p = (p + 1) & mask;
    }
  }
}
