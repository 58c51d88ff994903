/**
 * Guards shared by the core modules. They validate, they never coerce: a value that is not
 * already a finite number is refused with a {@link CrmError} that names the argument in both
 * languages. Coercion from Excel cells (text numbers, empty cells) is the wrappers' job.
 */
import { Bilingual, invalidInput } from "./errors";

/** `value` must be a finite number; returns it typed. Cost O(1). */
export function requireFinite(where: string, what: Bilingual, value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw invalidInput(
      where,
      `${what.en} must be a finite number, got ${describe(value)}.`,
      `${what.zh}必须是有限的数字，收到的是 ${describe(value)}。`,
    );
  }
  return value;
}

/** `value` must be a finite number ≥ 0. */
export function requireNonNegative(where: string, what: Bilingual, value: unknown): number {
  const v = requireFinite(where, what, value);
  if (v < 0) {
    throw invalidInput(where, `${what.en} must be ≥ 0, got ${v}.`, `${what.zh}必须 ≥ 0，收到的是 ${v}。`);
  }
  return v;
}

/** `value` must be a finite number > 0. */
export function requirePositive(where: string, what: Bilingual, value: unknown): number {
  const v = requireFinite(where, what, value);
  if (v <= 0) {
    throw invalidInput(where, `${what.en} must be > 0, got ${v}.`, `${what.zh}必须 > 0，收到的是 ${v}。`);
  }
  return v;
}

/** `value` must be a finite number in [lo, hi]. */
export function requireInRange(
  where: string,
  what: Bilingual,
  value: unknown,
  lo: number,
  hi: number,
): number {
  const v = requireFinite(where, what, value);
  if (v < lo || v > hi) {
    throw invalidInput(
      where,
      `${what.en} must be between ${lo} and ${hi}, got ${v}.`,
      `${what.zh}必须在 ${lo} 到 ${hi} 之间，收到的是 ${v}。`,
    );
  }
  return v;
}

/** `value` must be an integer in [lo, hi]. */
export function requireInteger(
  where: string,
  what: Bilingual,
  value: unknown,
  lo: number,
  hi: number,
): number {
  const v = requireInRange(where, what, value, lo, hi);
  if (!Number.isInteger(v)) {
    throw invalidInput(
      where,
      `${what.en} must be a whole number, got ${v}.`,
      `${what.zh}必须是整数，收到的是 ${v}。`,
    );
  }
  return v;
}

/** `values` must be a non-empty array of finite numbers; returns it unchanged (never copied). */
export function requireFiniteArray(
  where: string,
  what: Bilingual,
  values: readonly unknown[],
): readonly number[] {
  if (values.length === 0) {
    throw invalidInput(
      where,
      `${what.en} is empty: give at least one number.`,
      `${what.zh}为空：请至少提供一个数字。`,
    );
  }
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw invalidInput(
        where,
        `${what.en}: item ${i + 1} must be a finite number, got ${describe(v)}.`,
        `${what.zh}：第 ${i + 1} 项必须是有限的数字，收到的是 ${describe(v)}。`,
      );
    }
  }
  return values as readonly number[];
}

/** A short, safe rendering of a bad value for an error message. */
export function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 20 ? value.slice(0, 20) + "…" : value);
  if (value === null) return "an empty value";
  if (value === undefined) return "nothing";
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return "a range";
  return typeof value;
}
