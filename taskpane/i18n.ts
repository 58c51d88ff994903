/**
 * Task-pane strings through i18next: English and Simplified Chinese resources with the same keys
 * (a test checks). The first language follows Office's display language; the user can switch.
 */
import i18next, { i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import en from "./locales/en.json";
import zh from "./locales/zh.json";

export type UiLang = "en" | "zh";

/** "zh-CN", "zh-TW", "zh" → zh; anything else → en. */
export function uiLangFromTag(tag: string | null | undefined): UiLang {
  return (tag ?? "").toLowerCase().startsWith("zh") ? "zh" : "en";
}

export function createI18n(lang: UiLang): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: lang,
    fallbackLng: "en",
    resources: { en: { translation: en }, zh: { translation: zh } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}
