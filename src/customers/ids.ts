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
 * Speed: every distinct raw spelling is hashed once into an open-addressing table whose keys
 * are kept as UTF-16 code units in one typed array, so a repeated id costs one hash of its
 * characters and one comparison, without allocating or touching the string objects stored
 * before. Only a new spelling is trimmed and lower-cased. Cost O(total characters) expected.
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
  /** Per slot: hash, spelling number + 1 (0 = empty), offset into `chars`, length. */
  private slots = new Int32Array(4 * 1024);
  private chars = new Uint16Array(16384);
  private used = 0;
  private spellingCustomer = new Int32Array(512);
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
      const slots = this.slots;
      const chars = this.chars;
      let p = h & this.mask;
      for (;;) {
        const b = p << 2;
        const e = slots[b + 1]!;
        if (e === 0) return this.addSpelling(value, h, b);
        if (slots[b] === h && slots[b + 3] === len) {
          const o = slots[b + 2]!;
          let j = 0;
          while (j < len && chars[o + j] === value.charCodeAt(j)) j++;
          if (j === len) return this.spellingCustomer[e - 1]!;
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

  private customerOf(key: string, shown: string | number): number {
    const c = this.byKey.get(key);
    if (c !== undefined) return c;
    this.byKey.set(key, this.display.length);
    this.display.push(shown);
    return this.display.length - 1;
  }

  private addSpelling(value: string, h: number, b: number): number {
    const trimmed = value.trim();
    const customer = trimmed.length === 0 ? -1 : this.customerOf(trimmed.toLowerCase(), trimmed);
    if (this.used + value.length > this.chars.length) {
      const bigger = new Uint16Array(Math.max(2 * this.chars.length, this.used + value.length));
      bigger.set(this.chars);
      this.chars = bigger;
    }
    for (let j = 0; j < value.length; j++) this.chars[this.used + j] = value.charCodeAt(j);
    if (this.spellings === this.spellingCustomer.length) {
      const bigger = new Int32Array(2 * this.spellings);
      bigger.set(this.spellingCustomer);
      this.spellingCustomer = bigger;
    }
    this.spellingCustomer[this.spellings] = customer;
    this.spellings++;
    this.slots[b] = h;
    this.slots[b + 1] = this.spellings;
    this.slots[b + 2] = this.used;
    this.slots[b + 3] = value.length;
    this.used += value.length;
    if (2 * this.spellings > this.mask) this.grow();
    return customer;
  }

  private grow(): void {
    const old = this.slots;
    this.mask = 2 * this.mask + 1;
    this.slots = new Int32Array(4 * (this.mask + 1));
    for (let b = 0; b < old.length; b += 4) {
      if (old[b + 1] === 0) continue;
      let p = old[b]! & this.mask;
      while (this.slots[(p << 2) + 1] !== 0) p = (p + 1) & this.mask;
      this.slots.set(old.subarray(b, b + 4), p << 2);
    }
  }
}
