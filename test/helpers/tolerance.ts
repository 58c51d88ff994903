/**
 * Explicit tolerances for reference tests (STYLE.md rule 6): the tolerance is an argument,
 * never a message, and the failure says by how much the value missed.
 */
export function expectClose(actual: number, expected: number, absTol: number): void {
  if (!Number.isFinite(actual) || Math.abs(actual - expected) > absTol) {
    throw new Error(
      `expected ${expected} ± ${absTol}, got ${actual} (off by ${Math.abs(actual - expected)})`,
    );
  }
}

/** Relative tolerance: |actual − expected| ≤ relTol · |expected|. */
export function expectRelClose(actual: number, expected: number, relTol: number): void {
  const tol = relTol * Math.abs(expected);
  if (!Number.isFinite(actual) || Math.abs(actual - expected) > tol) {
    throw new Error(`expected ${expected} within ${relTol * 100}% (±${tol}), got ${actual}`);
  }
}

/** Agreement to `digits` significant digits, as published tables are quoted. */
export function expectSignificant(actual: number, expected: number, digits: number): void {
  const round = (x: number) => Number(x.toPrecision(digits));
  if (round(actual) !== round(expected)) {
    throw new Error(`expected ${expected} to ${digits} significant digits, got ${actual}`);
  }
}

/** Recursively freeze test inputs so a mutation throws (inputs are never mutated). */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}
