/**
 * The survey-panel sample-workbook recipe (test/functions/recipes/survey.recipe.ts), evaluated end
 * to end: built-ins (AVERAGE, COUNTIF, COUNT, SUMPRODUCT, SUM, IF) by the formula engine, ours
 * through the harness. References: the top-box share as COUNTIF/COUNT, the ACSI rescaling
 * 100·(Σw·x̄ − Σw·min)/(Σw·(max − min)) written with built-ins (CRM_MODELS.md §5), the quadrant
 * rule as nested IFs, and the numbers worked by hand from the answers.
 */
import { setDisplayLanguage } from "./harness";
import { surveyRecipe } from "./recipes/survey.recipe";
import { Worksheet } from "./workbook";
import { expectClose } from "../helpers/tolerance";

beforeAll(() => setDisplayLanguage("en-US"));

test("survey recipe: CSAT.SCORE, CSAT.INDEX, LOYALTY.INDEX, LOYALTY.QUADRANT agree with the built-in constructions", async () => {
  const sheet = new Worksheet(surveyRecipe);
  expect(await sheet.evaluate()).toEqual([]);
  const num = (at: string) => sheet.get(at) as number;

  // CSAT: 9 answers (one blank skipped), 6 of them 4 or 5; recommend: 6 of 10 are 8–10.
  expectClose(num("Q1"), 6 / 9, 1e-15);
  expectClose(num("Q1"), num("Q2"), 1e-15);
  expectClose(num("Q3"), 0.6, 1e-15);
  expectClose(num("Q3"), num("Q4"), 1e-15);

  // Driver means by hand: quality 7.5, service 7, price 6; weighted 0.5/0.3/0.2 on the 1–10 scale.
  const answers = sheet.range("D2:N11") as number[][]; // drivers D:F, loyalty measures G:N
  const meanOf = (k: number) => answers.reduce((s, row) => s + row[k]!, 0) / answers.length;
  const means = [0, 1, 2].map(meanOf);
  expect(means).toEqual([7.5, 7, 6]);
  const csatIndex = (100 * (0.5 * 7.5 + 0.3 * 7 + 0.2 * 6 - 1)) / 9;
  expectClose(num("Q5"), csatIndex, 1e-12);
  expectClose(num("Q5"), num("Q6"), 1e-12);
  // Overall on 1–5, mean 35/9, rescaled to 0–100.
  expectClose(num("Q7"), (100 * (35 / 9 - 1)) / 4, 1e-12);
  expectClose(num("Q7"), num("Q8"), 1e-12);

  // Loyalty measure means, the fourth reversed (1 + 5 − 2.6): 3.9, 3, 3.8, 3.4, 3, 3.4, 3, 3.2.
  const loyal = [0, 1, 2, 3, 4, 5, 6, 7].map((k) => {
    const m = meanOf(3 + k);
    return k === 3 ? 6 - m : m;
  });
  loyal.forEach((m, k) => expectClose(num(`${"GHIJKLMN"[k]}13`), m, 1e-12));
  const mean = loyal.reduce((s, m) => s + m, 0) / 8;
  expectClose(num("Q9"), (100 * (mean - 1)) / 4, 1e-12); // 58.4375
  expectClose(num("Q9"), num("Q10"), 1e-12);
  const w = [8, 7, 6, 5, 4, 3, 2, 1];
  const weighted = w.reduce((s, wk, k) => s + wk * loyal[k]!, 0);
  expectClose(num("Q11"), (100 * (weighted - 36)) / (36 * 4), 1e-12); // 87.4 / 144
  expectClose(num("Q11"), num("Q12"), 1e-12);

  // The panel: satisfaction 67.2, loyalty 58.4 → below both 75 cuts; above 60 / 55.
  expect(sheet.get("Q13")).toBe("Defector (neither)");
  expect(sheet.get("Q14")).toBe("Advocate (satisfied and loyal)");
  expect(sheet.get("Q15")).toBe("叛离者（既不满意也不忠诚）");

  const quadrants = sheet.range("D18:E22");
  expect(quadrants.map((r) => r[1])).toEqual([
    "Mercenary (satisfied, not loyal)",
    "Hostage (loyal, dissatisfied)",
    "Advocate (satisfied and loyal)",
    "Defector (neither)",
    "Advocate (satisfied and loyal)", // 75 / 75: a value on the cut counts as high
  ]);
  expect(quadrants.map((r) => r[0])).toEqual(quadrants.map((r) => r[1]));
});
