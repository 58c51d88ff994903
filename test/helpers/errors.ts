import { CrmError, CrmErrorCode } from "../../src/errors";

/** The CrmError code `f` throws, or "no error". Any other exception fails the test. */
export function codeOf(f: () => unknown): CrmErrorCode | "no error" {
  try {
    f();
  } catch (e) {
    if (e instanceof CrmError) return e.code;
    throw e;
  }
  return "no error";
}

/** The CrmError `f` throws; fails the test when it throws nothing or something else. */
export function errorOf(f: () => unknown): CrmError {
  try {
    f();
  } catch (e) {
    if (e instanceof CrmError) return e;
    throw e;
  }
  throw new Error("expected a CrmError, nothing was thrown");
}
