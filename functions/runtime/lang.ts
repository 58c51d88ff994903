/**
 * Which language a label or message is shown in: the `lang` argument when given ("en", "zh",
 * also "中文", "zh-CN", "english"), else Office's display language, else English.
 */
import { Lang } from "../../src/errors";
import { describe, invalidInput } from "../../src/index";

/** Office's display language as "en" or "zh"; "en" outside Office. */
export function displayLang(): Lang {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  const tag = office?.context?.displayLanguage ?? "";
  return tag.toLowerCase().startsWith("zh") ? "zh" : "en";
}

/** The `lang` argument of a function, normalised; null/empty means the display language. */
export function langArg(value: unknown): Lang {
  if (value === null || value === undefined || value === "") return displayLang();
  if (typeof value === "string") {
    const v = value.trim().toLowerCase();
    if (v === "en" || v === "english" || v.startsWith("en-") || v === "英文") return "en";
    if (v === "zh" || v === "中文" || v === "chinese" || v.startsWith("zh-") || v === "cn") return "zh";
  }
  throw invalidInput(
    "lang",
    `lang must be "en" or "zh", got ${describe(value)}.`,
    `lang 必须是 "en" 或 "zh"，收到的是 ${describe(value)}。`,
  );
}
