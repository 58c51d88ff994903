/**
 * The Learn tab's concept cards (issue 12.1, 12.5): every card in both languages, every function
 * it names in the add-in's catalogue (the @customfunction names of functions/*.ts), every card
 * with a worked example, the Chinese prose in full-width punctuation, and every concept the
 * issue lists covered by a card.
 */
import * as fs from "fs";
import * as path from "path";
import { conceptCards } from "../../taskpane/learn/concepts";
import { ConceptCard, LearnLang } from "../../taskpane/learn/types";

const FUNCTIONS = path.resolve(__dirname, "../../functions");
const catalogue = new Set(
  fs
    .readdirSync(FUNCTIONS)
    .filter((f) => f.endsWith(".ts"))
    .flatMap((f) => [
      ...fs.readFileSync(path.join(FUNCTIONS, f), "utf8").matchAll(/@customfunction\s+([A-Z.]+)/g),
    ])
    .map((m) => m[1]!),
);
const TEXTS = ["title", "explanation", "formula", "mistake"] as const;
const LANGS: LearnLang[] = ["en", "zh"];
const CJK = /[\u4e00-\u9fff]/;

test("the catalogue was read (sanity)", () => {
  expect(catalogue.has("RFM.CODE")).toBe(true);
  expect(catalogue.size).toBeGreaterThan(40);
});

test("ids are unique and every card has a worked example", () => {
  expect(new Set(conceptCards.map((c) => c.id)).size).toBe(conceptCards.length);
  for (const c of conceptCards) expect(c.example).toMatch(/^[a-z0-9-]+$/);
});

test.each(conceptCards.map((c) => [c.id, c] as [string, ConceptCard]))(
  "%s: both languages, catalogue functions",
  (_, c) => {
    for (const field of TEXTS)
      for (const lang of LANGS) {
        const text = c[field][lang];
        expect(text.trim().length).toBeGreaterThan(field === "title" ? 2 : 10);
      }
    for (const field of TEXTS) {
      // English has no Chinese characters; Chinese prose is Chinese (not left in English).
      expect(c[field].en).not.toMatch(CJK);
      // A formula made only of symbols is the same in both languages; any words in it are translated.
      if (field === "formula" && c.formula.zh === c.formula.en) expect(c.formula.en).not.toMatch(/[a-z]{4,}/);
      else expect(c[field].zh).toMatch(CJK);
    }
    expect(c.functions.length).toBeGreaterThan(0);
    for (const f of c.functions) expect(catalogue).toContain(f);
    expect(c.section).toMatch(/^§\d/);
  },
);

test("Chinese prose uses full-width punctuation (ASCII only inside formulas and names)", () => {
  for (const c of conceptCards)
    for (const field of ["title", "explanation", "mistake"] as const) {
      const zh = c[field].zh;
      // an ASCII , ; : ? ! next to a Chinese character, or a bracket opened after or around Chinese
      expect({ id: c.id, field, bad: zh.match(/[\u4e00-\u9fff][,;:?!]|[,;:?!][\u4e00-\u9fff]/g) }).toEqual({
        id: c.id,
        field,
        bad: null,
      });
      expect({
        id: c.id,
        field,
        bad: zh.match(/[\u4e00-\u9fff]\(|\([\u4e00-\u9fff]|[\u4e00-\u9fff]\)/g),
      }).toEqual({
        id: c.id,
        field,
        bad: null,
      });
      expect(zh).not.toMatch(/[\u4e00-\u9fff]\.(\s|$)/); // a sentence ends with 。
    }
});

test("every concept of issue 12.1 has a card", () => {
  const ids = conceptCards.map((c) => c.id);
  for (const id of [
    "customer-table",
    "rfm-scores",
    "rfm-types",
    "rfm-segments",
    "pyramid-pareto",
    "clv-npv",
    "clv-profit",
    "clv-retention",
    "bgnbd",
    "gamma-gamma",
    "sbg",
    "lifecycle-stages",
    "loyalty-evolution",
    "lifecycle-types",
    "satisfaction-ratio",
    "csat",
    "nps",
    "acsi-index",
    "loyalty-measures",
    "satisfaction-trap",
    "churn-retention",
    "kotler-levels",
    "points-programme",
    "two-axis",
    "delivered-value",
  ])
    expect(ids).toContain(id);
});
