/**
 * The worked examples (issue 12.2, 12.5): every example builds in both languages, every formula
 * evaluates without an error in the preview's formula engine (the one the recipes use), results
 * match the course's numbers and built-in constructions (IF, COUNTIF, INT, AVERAGE or a hand
 * computation here), and every example recalculates when an input cell changes.
 */
import { conceptCards } from "../../taskpane/learn/concepts";
import { sheetCells, workedExample, workedExamples } from "../../taskpane/learn/examples";
import { ExampleSheet, LearnLang } from "../../taskpane/learn/types";
import { FormulaSheet, isExcelError } from "../../taskpane/preview/formulas/formulaSheet";
import { evaluateExample } from "./evaluate";

const LANGS: LearnLang[] = ["en", "zh"];
const build = (id: string, lang: LearnLang = "en"): ExampleSheet => workedExample(id)!.build(lang);
const num = (s: FormulaSheet, at: string): number => {
  const v = s.get(at);
  if (typeof v !== "number") throw new Error(`${at} is ${JSON.stringify(v)}`);
  return v;
};
const text = (s: FormulaSheet, at: string): string => String(s.get(at));
const rows = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe("every example, both languages", () => {
  test("cards and examples reference each other", () => {
    const ids = workedExamples.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of conceptCards) expect(ids).toContain(c.example);
    for (const id of ids) expect(conceptCards.some((c) => c.example === id)).toBe(true);
  });

  test.each(workedExamples.flatMap((e) => LANGS.map((l) => [e.id, l] as [string, LearnLang])))(
    "%s (%s): no formula gives an error; same formulas in both languages",
    async (id, lang) => {
      const sheet = build(id, lang);
      expect(sheet.sheetName.length).toBeGreaterThan(2);
      expect(sheet.note.length).toBeGreaterThan(40);
      if (lang === "zh") {
        expect(sheet.note).toMatch(/[\u4e00-\u9fff]/);
        // Chinese labels, notes and quoted texts in formulas use full-width punctuation
        // (ASCII stays in formulas and symbols such as P(t)).
        const texts = Object.values(sheetCells(sheet)).flatMap((v) =>
          typeof v !== "string"
            ? []
            : v.startsWith("=")
              ? [...v.matchAll(/"([^"]*)"/g)].map((m) => m[1]!)
              : [v],
        );
        const bad = texts.filter((t) => /[\u4e00-\u9fff][,;:?!(]|[,;:?!(][\u4e00-\u9fff]/.test(t));
        expect(bad).toEqual([]);
      } else
        expect(sheetCells(sheet)).not.toEqual(
          expect.objectContaining({ A1: expect.stringMatching(/[\u4e00-\u9fff]/) }),
        );
      const s = await evaluateExample(sheet);
      const errors = Object.entries(sheet.cells)
        .filter(([at]) => isExcelError(s.get(at)))
        .map(([at, f]) => `${at} ${f}: ${JSON.stringify(s.get(at))}`);
      expect(errors).toEqual([]);
      // The other language has the same cells and formulas, up to labels and the lang argument.
      const other = build(id, lang === "en" ? "zh" : "en");
      expect(Object.keys(other.cells).sort()).toEqual(Object.keys(sheet.cells).sort());
      const shape = (f: unknown) =>
        typeof f === "string" && f.startsWith("=") ? f.replace(/"[^"]*"/g, '""') : typeof f;
      for (const [at, f] of Object.entries(sheet.cells))
        expect([at, shape(other.cells[at])]).toEqual([at, shape(f)]);
    },
    60_000,
  );
});

describe("the office-supplies retailer's mailing policy", () => {
  test("recency thresholds 7/30/60/120, the mailing rules, codes, types; recalculates with the as-of date", async () => {
    const sheet = build("retailer-mailing");
    const s = await evaluateExample(sheet);
    const data = rows(8, 17);
    expect(data.map((r) => num(s, `C${r}`))).toEqual([3, 7, 8, 30, 31, 60, 61, 120, 121, 200]);
    expect(data.map((r) => num(s, `D${r}`))).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
    // Built-in construction of the course's table beside the custom function.
    for (const r of data)
      s.set(`Z${r}`, `=IF(C${r}<=7,5,IF(C${r}<=30,4,IF(C${r}<=60,3,IF(C${r}<=120,2,1))))`);
    s.evaluate();
    for (const r of data) expect(num(s, `Z${r}`)).toBe(num(s, `D${r}`));
    for (const r of data) {
      const R = num(s, `D${r}`);
      const purchases = num(s, `E${r}`);
      const action = text(s, `J${r}`);
      expect(action).toMatch(R === 5 ? /at once/ : R === 4 ? /within a week/ : /No follow-up/);
      if (purchases > 5) expect(action).toMatch(/every month/);
      if (purchases < 2) expect(action).toMatch(/every two months/);
      expect(num(s, `I${r}`)).toBe(100 * R + 10 * num(s, `G${r}`) + num(s, `H${r}`));
    }
    expect([19, 20, 21, 22, 23].map((r) => num(s, `B${r}`))).toEqual([2, 2, 6, 3, 3]);
    // The eight types against the means, as the course defines high/low (computed here from the cells).
    const col = (c: string) => data.map((r) => num(s, `${c}${r}`));
    const mean = (v: number[]) => v.reduce((x, y) => x + y, 0) / v.length;
    const [days, purchases, spend] = [col("C"), col("E"), col("F")];
    const key = (i: number) =>
      (days[i]! < mean(days) ? "h" : "l") +
      (purchases[i]! > mean(purchases) ? "h" : "l") +
      (spend[i]! > mean(spend) ? "h" : "l");
    const TYPES: Record<string, string> = {
      hhh: "Important value",
      hlh: "Important development",
      lhh: "Important retention",
      llh: "Important win-back",
      hhl: "General value",
      hll: "General development",
      lhl: "General retention",
      lll: "General win-back",
    };
    data.forEach((_, i) => expect(text(s, `B${26 + i}`)).toBe(TYPES[key(i)]));
    // One more day: the customer at 7 days moves to 8, from R5 "at once" to R4 "within a week".
    s.set("B4", 45659).evaluate();
    expect(num(s, "C9")).toBe(8);
    expect(num(s, "D9")).toBe(4);
    expect(text(s, "J9")).toMatch(/within a week/);
    expect(num(s, "B19")).toBe(1);
  });

  test("Chinese sheet: Chinese labels from the functions", async () => {
    const s = await evaluateExample(build("retailer-mailing", "zh"));
    expect(text(s, "J8")).toMatch(/立即寄送/);
    expect(text(s, "B26")).toMatch(/客户$/);
  });
});

describe("the peripherals maker's customers A–E", () => {
  test("case A: 40% of last year is a decline; two of four customers lost; recalculates", async () => {
    const s = await evaluateExample(build("peripherals-churn"));
    expect(num(s, "E7")).toBeCloseTo(0.4, 12);
    expect(text(s, "F7")).toBe("Decline");
    expect(text(s, "F10")).toMatch(/Potential/);
    expect(text(s, "F11")).toBe("Stability");
    expect(num(s, "B13")).toBe(4);
    expect(num(s, "B14")).toBe(2);
    expect(num(s, "B15")).toBe(0.5);
    s.set("D7", 69).evaluate(); // a 31% drop
    expect(text(s, "F7")).toBe("Decline");
    s.set("D7", 70).evaluate(); // a 30% drop does not exceed the 30% threshold
    expect(text(s, "F7")).not.toBe("Decline");
    s.set("B4", 0.1).evaluate(); // a stricter threshold: 30% is now a decline
    expect(text(s, "F7")).toBe("Decline");
  });
});

describe("the membership points table", () => {
  test("500 → washing powder, 1000 → dish soap and toothpaste, 1500 → tissues and notebook; INT construction; recalculates", async () => {
    const s = await evaluateExample(build("points-table"));
    const amounts = [300, 499.9, 500, 999, 1000, 1234, 1500, 2600];
    rows(10, 17).forEach((r, i) => {
      expect(num(s, `C${r}`)).toBe(Math.floor(amounts[i]!));
      s.set(`Z${r}`, `=INT(INT(B${r}*$B$4)/$B$5)`);
    });
    s.evaluate();
    for (const r of rows(10, 17)) expect(num(s, `D${r}`)).toBe(num(s, `Z${r}`));
    expect(rows(10, 17).map((r) => num(s, `D${r}`))).toEqual([0, 0, 1, 1, 2, 2, 3, 5]);
    expect(num(s, "E11")).toBe(1); // 499 points: one point short
    expect(text(s, "F12")).toMatch(/washing powder/);
    expect(text(s, "F14")).toMatch(/dish soap.*toothpaste/);
    expect(text(s, "F16")).toMatch(/toilet paper.*notebook/);
    expect(text(s, "F11")).toMatch(/none/);
    s.set("B5", 400).evaluate();
    expect(num(s, "D15")).toBe(3); // 1234 points at 400 a reward
  });
});

describe("the automotive lifetime value", () => {
  test("cars × price + service + interest; P(t) and its NPV by hand; recalculates", async () => {
    const s = await evaluateExample(build("automotive-clv"));
    expect(num(s, "B10")).toBe(6 * 150000 + 4000 * 30 + 6 * 8000);
    const profits = rows(14, 23).map(
      (r) => num(s, `B${r}`) - num(s, `C${r}`) - num(s, `D${r}`) - num(s, `E${r}`) - num(s, `F${r}`),
    );
    expect(rows(14, 23).map((r) => num(s, `H${r}`))).toEqual(profits);
    const npv = (i: number) => profits.reduce((sum, p, t) => sum + p / (1 + i) ** (t + 1), 0);
    expect(num(s, "B26")).toBeCloseTo(npv(0.1), 8);
    expect(num(s, "B27")).toBe(profits.reduce((a, b) => a + b, 0));
    expect(num(s, "K11")).toBe(30);
    expect(num(s, "K12")).toBeCloseTo(100 / 70, 12);
    s.set("B5", 7).set("B25", 0.2).evaluate();
    expect(num(s, "B10")).toBe(7 * 150000 + 4000 * 30 + 7 * 8000);
    expect(num(s, "B26")).toBeCloseTo(npv(0.2), 8);
    expect(num(s, "B26")).toBeLessThan(npv(0.1));
  });
});

describe("a customer through the lifecycle", () => {
  test("exploration → formation → stability → decline → terminated, never skipping up; recalculates", async () => {
    const s = await evaluateExample(build("lifecycle-customer"));
    const stages = rows(8, 33).map((r) => text(s, `C${r}`));
    const order = ["Exploration", "Formation", "Stability", "Decline", "Terminated"];
    const idx = stages.map((st) => order.indexOf(st));
    expect(idx.every((k) => k >= 0)).toBe(true);
    for (let i = 1; i < idx.length; i++) expect(idx[i]! - idx[i - 1]!).toBeGreaterThanOrEqual(0);
    expect(new Set(stages)).toEqual(new Set(order));
    expect(text(s, "D8")).toBe("Basic trust");
    expect(text(s, "B5")).toBe("Frequent customer");
    // No fall in months 16-20: the customer stays in stability.
    for (const r of rows(23, 27)) s.set(`B${r}`, 260);
    s.evaluate();
    expect(text(s, "C27")).toBe("Stability");
  });
});

describe("the satisfaction survey", () => {
  test("c = b/a, CSAT and NPS against COUNTIF constructions; the index by hand; recalculates", async () => {
    const s = await evaluateExample(build("csat-survey"));
    for (const r of rows(5, 16)) {
      const c = num(s, `C${r}`) / num(s, `B${r}`);
      expect(num(s, `D${r}`)).toBeCloseTo(c, 12);
      expect(text(s, `E${r}`)).toBe(c > 1.05 ? "Delighted" : c < 0.95 ? "Dissatisfied" : "Satisfied");
    }
    s.set("Z1", '=COUNTIF(F5:F16,">=4")/COUNT(F5:F16)')
      .set("Z2", '=(COUNTIF(G5:G16,">=9")-COUNTIF(G5:G16,"<=6"))/COUNT(G5:G16)*100')
      .evaluate();
    expect(num(s, "B18")).toBeCloseTo(num(s, "Z1"), 12);
    expect(num(s, "B18")).toBeCloseTo(8 / 12, 12);
    expect(num(s, "B19")).toBeCloseTo(num(s, "Z2"), 12);
    expect(num(s, "B19")).toBeCloseTo(25, 12);
    const means = [num(s, "J5"), 7.9, num(s, "J7")];
    const w = [0.3, 0.4, 0.3];
    const index = (100 * means.reduce((a, m, i) => a + w[i]! * (m - 1), 0)) / 9;
    expect(num(s, "B20")).toBeCloseTo(index, 10);
    const loyalty = [4.1, 3.2, 3.9, 2.8, 3.5, 3.3, 2.9, 3.6];
    expect(num(s, "B21")).toBeCloseTo((100 * loyalty.reduce((a, m) => a + (m - 1), 0)) / (8 * 4), 10);
    s.set("G7", 9).evaluate(); // a detractor becomes a promoter
    expect(num(s, "B19")).toBeCloseTo(25 + 200 / 12, 10);
  });
});

describe("the CDNOW cohort", () => {
  test("BG/NBD and Gamma-Gamma fitted in a cell reproduce the published values; P(alive) filled down; recalculates", async () => {
    const s = await evaluateExample(build("cdnow-bgnbd"));
    expect(text(s, "J1")).toBe("model");
    expect(text(s, "K1")).toBe("bgnbd");
    const [r, alpha, a, b] = [num(s, "K3"), num(s, "K4"), num(s, "K5"), num(s, "K6")];
    expect(Math.abs(r - 0.243)).toBeLessThan(5e-4);
    expect(Math.abs(alpha - 4.414)).toBeLessThan(5e-4);
    expect(Math.abs(a - 0.793)).toBeLessThan(5e-4);
    expect(Math.abs(b - 2.426)).toBeLessThan(5e-4);
    expect(Math.abs(num(s, "U2") - 6.25)).toBeLessThan(5e-3);
    expect(Math.abs(num(s, "U3") - 3.74)).toBeLessThan(5e-3);
    expect(Math.abs(num(s, "U4") - 15.44)).toBeLessThan(1e-2);
    // Customer 1 (x 2, t_x 30.43, T 38.86): P(alive) by the closed form with the fitted values.
    const palive = 1 / (1 + (a / (b + 2 - 1)) * ((alpha + 38.86) / (alpha + 30.43)) ** (r + 2));
    expect(num(s, "F8")).toBeCloseTo(palive, 10);
    expect(num(s, "G8")).toBeCloseTo(1.226, 2); // lifetimes: 1.226 at t = 39
    expect(s.get("F308")).toBeNull(); // filled down for the first 300 customers
    const before = num(s, "F8");
    s.set("B8", 5).evaluate();
    expect(num(s, "F8")).not.toBeCloseTo(before, 3);
  });
});

describe("the cohort retention triangle", () => {
  test("the triangle counts by hand; sBG 0.668/3.806; retention CLV 266.67 → 340; recalculates", async () => {
    const { COHORT_ORDERS } = await import("../../taskpane/learn/examples/cohortRetention");
    const s = await evaluateExample(build("cohort-retention"));
    // By hand: cohort = month of first order; share of the cohort ordering k months later,
    // for every month up to the last month of the data (later cells of the triangle are blank).
    const monthOf = (serial: number) => {
      const d = new Date(Date.UTC(1899, 11, 30) + serial * 86400000);
      return d.getUTCFullYear() * 12 + d.getUTCMonth();
    };
    const byHand = (orders: readonly (readonly [string, number, ...unknown[]])[]) => {
      const byCustomer = new Map<string, Set<number>>();
      for (const [id, day] of orders) byCustomer.set(id, (byCustomer.get(id) ?? new Set()).add(monthOf(day)));
      const lastMonth = Math.max(...orders.map((o) => monthOf(o[1])));
      const cohorts = new Map<number, Set<number>[]>();
      for (const months of byCustomer.values()) {
        const first = Math.min(...months);
        cohorts.set(first, [...(cohorts.get(first) ?? []), months]);
      }
      return [...cohorts.keys()]
        .sort((x, y) => x - y)
        .map((m) => {
          const members = cohorts.get(m)!;
          const shares = rows(0, lastMonth - m).map(
            (k) => members.filter((ms) => ms.has(m + k)).length / members.length,
          );
          return [members.length, ...shares];
        });
    };
    // The spilled triangle below its header (D8): customers in E, month 0, 1, … from F.
    const onSheet = () => {
      const out: number[][] = [];
      for (let r = 9; typeof s.get(`E${r}`) === "number"; r++) {
        const row = [num(s, `E${r}`)];
        for (let c = 6; typeof s.get(`${String.fromCharCode(64 + c)}${r}`) === "number"; c++)
          row.push(num(s, `${String.fromCharCode(64 + c)}${r}`));
        out.push(row);
      }
      return out;
    };
    const expectTriangle = (actual: number[][], expected: number[][]) => {
      expect(actual.map((r) => r.length)).toEqual(expected.map((r) => r.length));
      actual.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(expected[i]![j]!, 12)));
    };
    expectTriangle(onSheet(), byHand(COHORT_ORDERS.rows));
    expect(onSheet().length).toBeGreaterThanOrEqual(3);
    expect(num(s, "L6")).toBeCloseTo(0.15, 12);
    expect(num(s, "L23")).toBeCloseTo(0.668, 3);
    expect(num(s, "L24")).toBeCloseTo(3.806, 3);
    expect(num(s, "K31")).toBeCloseTo((100 * 0.8) / (1.1 - 0.8), 9);
    expect(num(s, "K32")).toBeCloseTo(1000 * ((100 * 0.85) / 0.25 - (100 * 0.8) / 0.3), 6);
    s.set("K29", 0.85).evaluate();
    expect(num(s, "K31")).toBeCloseTo(340, 9);
    s.set("B8", "").set("A8", "").evaluate(); // a removed order is no longer counted
    expectTriangle(onSheet(), byHand(COHORT_ORDERS.rows.slice(1)));
  });
});

describe("Kotler's grid", () => {
  test("every cell of the course's grid; the firm's level; the two-axis class; recalculates", async () => {
    const s = await evaluateExample(build("kotler-grid"));
    expect(rows(6, 8).map((r) => ["B", "C", "D"].map((c) => text(s, `${c}${r}`)))).toEqual([
      ["Accountable", "Reactive", "Basic or reactive"],
      ["Proactive", "Accountable", "Reactive"],
      ["Partnership", "Proactive", "Accountable"],
    ]);
    expect(text(s, "B13")).toBe("Proactive");
    expect(text(s, "G12")).toBe("Check terms");
    s.set("B11", 5000).set("B12", 0.05).set("G10", 4).evaluate(); // loyalty 4 < 5: low
    expect(text(s, "B13")).toBe("Basic or reactive");
    expect(text(s, "G12")).toBe("Limit exposure");
    const zh = await evaluateExample(build("kotler-grid", "zh"));
    expect(text(zh, "D6")).toBe("基本型或被动型");
    expect(text(zh, "B8")).toBe("伙伴型");
  });
});

describe("the pyramid and 80/20", () => {
  test("tiers 5/15/30/50%; the top shares by hand; recalculates", async () => {
    const { CUSTOMER_VALUES } = await import("../../taskpane/learn/examples/pyramid8020");
    const s = await evaluateExample(build("pyramid-8020"));
    expect(rows(13, 16).map((r) => num(s, `F${r}`))).toEqual([10, 30, 60, 100]);
    const sorted = CUSTOMER_VALUES.map((c) => c[1]).sort((x, y) => y - x);
    const total = sorted.reduce((a, v) => a + v, 0);
    const top = (k: number) => sorted.slice(0, k).reduce((a, v) => a + v, 0) / total;
    expect(num(s, "F5")).toBeCloseTo(top(40), 12);
    expect(num(s, "F6")).toBeCloseTo(top(20), 12);
    expect(num(s, "F7")).toBeCloseTo(top(20) / (top(40) - top(20)), 10);
    expect(text(s, "F8")).toBe(top(40) >= 0.8 ? "yes" : "no");
    expect(num(s, "F5")).toBeCloseTo(0.61, 2); // the note's "about 61%"
    const before = num(s, "F5");
    s.set("B5", 50000).evaluate();
    expect(num(s, "F5")).toBeGreaterThan(before);
    expect(text(s, "C5")).toBe("Platinum");
  });
});
