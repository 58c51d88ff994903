/**
 * Unique rows of up to three number columns, in order of first appearance, each with its weights
 * summed in row order: the compression step of the CLV fits (CRM_MODELS.md §3; the likelihood is
 * a sum over customers, so identical rows add up), shared by the (x, t_x, T) table
 * ({@link compressCustomers}) and the Gamma-Gamma (x, z̄) table. Rows are equal when every value
 * is (===, so 0 and −0 are one value); open addressing on the values' bit patterns, no string
 * keys. Cost O(1) expected per row; memory ~4 × 8 bytes per row of capacity plus a table of
 * 2–4 slots a row.
 *
 * @example
 * const u = new UniqueRows(3);
 * u.add(1, 0, 0, 10); u.add(1, 2, 5, 10); u.add(1, 0, 0, 10);
 * [u.size, Array.from(u.weight.subarray(0, u.size))] // => [2, [2, 1]]
 */
// Module-level aliases: looking up the global Math is far slower inside Jest's sandbox.
const { ceil, imul, log2 } = Math;

export class UniqueRows {
  /** The unique rows' values, column by column (the first `size` entries). */
  readonly a: Float64Array;
  readonly b: Float64Array;
  readonly c: Float64Array;
  /** Each unique row's summed weight. */
  readonly weight: Float64Array;
  size = 0;
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly bits = new Float64Array(3);
  private readonly word = new Uint32Array(this.bits.buffer);

  /** For at most `capacity` rows added. */
  constructor(capacity: number) {
    const size = 1 << ceil(log2(2 * capacity + 2));
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    this.a = new Float64Array(capacity);
    this.b = new Float64Array(capacity);
    this.c = new Float64Array(capacity);
    this.weight = new Float64Array(capacity);
  }

  /** Adds row (a, b, c) with weight w (a two-column table passes c = 0 always). */
  add(w: number, a: number, b: number, c: number): void {
    const { bits, word, slots, mask } = this;
    // +0 for −0: equal rows must hash alike.
    bits[0] = a + 0;
    bits[1] = b + 0;
    bits[2] = c + 0;
    let h = imul((word[0] as number) ^ (word[1] as number), 0x9e3779b1);
    h = imul(h ^ (word[2] as number), 0x85ebca6b) ^ imul(word[3] as number, 0xc2b2ae35);
    h = imul(h ^ (word[4] as number), 0x85ebca6b) ^ imul(word[5] as number, 0xc2b2ae35);
    h ^= h >>> 15;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const k = slots[slot] as number;
      if (k < 0) {
        const u = this.size++;
        slots[slot] = u;
        ((this.a[u] = a), (this.b[u] = b), (this.c[u] = c), (this.weight[u] = w));
        return;
      }
      if (this.a[k] === a && this.b[k] === b && this.c[k] === c) {
        this.weight[k] = (this.weight[k] as number) + w;
        return;
      }
    }
  }
}
