/**
 * An optional argument naming one of a few options ("month" / "quarter", "seed003" / "seed002"):
 * trimmed, case-insensitive, aliases (Chinese too) allowed; omitted or empty gives the default.
 * An unknown word is #VALUE! listing the accepted spellings.
 */
import { Bilingual, describe, invalidInput } from "../../src/index";
import { optionalTextArg } from "./args";

/** `aliases` maps each accepted spelling (lower case) to its key; `shown` are named in errors. */
export function pickArg<K extends string>(
  v: unknown,
  what: Bilingual,
  aliases: Readonly<Record<string, K>>,
  fallback: K,
  shown: readonly string[],
): K {
  const text = optionalTextArg(v, what, "");
  if (text === "") return fallback;
  const key = aliases[text.toLowerCase()];
  if (key !== undefined) return key;
  const list = shown.map((s) => `"${s}"`).join(", ");
  throw invalidInput(
    "args",
    `${what.en} must be ${list}, got ${describe(v)}.`,
    `${what.zh}必须是 ${list},收到的是 ${describe(v)}。`,
  );
}
