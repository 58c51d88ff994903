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
 * This is the exact, value-by-value path (a Map per raw spelling, so only a new spelling is
 * trimmed and lower-cased); whole columns go through the faster {@link idColumn}, which gives
 * the same numbers. Cost O(length of the id) expected per call.
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
  private readonly bySpelling = new Map<string, number>();
  private readonly byNumber = new Map<number, number>();

  /** The customer number of `value`, or −1 when it is no id. */
  indexOf(value: unknown): number {
    if (typeof value === "string") {
      let c = this.bySpelling.get(value);
      if (c === undefined) {
        c = this.customerOfText(value);
        this.bySpelling.set(value, c);
      }
      return c;
    }
    if (typeof value === "number" && Number.isFinite(value)) {
      let c = this.byNumber.get(value);
      if (c === undefined) {
        c = this.customerOf(String(value), value);
        this.byNumber.set(value, c);
      }
      return c;
    }
    return -1;
  }

  /** Number of customers so far. */
  get size(): number {
    return this.display.length;
  }

  /** The customer number of a raw text spelling (trimmed, lower-cased), −1 when blank. */
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
}
