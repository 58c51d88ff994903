/**
 * Customer ids → dense customer numbers 0, 1, 2 … in order of first appearance
 * (CRM_MODELS.md §1, one row per customer).
 *
 * Id rule, the one rule of every path (the same as Excel's own lookups MATCH/COUNTIF, which
 * ignore case): invisible characters (zero-width space U+200B, joiners U+200C/U+200D, word joiner
 * U+2060, BOM U+FEFF, no-break and other Unicode spaces such as U+00A0, U+2007, U+202F, U+3000)
 * are treated like spaces; leading and trailing spaces are removed; the text is put in Unicode
 * NFC (so "é" typed as e + combining accent is "é"); then ids are compared case-insensitively
 * (`toLowerCase`). "C001", "c001", " C001 ", "C001\u200B" are one customer, shown with its
 * first-seen spelling in that cleaned form ("C001"). A number id is the same customer as its text (1001 and "1001", as COUNTIF treats
 * them). Blank text, `null`, booleans and non-finite numbers are no id (−1).
 *
 * Merges are counted, never silent: `mergedSpellings` counts the spellings that joined an existing
 * customer under another spelling ("c001 " or "C001 " after "C001"; 1001 after "1001"), and
 * `mergedExamples` keeps the first three as [spelling as written, id shown].
 *
 * This is the exact, value-by-value path (a Map per raw spelling, so only a new spelling is
 * trimmed and lower-cased); whole columns go through the faster {@link idColumn}, and order-id
 * columns through {@link orderColumn}, which give the same numbers. Cost O(length of the id)
 * expected per call.
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
  /** Spellings merged into a customer first seen under another spelling. */
  mergedSpellings = 0;
  /** The first three merges: [spelling as written, the customer's shown id]. */
  readonly mergedExamples: [string, string | number][] = [];

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

  /** The customer number of a raw text spelling (cleaned by {@link cleanId}, lower-cased), −1 when blank. */
  customerOfText(value: string): number {
    const shown = cleanId(value);
    return shown.length === 0 ? -1 : this.customerOf(shown.toLowerCase(), shown, value);
  }

  private customerOf(key: string, shown: string | number, written: string | number = shown): number {
    const c = this.byKey.get(key);
    if (c !== undefined) {
      // A new spelling of a known customer (each spelling reaches here once).
      if (written !== this.display[c]) {
        this.mergedSpellings++;
        if (this.mergedExamples.length < 3) this.mergedExamples.push([String(written), this.display[c]!]);
      }
      return c;
    }
    this.byKey.set(key, this.display.length);
    this.display.push(shown);
    return this.display.length - 1;
  }
}

/** Invisible characters and Unicode spaces, read as a space by the id rule. */
const INVISIBLE = /[\u00a0\u1680\u180e\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/g;

/**
 * An id text as the id rule shows it: invisible characters as spaces, trimmed, NFC.
 *
 * @example
 * cleanId("\u00a0C001\u200b") // => "C001"
 */
export function cleanId(value: string): string {
  let s = value;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xa0) {
      s = s.replace(INVISIBLE, " ");
      break;
    }
  }
  s = s.trim();
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x300) return s.normalize("NFC");
  return s;
}

/** How many id spellings joined a customer first seen under another spelling, and the first three. */
export interface MergedIds {
  readonly count: number;
  /** [spelling as written, the customer's shown id]. */
  readonly examples: readonly (readonly [string, string | number])[];
}

/**
 * The sentence that tells the user ids were merged, or undefined when none were.
 *
 * @example
 * mergedIdsText({ count: 1, examples: [["c001 ", "C001"]] })?.en
 * // => '1 id spelling was read as an existing customer (case and surrounding spaces are ignored, as MATCH does), e.g. "c001 " as C001.'
 */
export function mergedIdsText(m: MergedIds): { en: string; zh: string } | undefined {
  if (m.count === 0) return undefined;
  const eg = m.examples.map(([w, shown]) => `"${w}" → ${shown}`);
  return {
    en:
      `${m.count} id spelling${m.count === 1 ? " was" : "s were"} read as an existing customer (case and surrounding ` +
      `spaces are ignored, as MATCH does), e.g. ${m.examples.map(([w, shown]) => `"${w}" as ${shown}`).join(", ")}.`,
    zh: `有 ${m.count} 个编号写法被视为已有客户（忽略大小写和首尾空格，与 MATCH 相同），例如 ${eg.join("、")}。`,
  };
}
