import { rfmReport } from "../../src/reports";
import { createI18n } from "../../taskpane/i18n";
import { rfmSheet } from "../../taskpane/reportSheet";

test("the sheet's parameters line carries the merged-ids note when ids were merged", () => {
  const t = createI18n("en").t;
  const merged = rfmReport(
    { ids: ["A1", "a1", "B"], dates: [45650, 45651, 45650], amounts: [1, 2, 3] },
    "en",
  );
  expect(rfmSheet(merged, "S!A1:C4", t).parameters).toBe(`${merged.parameters} · ${merged.mergedIds}`);
  const clean = rfmReport({ ids: ["A", "B"], dates: [45650, 45650], amounts: [1, 2] }, "en");
  expect(rfmSheet(clean, "S!A1:C3", t).parameters).toBe(clean.parameters);
  expect(rfmSheet(clean, "S!A1:C3", t)).toMatchObject({
    sheetName: "RFM",
    chartTitle: "Customers per segment",
  });
});
