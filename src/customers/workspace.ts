/**
 * Typed arrays kept from one reading to the next, for a caller that is done with one result
 * before it asks for the next: `=RFM.TABLE` builds its spill before it returns, and then
 * the same columns are read again at the next recalculation.
 *
 * Why: one reading of 5M rows makes about 140 MB of fresh arrays (amounts 40 MB, customers and
 * days 20 MB each, the per-customer records and table). Fresh memory at that rate makes V8 run a
 * full collection about once a call, and a full collection marks the whole heap, the caller's
 * millions of cells included. So without a workspace the time per row grows with the column;
 * with one, the arrays are allocated once and only cleared.
 *
 * The rule: an array that a function returns from a workspace is valid until that workspace is
 * passed again. Keep a result longer, and it changes under you; copy it first. Each array has a
 * name, and different arrays of one result have different names. Cost: the largest array of each
 * name stays allocated, and clearing it is O(its length). Without a workspace (`undefined`),
 * every function allocates fresh arrays, as before.
 *
 * @example
 * const w = new Workspace();
 * const a = int32Array(w, "x", 3);
 * a[0] = 7;
 * const b = int32Array(w, "x", 2);
 * [a.buffer === b.buffer, Array.from(b)] // => [true, [0, 0]]
 */
export class Workspace {
  private readonly kept = new Map<string, ArrayBuffer>();

  /** The buffer kept as `name`, replaced by a larger one when it has fewer than `bytes`. */
  buffer(name: string, bytes: number): ArrayBuffer {
    let b = this.kept.get(name);
    if (b === undefined || b.byteLength < bytes) {
      b = new ArrayBuffer(bytes);
      this.kept.set(name, b);
    }
    return b;
  }

  /** The bytes kept in all buffers (what the workspace holds on to). */
  get bytesKept(): number {
    let sum = 0;
    for (const b of this.kept.values()) sum += b.byteLength;
    return sum;
  }
}

/** `length` zeros: fresh without a workspace, else on the buffer kept as `name`. */
export function int32Array(w: Workspace | undefined, name: string, length: number): Int32Array {
  if (w === undefined) return new Int32Array(length);
  return new Int32Array(w.buffer(name, 4 * length), 0, length).fill(0);
}

/** As {@link int32Array}, for doubles. */
export function float64Array(w: Workspace | undefined, name: string, length: number): Float64Array {
  if (w === undefined) return new Float64Array(length);
  return new Float64Array(w.buffer(name, 8 * length), 0, length).fill(0);
}

/** As {@link int32Array}, for bytes. */
export function uint8Array(w: Workspace | undefined, name: string, length: number): Uint8Array {
  if (w === undefined) return new Uint8Array(length);
  return new Uint8Array(w.buffer(name, length), 0, length).fill(0);
}

/** As {@link int32Array}, for 16-bit codes. */
export function uint16Array(w: Workspace | undefined, name: string, length: number): Uint16Array {
  if (w === undefined) return new Uint16Array(length);
  return new Uint16Array(w.buffer(name, 2 * length), 0, length).fill(0);
}

/**
 * A list that grows while it is filled (first rows, rows written otherwise): at least `length`
 * entries, as many as the kept buffer holds, contents unspecified. {@link grownInt32} doubles it.
 */
export function int32Room(w: Workspace | undefined, name: string, length: number): Int32Array {
  if (w === undefined) return new Int32Array(length);
  const b = w.buffer(name, 4 * length);
  return new Int32Array(b, 0, b.byteLength >>> 2);
}

/** `a` in a list twice as long (kept as `name` in a workspace), its entries copied. */
export function grownInt32(w: Workspace | undefined, name: string, a: Int32Array): Int32Array {
  const length = 2 * a.length + 64;
  const b = w === undefined ? new Int32Array(length) : new Int32Array(w.buffer(name, 4 * length), 0, length);
  b.set(a);
  return b;
}
