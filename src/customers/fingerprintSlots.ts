/**
 * The open-addressing table of the column id engine ({@link keyColumn}, behind idColumn and orderColumn;
 * CRM_MODELS.md §1): slots of four Int32 (hash 1, hash 2, pool offset + 1 with 0 = empty, number),
 * placed by hash 1 and probed linearly, and a growable UTF-16 pool of the spellings they point to.
 * Cost of a rehash O(slots); of a pool growth O(pool).
 *
 * @example
 * rehash(new Int32Array(4 * 1024), 2047).length // => 8192
 */

/** The same entries in a table of `mask + 1` slots. */
export function rehash(old: Int32Array, mask: number): Int32Array {
  const slots = new Int32Array(4 * (mask + 1));
  for (let b = 0; b < old.length; b += 4) {
    if (old[b + 2] === 0) continue;
    let p = old[b]! & mask;
    while (slots[(p << 2) + 2] !== 0) p = (p + 1) & mask;
    // Four plain copies: a subarray per slot would allocate an object per entry.
    const q = p << 2;
    slots[q] = old[b]!;
    slots[q + 1] = old[b + 1]!;
    slots[q + 2] = old[b + 2]!;
    slots[q + 3] = old[b + 3]!;
  }
  return slots;
}

/** A pool twice as long with the same contents. */
export function grow16(a: Uint16Array): Uint16Array {
  const b = new Uint16Array(2 * a.length);
  b.set(a);
  return b;
}
