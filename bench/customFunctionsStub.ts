/**
 * The CustomFunctions global of Excel's runtime, which the wrappers' error mapping reads only
 * when a call fails: the same stand-in as test/functions/harness.ts (a bench cannot import jest
 * code). Importing this module installs it; it is read at call time, so import order is free.
 */
class FakeCustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? code);
  }
}
(globalThis as Record<string, unknown>).CustomFunctions = {
  Error: FakeCustomFunctionsError,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
  associate: () => undefined,
};
