/**
 * An optional argument that picks one of a few named options ("metal" / "seed002",
 * "rewards" / "points" …): case-insensitive, trimmed, Chinese aliases allowed; omitted or empty
 * gives the default. An unknown word is #VALUE! listing the accepted ones.
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
    `${what.zh}必须是 ${list} 之一,收到的是 ${describe(v)}。`,
  );
}
