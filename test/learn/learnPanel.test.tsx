/**
 * The Learn tab renders every card title in the pane's language (server-side render with the
 * pane's i18n), inside the App behind its "Learn" tab; the class data sheet is laid out as typed.
 */
import * as React from "react";

// The one-run panel starts its Web Worker with import.meta.url (ESM only); rendering needs none.
jest.mock("../../taskpane/analyses/startCustomersWorker", () => ({ startCustomersWorker: jest.fn() }));
import { renderToString } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { I18nextProvider } from "react-i18next";
import { createI18n } from "../../taskpane/i18n";
import { App } from "../../taskpane/App";
import { LearnPanel } from "../../taskpane/learn/LearnPanel";
import { conceptCards } from "../../taskpane/learn/concepts";
import { classDataSheet } from "../../taskpane/learn/classDataSheet";
import { MemoryWorkbookAdapter } from "../../taskpane/adapter/memory";
import { classExport } from "../../src/sample/classExport";

const render = (lang: "en" | "zh", node: React.ReactElement) =>
  renderToString(
    <I18nextProvider i18n={createI18n(lang)}>
      <FluentProvider theme={webLightTheme}>{node}</FluentProvider>
    </I18nextProvider>,
  );
const unescape = (html: string) =>
  html
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'");

test.each(["en", "zh"] as const)("every card title in %s", (lang) => {
  const html = unescape(render(lang, <LearnPanel adapter={new MemoryWorkbookAdapter([])} />));
  for (const c of conceptCards) expect(html).toContain(c.title[lang]);
  expect(html).toContain(lang === "en" ? "Class data" : "班级数据");
});

test("the App has a Learn tab beside the analyses", () => {
  const html = render("en", <App adapter={new MemoryWorkbookAdapter([])} />);
  expect(html).toContain('data-testid="view-learn"');
  expect(html).toContain("Learn");
});

test("class data as a sheet: header, text ids, date serials formatted as dates", () => {
  const data = classExport({ customers: 3, seed: 4, lang: "zh" });
  const spec = classDataSheet(data, "zh");
  expect(spec.sheetName).toBe("班级数据");
  expect([spec.cells.A1, spec.cells.B1, spec.cells.C1, spec.cells.D1]).toEqual([
    "客户编号",
    "订单日期",
    "订单号",
    "金额",
  ]);
  expect(spec.cells.A2).toBe(data.rows[0]![0]);
  expect(spec.cells.B2).toBe(data.rows[0]![1]);
  expect(spec.formats?.[`B2:B${data.rows.length + 1}`]).toBe("yyyy-mm-dd");
  expect(Object.keys(spec.cells).length).toBe(4 * (data.rows.length + 1));
});
