/**
 * Sample-workbook recipes: sheets laid out as an analyst would (data, then formulas beside it),
 * evaluated end to end — built-in Excel functions by the formula engine, ours through the harness.
 */
import * as fs from "fs";
import * as path from "path";
import { loadFunctions, setDisplayLanguage } from "./harness";
import { Recipe, Worksheet } from "./workbook";

const DIR = path.join(__dirname, "recipes");
const recipes: Recipe[] = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith(".recipe.ts"))
  .sort()
  .flatMap((f) => {
    const mod = require(path.join(DIR, f)) as Record<string, unknown>;
    // A recipe file may also export its data: keep the Recipe exports only.
    return Object.values(mod).filter(
      (v): v is Recipe => typeof v === "object" && v !== null && "title" in v && "cells" in v,
    );
  });

beforeAll(() => setDisplayLanguage("en-US"));

test("CSAT recipe: ratios, levels, NPS equal to the COUNTIF construction", async () => {
  const sheet = new Worksheet(recipes.find((r) => r.title.startsWith("Survey"))!);
  expect(await sheet.evaluate()).toEqual([]);
  expect(sheet.range("E2:E6").flat()).toEqual([9 / 8, 8.2 / 8, 6 / 9, 1, 4 / 6]);
  expect(sheet.range("F2:F6").flat()).toEqual([
    "Delighted",
    "Satisfied",
    "Dissatisfied",
    "Satisfied",
    "Dissatisfied",
  ]);
  expect(sheet.get("H2")).toBe(sheet.get("I2"));
  expect(sheet.get("H2")).toBe(0); // 2 promoters (10, 9), 2 detractors (3, 6) of 5
  expect(sheet.range("H5:H9").flat()).toEqual(["十分满意", "比较满意", "不满意", "比较满意", "不满意"]);
});

test("together the recipes use every function in the catalogue", async () => {
  const { metadata } = await loadFunctions();
  // Only the Recipe exports (a recipe file may also export its data), formulas only.
  const formulas = recipes
    .filter((r): r is Recipe => typeof r === "object" && r !== null && "cells" in r)
    .flatMap((r) => Object.values(r.cells))
    .filter((v): v is string => typeof v === "string" && v.startsWith("="));
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const ids = metadata.functions.map((f) => f.id);
  expect(ids.length).toBeGreaterThan(40);
  const unused = ids.filter((id) => {
    const call = new RegExp(`(?<![A-Za-z0-9_.])${escape(id)}\\(`);
    return !formulas.some((f) => call.test(f));
  });
  expect(unused).toEqual([]);
});
