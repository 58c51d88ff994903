/**
 * The Learn tab's content as data (issue 12): concept cards and worked examples, both pure
 * descriptions in English and Simplified Chinese, so tests can check every translation, every
 * function name and every formula without a pane or a workbook.
 */
export type LearnLang = "en" | "zh";

/** One text in both languages, written for a student (not a word-for-word translation). */
export type Bilingual = Readonly<Record<LearnLang, string>>;

/** A concept card: what it is, how it is computed, by which functions, and what goes wrong. */
export interface ConceptCard {
  /** Stable id, e.g. "rfm-scores" (the pane links results to cards by it). */
  readonly id: string;
  /** Section of docs/CRM_MODELS.md the card teaches, e.g. "§2". */
  readonly section: string;
  readonly title: Bilingual;
  /** Two or three sentences a teacher would say first. */
  readonly explanation: Bilingual;
  /** The formula, in the notation of docs/CRM_MODELS.md (ASCII symbols are shared). */
  readonly formula: Bilingual;
  /** The add-in's functions that compute it (names as typed in a cell). */
  readonly functions: readonly string[];
  /** The mistake students most often make with it. */
  readonly mistake: Bilingual;
  /** Id of the worked example the card's button inserts. */
  readonly example: string;
}

/** One cell of a worked example: a number, a text, or a formula (a string starting with "="). */
export type ExampleInput = string | number;

/** A worked example as one language's sheet: cells by A1 address, in the order a student reads them. */
export interface ExampleSheet {
  /** Base name of the new sheet ("Mailing policy", a number is added when taken). */
  readonly sheetName: string;
  /** The title (cell A1). */
  readonly title: string;
  /** What to change and what to look for (cell A2). */
  readonly note: string;
  /** Cells by A1 address: numbers, texts, formulas ("=…"). A1 and A2 hold title and note. */
  readonly cells: Readonly<Record<string, ExampleInput>>;
  /** Number formats by A1 address or A1 range ("B5:B9": "0%"); every other cell General. */
  readonly formats?: Readonly<Record<string, string>>;
}

/** A worked example: its id, and its sheet in either language. */
export interface WorkedExample {
  readonly id: string;
  /** The title in both languages (the card list shows it). */
  readonly title: Bilingual;
  build(lang: LearnLang): ExampleSheet;
}
