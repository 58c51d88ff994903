/**
 * The part of Excel's custom-functions runtime the function bundle uses, for the preview's
 * formula sheet (no Office.js is loaded): `CustomFunctions.associate` records each function
 * under its Excel id (the metadata plugin appends these calls to every function file), and
 * `CustomFunctions.Error` carries the Excel error code and message. `Office.context.displayLanguage`
 * tells the functions which language their messages use. Imported before the function files.
 */
export class PreviewFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? code);
  }
}

export const associated = new Map<string, (...args: unknown[]) => unknown>();

const g = globalThis as Record<string, unknown>;
g.CustomFunctions = {
  Error: PreviewFunctionError,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  },
  associate: (id: string, fn: (...args: unknown[]) => unknown) => associated.set(id, fn),
};

/** The language of the functions' messages ("en-US" or "zh-CN"), following the pane's. */
export function setFunctionLanguage(tag: string): void {
  g.Office = { context: { displayLanguage: tag } };
}
