/**
 * The one option parser of the wrappers: an optional argument that picks one of a few named
 * options ("metal" / "seed002", "rewards" / "points", a metric, a method, a time unit …):
 * case-insensitive, trimmed, Chinese aliases allowed; omitted or empty gives the default. An
 * unknown word is #VALUE! listing the accepted ones. Time units have one spelling table here
 * ({@link unitArg}), shared by RFM recency and the CLV models.
 */
import { Bilingual, describe, invalidInput } from "../../src/index";
import { optionalTextArg } from "./args";

/**
 * `choices` maps every accepted spelling (lower case) to its key; `shown` are the spellings
 * named in the error message (default: every key of `choices`).
 */
export function choiceArg<K extends string>(
  v: unknown,
  what: Bilingual,
  choices: Readonly<Record<string, K>>,
  fallback: K,
  shown: readonly string[] = Object.keys(choices),
): K {
  const text = optionalTextArg(v, what, "");
  if (text === "") return fallback;
  const key = choices[text.toLowerCase()];
  if (key !== undefined) return key;
  const list = shown.map((s) => `"${s}"`).join(", ");
  throw invalidInput(
    "args",
    `${what.en} must be one of ${list}, got ${describe(v)}.`,
    `${what.zh}必须是 ${list} 之一，收到的是 ${describe(v)}。`,
  );
}

/** Every accepted spelling of a time unit (RFM recency, CLV model time, cash-flow periods). */
export const TIME_UNITS: Readonly<Record<string, "days" | "weeks" | "months">> = {
  days: "days",
  day: "days",
  天: "days",
  日: "days",
  weeks: "weeks",
  week: "weeks",
  周: "weeks",
  星期: "weeks",
  months: "months",
  month: "months",
  月: "months",
};

/** A time unit: "days", "weeks" or "months" (also singular, 天/日, 周/星期, 月); `fallback` when omitted. */
export function unitArg<U extends "days" | "weeks" | "months">(v: unknown, what: Bilingual, fallback: U): U {
  return choiceArg(v, what, TIME_UNITS, fallback, ["days", "weeks", "months"]) as U;
}
