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
  expect(s.get("E1")).toBe("Customer");
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
