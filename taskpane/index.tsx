/**
 * Task pane entry. Inside Excel, the pane works on the workbook through the Excel adapter. In a
 * plain browser Office.onReady reports no host: the same pane runs against an in-memory
 * workbook holding the bundled sample data (the in-browser preview).
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { ExcelWorkbookAdapter } from "./adapter/excel";
import { MemoryWorkbookAdapter } from "./adapter/memory";
import { WorkbookAdapter } from "./adapter/types";
import { createI18n, uiLangFromTag } from "./i18n";
import { sampleOrders } from "./preview/sampleData";

interface Host {
  adapter: WorkbookAdapter;
  displayLanguage: string | null;
  previewRows?: number;
}

async function detectHost(): Promise<Host> {
  const office = typeof Office === "undefined" ? undefined : Office;
  const info = office ? await office.onReady() : { host: null };
  if (office && info.host === office.HostType.Excel) {
    return { adapter: new ExcelWorkbookAdapter(), displayLanguage: office.context.displayLanguage };
  }
  const sheet = sampleOrders();
  return {
    adapter: new MemoryWorkbookAdapter([sheet]),
    displayLanguage: navigator.language,
    previewRows: sheet.values.length - 1,
  };
}

void detectHost().then(({ adapter, displayLanguage, previewRows }) => {
  const i18n = createI18n(uiLangFromTag(displayLanguage));
  document.documentElement.lang = i18n.language === "zh" ? "zh-CN" : "en";
  i18n.on("languageChanged", (l) => (document.documentElement.lang = l === "zh" ? "zh-CN" : "en"));
  const root = document.getElementById("root");
  if (!root) return;
  createRoot(root).render(
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={webLightTheme}>
        <App adapter={adapter} previewRows={previewRows} />
      </FluentProvider>
    </I18nextProvider>,
  );
});
