/**
 * Renders the pane into #root with its language (i18next), the Fluent theme and the adapter it
 * is given. Shared by the two entries: taskpane/index.tsx (inside Excel, Excel adapter) and
 * taskpane/preview/index.tsx (plain browser, in-memory workbook), so both show the same App.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createI18n, uiLangFromTag } from "./i18n";

/** Mounts `render()` (the pane's content) inside the language and theme providers. */
export function mountPane(displayLanguage: string | null, render: () => React.JSX.Element): void {
  const i18n = createI18n(uiLangFromTag(displayLanguage));
  const setLang = (l: string) => (document.documentElement.lang = l === "zh" ? "zh-CN" : "en");
  setLang(i18n.language);
  i18n.on("languageChanged", setLang);
  const root = document.getElementById("root");
  if (!root) return;
  createRoot(root).render(
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={webLightTheme}>{render()}</FluentProvider>
    </I18nextProvider>,
  );
}
