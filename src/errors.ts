/**
 * The core's one failure policy (STYLE.md rule 5): validate first, then throw a typed
 * {@link CrmError}. Only the Excel wrappers map the code to an Excel error:
 *
 * | code        | meaning                                   | Excel     |
 * |-------------|-------------------------------------------|-----------|
 * | `invalid`   | the input is wrong: the user must fix it  | `#VALUE!` |
 * | `numeric`   | valid input, impossible numerics          | `#NUM!`   |
 * |             | (division by zero, no convergence)        |           |
 * | `notFound`  | a lookup has no answer                    | `#N/A`    |
 *
 * Every message exists in English and Simplified Chinese, because it is shown to the user.
 */
export type CrmErrorCode = "invalid" | "numeric" | "notFound";

/** A user-visible text in both languages. */
export interface Bilingual {
  readonly en: string;
  readonly zh: string;
}

export class CrmError extends Error {
  override readonly name = "CrmError";
  /**
   * @param code what kind of failure (see the table above)
   * @param where the core function that refused, e.g. `satisfactionRatio`
   * @param text what is wrong and what to do, in both languages
   */
  constructor(
    readonly code: CrmErrorCode,
    readonly where: string,
    readonly text: Bilingual,
  ) {
    super(`${where}: ${text.en}`);
  }

  /** The message for a cell or the task pane, in `lang` ("en" or "zh"). */
  messageIn(lang: Lang): string {
    return lang === "zh" ? this.text.zh : this.text.en;
  }
}

/** The two languages of every user-visible string. */
export type Lang = "en" | "zh";

/** The input is wrong (`#VALUE!`). */
export function invalidInput(where: string, en: string, zh: string): CrmError {
  return new CrmError("invalid", where, { en, zh });
}

/** Valid input, impossible numerics (`#NUM!`). */
export function numericFailure(where: string, en: string, zh: string): CrmError {
  return new CrmError("numeric", where, { en, zh });
}

/** A lookup with no answer (`#N/A`). */
export function notFound(where: string, en: string, zh: string): CrmError {
  return new CrmError("notFound", where, { en, zh });
}

export function isCrmError(e: unknown): e is CrmError {
  return e instanceof CrmError;
}
