/**
 * Customer ids → dense customer numbers 0, 1, 2 … in order of first appearance
 * (CRM_MODELS.md §1, one row per customer).
 *
 * Id rule (the same as Excel's own lookups MATCH/COUNTIF, which ignore case): leading and
 * trailing whitespace is removed, then ids are compared case-insensitively (`toLowerCase`), so
 * "C001", "c001" and " C001 " are one customer, shown with its first-seen spelling ("C001",
 * trimmed). A number id is the same customer as its text (1001 and "1001", as COUNTIF treats
 * them). Blank text, `null`, booleans and non-finite numbers are no id (−1).
 *
 * Speed: every distinct raw spelling goes once into an open-addressing hash table held in one
 * typed array, its first 8 characters packed into its slot (the rest in a character pool), so a
 * repeated id costs one hash of its characters and, typically, one memory access — no
 * allocation, no visit to previously stored string objects. Only a new spelling is trimmed and
 * lower-cased. Cost O(total characters) expected.
 *
 * @example
 * const ids = new IdInterner();
 * [ids.indexOf("C001"), ids.indexOf(" c001 "), ids.indexOf("C002"), ids.indexOf("")]
 * // => [0, 0, 1, -1]
 * ids.display // => ["C001", "C002"]
 */
export class IdInterner {
  /** First-seen spelling (trimmed text, or the number) of each customer, by customer number. */
  readonly display: (string | number)[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly byNumber = new Map<number, number>();
  private mask = 1023;
  /**
   * 8 int32 per slot (32 bytes, two slots per cache line): hash, length + 1 (0 = empty),
   * customer, offset of characters 9… in `chars`, then characters 1–8 packed two per int32 —
   * so an id of up to 8 characters is found with one memory access.
   */
  private slots = new Int32Array(8 * 1024);
  private chars = new Uint16Array(4096);
  private used = 0;
  private spellings = 0;

  /** The customer number of `value`, or −1 when it is no id. */
  indexOf(value: unknown): number {
    if (typeof value === "string") {
      const len = value.length;
      let h = 0x811c9dc5 | 0;
      for (let j = 0; j < len; j++) h = Math.imul(h ^ value.charCodeAt(j), 0x01000193);
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      // Characters past the end read as NaN, which | and << turn into 0 (the length tells apart).
      const w0 = value.charCodeAt(0) | (value.charCodeAt(1) << 16);
      const w1 = value.charCodeAt(2) | (value.charCodeAt(3) << 16);
      const w2 = value.charCodeAt(4) | (value.charCodeAt(5) << 16);
      const w3 = value.charCodeAt(6) | (value.charCodeAt(7) << 16);
      const slots = this.slots;
      let p = h & this.mask;
      for (;;) {
        const b = p << 3;
        const l = slots[b + 1]!;
        if (l === 0) return this.addSpelling(value, h, b, w0, w1, w2, w3);
        if (
          slots[b] === h &&
          l === len + 1 &&
          slots[b + 4] === w0 &&
          slots[b + 5] === w1 &&
          slots[b + 6] === w2 &&
          slots[b + 7] === w3 &&
          (len <= 8 || this.sameTail(value, slots[b + 3]!))
        ) {
          return slots[b + 2]!;
        }
        p = (p + 1) & this.mask;
      }
    }
    if (typeof value === "number" && Number.isFinite(value)) {
      const c = this.byNumber.get(value);
      if (c !== undefined) return c;
      const n = this.customerOf(String(value), value);
      this.byNumber.set(value, n);
      return n;
    }
    return -1;
  }

  /** Number of customers so far. */
  get size(): number {
    return this.display.length;
  }

  private sameTail(value: string, offset: number): boolean {
    const chars = this.chars;
    for (let j = 8; j < value.length; j++) if (chars[offset + j - 8] !== value.charCodeAt(j)) return false;
    return true;
  }

  /** The customer number of a new raw text spelling (trimmed, lower-cased), −1 when blank. */
  customerOfText(value: string): number {
    const trimmed = value.trim();
    return trimmed.length === 0 ? -1 : this.customerOf(trimmed.toLowerCase(), trimmed);
  }

  private customerOf(key: string, shown: string | number): number {
    const c = this.byKey.get(key);
    if (c !== undefined) return c;
    this.byKey.set(key, this.display.length);
    this.display.push(shown);
    return this.display.length - 1;
  }

  private addSpelling(
    value: string,
    h: number,
    b: number,
    w0: number,
    w1: number,
    w2: number,
    w3: number,
  ): number {
    const customer = this.customerOfText(value);
    const tail = Math.max(0, value.length - 8);
    if (this.used + tail > this.chars.length) {
      const bigger = new Uint16Array(Math.max(2 * this.chars.length, this.used + tail));
      bigger.set(this.chars);
      this.chars = bigger;
    }
    for (let j = 8; j < value.length; j++) this.chars[this.used + j - 8] = value.charCodeAt(j);
    this.slots.set([h, value.length + 1, customer, this.used, w0, w1, w2, w3], b);
    this.used += tail;
    this.spellings++;
    if (4 * this.spellings > 3 * this.mask) this.grow();
    return customer;
  }

  private grow(): void {
    const old = this.slots;
    this.mask = 2 * this.mask + 1;
    this.slots = new Int32Array(8 * (this.mask + 1));
    for (let b = 0; b < old.length; b += 8) {
      if (old[b + 1] === 0) continue;
      let p = old[b]! & this.mask;
      while (this.slots[(p << 3) + 1] !== 0) p = (p + 1) & this.mask;
      this.slots.set(old.subarray(b, b + 8), p << 3);
    }
  }
}
