/**
 * The preview's formula sheet: fast-formula-parser with the custom functions through the shared
 * Excel argument shaping. References: the functions' documented examples (RFM.CODE 5,4,3 → 543),
 * Microsoft's NPV example (10%, −10000, 3000, 4200, 6800 → 1188.44, also computed by hand), and
 * the engine's built-ins (COUNTIF) reading a spilled result.
 */
import { Callee } from "../../taskpane/preview/formulas/excelCall";
import { FormulaSheet, isExcelError } from "../../taskpane/preview/formulas/formulaSheet";
import { loadFunctions } from "../functions/harness";

let callees: Map<string, Callee>;

beforeAll(async () => {
  const { metadata, implementations } = await loadFunctions();
  const ErrorClass = (globalThis as unknown as { CustomFunctions: { Error: new () => Error } })
    .CustomFunctions.Error;
  callees = new Map(
    metadata.functions.map((meta) => [
      meta.id,
      {
        meta,
        fn: implementations.get(meta.id)!,
        asExcelError: (e: unknown) =>
          e instanceof ErrorClass
            ? { error: (e as unknown as { code: string }).code, message: e.message }
            : null,
      },
    ]),
  );
}, 60_000);

test("=RFM.CODE(5,4,3) is 543", () => {
  expect(new FormulaSheet(callees).set("A1", "=RFM.CODE(5,4,3)").evaluate().get("A1")).toBe(543);
});

test("=CLV.NPV(A1:A5,0.1) over cells equals Excel's NPV example", () => {
  const s = new FormulaSheet(callees);
  [-10000, 3000, 4200, 6800].forEach((v, i) => s.set(`A${i + 1}`, v));
  s.set("B1", "=CLV.NPV(A1:A5,0.1)").evaluate();
  const byHand = [-10000, 3000, 4200, 6800].reduce((sum, v, i) => sum + v / 1.1 ** (i + 1), 0);
  expect(s.get("B1")).toBeCloseTo(1188.44, 2);
  expect(s.get("B1")).toBeCloseTo(byHand, 9);
});

test("=RFM.TABLE over columns spills a table with a header row", () => {
  const s = new FormulaSheet(callees);
  const rows: [string, number, number][] = [
    ["A", 45650, 10],
    ["B", 45655, 5],
    ["A", 45657, 20],
  ];
  rows.forEach(([c, d, m], i) =>
    s
      .set(`A${i + 2}`, c)
      .set(`B${i + 2}`, d)
      .set(`C${i + 2}`, m),
  );
  s.set("E1", "=RFM.TABLE(A2:A4,B2:B4,C2:C4,45658)").evaluate();
  expect(s.get("E1")).toBe("Customer"); // rfmRowHeader's English header (src/reports/rfmRow.ts)
  expect(s.get("E2")).toBe("A");
  expect(s.get("E3")).toBe("B");
  expect(s.spillSource("E2")).toBe("E1");
  // A formula reading a spilled cell sees its value.
  s.set("A10", '=COUNTIF(E2:E3,"A")').evaluate();
  expect(s.get("A10")).toBe(1);
});

test("errors keep the function's message; a blocked spill is #SPILL!; a cycle is #REF!", () => {
  const s = new FormulaSheet(callees);
  s.set("A1", '=RFM.CODE("abc",4,3)').set("C1", "=RFM.TABLE(A5:A6,B5:B6,C5:C6)").set("C2", "x");
  s.set("A5", "A").set("B5", 45650).set("C5", 10).set("A6", "B").set("B6", 45651).set("C6", 3);
  s.set("D9", "=D10").set("D10", "=D9").evaluate();
  const a1 = s.get("A1");
  expect(isExcelError(a1) && a1.error).toBe("#VALUE!");
  expect(isExcelError(a1) && a1.message).toMatch(/RFM\.CODE/);
  expect(isExcelError(s.get("C1")) && (s.get("C1") as { error: string }).error).toBe("#SPILL!");
  expect(isExcelError(s.get("D9")) || isExcelError(s.get("D10"))).toBe(true);
  s.set("E1", "=NOSUCH.FUNCTION(1)").evaluate();
  expect((s.get("E1") as { error: string }).error).toBe("#NAME?");
});

describe("a formula may read formula cells that come later in row-by-row order", () => {
  const errorOf = (v: unknown) => (isExcelError(v) ? v.error : null);

  test("=SUM(B1:B3) over a later formula cell =5 is 5 (was #NAME?: the parser re-entered)", () => {
    const s = new FormulaSheet(callees).set("A1", "=SUM(B1:B3)").set("B2", "=5").evaluate();
    expect(s.get("A1")).toBe(5);
    expect(s.get("B2")).toBe(5);
  });

  test("=RFM.CODE(B2,1,1) with B2 =5 is 511, as with B2 typed as 5", () => {
    const later = new FormulaSheet(callees).set("A1", "=RFM.CODE(B2,1,1)").set("B2", "=5").evaluate();
    const typed = new FormulaSheet(callees).set("A1", "=RFM.CODE(B2,1,1)").set("B2", 5).evaluate();
    expect(typed.get("A1")).toBe(511); // R·100 + F·10 + M (the function's documented code)
    expect(later.get("A1")).toBe(511);
  });

  test("a chain running backwards across rows and columns is evaluated on demand", () => {
    // A1 = C3·2, C3 = SUM(B2:B4), B4 = D5+1, D5 = 10 → B4 = 11, C3 = 11 + 1 (B2) = 12, A1 = 24.
    const s = new FormulaSheet(callees)
      .set("A1", "=C3*2")
      .set("B2", 1)
      .set("C3", "=SUM(B2:B4)")
      .set("B4", "=D5+1")
      .set("D5", "=10")
      .evaluate();
    expect(s.get("D5")).toBe(10);
    expect(s.get("B4")).toBe(11);
    expect(s.get("C3")).toBe(12);
    expect(s.get("A1")).toBe(24);
    // The same cells in the natural order give the same values.
    const forward = new FormulaSheet(callees)
      .set("A1", "=10")
      .set("B2", 1)
      .set("C3", "=A1+1")
      .set("D4", "=SUM(B2:C3)")
      .set("E5", "=D4*2")
      .evaluate();
    expect(forward.get("E5")).toBe(24);
  });

  test("a cycle through a range or a cell's own reference stays #REF!", () => {
    const cycle = new FormulaSheet(callees).set("A1", "=SUM(B1:B2)").set("B2", "=A1+1").evaluate();
    expect(errorOf(cycle.get("A1"))).toBe("#REF!");
    expect(errorOf(cycle.get("B2"))).toBe("#REF!");
    const self = new FormulaSheet(callees).set("C1", "=C1+1").evaluate();
    expect(errorOf(self.get("C1"))).toBe("#REF!");
  });
});
