/**
 * The RFM sample-workbook recipe (test/functions/recipes/rfm.recipe.ts), evaluated end to end:
 * built-in Excel functions (COUNTIF, COUNT, INT, DATE) by the formula engine, ours through the harness.
 */
import { setDisplayLanguage } from "./harness";
import { RFM_CUSTOMERS, rfmRecipe } from "./recipes/rfm.recipe";
import { Worksheet } from "./workbook";

beforeAll(() => setDisplayLanguage("en-US"));

test("RFM recipe: scores equal the COUNTIF construction, breaks + bins reproduce the scores, table from transactions", async () => {
  const sheet = new Worksheet(rfmRecipe);
  expect(await sheet.evaluate()).toEqual([]);
  const n = RFM_CUSTOMERS.length;
  const col = (c: string) => sheet.range(`${c}2:${c}${n + 1}`).flat();

  // Scores by hand (1 + INT(5·#worse/8)); recency counts customers with more days as worse.
  const R = [5, 2, 4, 1, 4, 2, 3, 1];
  const F = [5, 2, 4, 1, 3, 4, 2, 1];
  const M = [5, 2, 4, 1, 3, 4, 2, 1];
  expect(col("E")).toEqual(R);
  expect(col("F")).toEqual(F);
  expect(col("G")).toEqual(M);
  // … and the formula engine's COUNTIF construction agrees, as does the per-cell RFM.SCORE.
  expect(col("K")).toEqual(F);
  expect(col("J")).toEqual(col("K"));
  expect(col("M")).toEqual(R);
  expect(col("L")).toEqual(col("M"));
  expect(sheet.get(`E${n + 2}`)).toBeNull(); // the spill stops at the data

  expect(col("H")).toEqual([555, 222, 444, 111, 433, 244, 322, 111]);
  expect(col("I")).toEqual([
    "Champions",
    "Hibernating",
    "Loyal Customers",
    "Lost",
    "Potential Loyalist",
    "At Risk",
    "About To Sleep",
    "Lost",
  ]);

  // RFM.BREAKS spills a header and 4 breaks; RFM.BIN over them gives RFM.SCORES's result.
  expect(sheet.get("O2")).toBe("F breaks (≤)");
  expect(sheet.range("O3:O6").flat()).toEqual([1, 2, 4, 7]);
  expect(sheet.get("Q2")).toBe("R breaks (<)");
  expect(col("P")).toEqual(F);
  expect(col("R")).toEqual(R);
  expect(col("S")).toEqual(M);
  // the seed's fixed recency table: ≤ 7 → 5, 8–30 → 4, 31–60 → 3, 61–120 → 2, ≥ 121 → 1
  expect(col("T")).toEqual([5, 3, 4, 1, 4, 2, 4, 1]);

  // RFM.TABLE on the transactions block, as of DATE(2025,1,1) = serial 45658 (hand-computed):
  // A: last 45657, 4 purchases, 290; B: last purchase 45640 (its refund is not one), 2, net 40;
  // C: last 45656 (and "2024-12-20" = 45646), 2, 400; D: last 45520, 2, 35. Means 39.75, 2.5, 191.25.
  expect(sheet.range("Z1:AJ1").flat()).toEqual([
    "Customer",
    "Last purchase",
    "Recency (days to 2025-01-01)",
    "Frequency",
    "Monetary",
    "R",
    "F",
    "M",
    "RFM code",
    "Segment",
    "Type",
  ]);
  expect(sheet.range("Z2:AJ5")).toEqual([
    ["A", 45657, 1, 4, 290, 4, 4, 3, 443, "Loyal Customers", "Important value"],
    ["B", 45640, 18, 2, 40, 2, 1, 2, 212, "Hibernating", "General development"],
    ["C", 45656, 2, 2, 400, 3, 1, 4, 314, "About To Sleep", "Important development"],
    ["D", 45520, 138, 2, 35, 1, 1, 1, 111, "Lost", "General win-back"],
  ]);
  expect(sheet.get("Z6")).toBe(
    // Row 8 is blank in every column: not a transaction, ignored (not a bad row).
    "Note: " +
      '1 id spelling was read as an existing customer (case and surrounding spaces are ignored, as MATCH does), e.g. "a" as A.',
  );
  expect(
    sheet
      .range("AA6:AJ6")
      .flat()
      .every((c) => c === ""),
  ).toBe(true);
});
