/**
 * The RFM option fields render in both languages with one explanatory sentence per option, the
 * sentence following the choice (server-side render with the pane's i18n, as learnPanel.test).
 */
import * as React from "react";
import { renderToString } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { I18nextProvider } from "react-i18next";
import { createI18n } from "../../taskpane/i18n";
import { RfmOptionsFields } from "../../taskpane/options/RfmOptionsFields";
import { DEFAULT_RFM_OPTIONS, RfmOptionsValue } from "../../taskpane/options/rfmOptionsValue";
import { MemoryWorkbookAdapter } from "../../taskpane/adapter/memory";
import en from "../../taskpane/locales/en.json";
import zh from "../../taskpane/locales/zh.json";

const render = (lang: "en" | "zh", value: RfmOptionsValue) =>
  renderToString(
    <I18nextProvider i18n={createI18n(lang)}>
      <FluentProvider theme={webLightTheme}>
        <RfmOptionsFields adapter={new MemoryWorkbookAdapter([])} value={value} onChange={() => undefined} />
      </FluentProvider>
    </I18nextProvider>,
  )
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/<!-- -->/g, "");

test.each([
  ["en", en.opt.rfm],
  ["zh", zh.opt.rfm],
] as const)("%s: defaults show the sentence of each option", (lang, text) => {
  const html = render(lang, DEFAULT_RFM_OPTIONS);
  expect(html).toContain(text.binsHint);
  expect(html).toContain(text.scoringHint.quantile);
  expect(html).toContain(text.schemeHint.default);
  expect(html).toContain(text.tiersHint.replace("{{lead}}", "50"));
  expect(html).not.toContain('data-testid="rfm-threshold-r"');
});

test.each([
  ["en", en.opt.rfm],
  ["zh", zh.opt.rfm],
] as const)("%s: fixed thresholds and a rules sheet show their boxes, preset and sentences", (lang, text) => {
  const value: RfmOptionsValue = {
    ...DEFAULT_RFM_OPTIONS,
    rfm: { ...DEFAULT_RFM_OPTIONS.rfm, scoring: "thresholds", scheme: "custom", rulesSheet: "RFM rules" },
  };
  const html = render(lang, value);
  expect(html).toContain(text.scoringHint.thresholds);
  expect(html).toContain(text.thresholdsHint.replace("{{n}}", "4"));
  for (const k of ["r", "f", "m"]) expect(html).toContain(`data-testid="rfm-threshold-${k}"`);
  expect(html).toContain('value="7, 30, 60, 120"');
  expect(html).toContain(text.preset);
  expect(html).toContain(text.schemeHint.custom);
  expect(html).toContain(text.rulesSheet.replace("{{sheet}}", "RFM rules"));
});

test.each(["rfm", "types", "rfmPackage"] as const)("the %s choice has its own sentence", (choice) => {
  const value: RfmOptionsValue =
    choice === "rfm"
      ? { ...DEFAULT_RFM_OPTIONS, method: "rfm", rfm: { ...DEFAULT_RFM_OPTIONS.rfm, scoring: "rfm" } }
      : { ...DEFAULT_RFM_OPTIONS, rfm: { ...DEFAULT_RFM_OPTIONS.rfm, scheme: choice } };
  const html = render("en", value);
  expect(html).toContain(choice === "rfm" ? en.opt.rfm.scoringHint.rfm : en.opt.rfm.schemeHint[choice]);
});
