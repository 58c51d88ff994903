/**
 * Every example in the help pages and docs (functions/examples/*.json) is evaluated here through
 * the harness, so a documented result is a computed one.
 */
import { callExcel, loadFunctions, setDisplayLanguage } from "./harness";

const { loadExamples } = require("../../scripts/metadata-docs.cjs") as {
  loadExamples: () => Record<string, { args: unknown[]; result: unknown }[]>;
};
const examples = loadExamples();

beforeAll(() => setDisplayLanguage("en-US"));

test("every function has at least one documented example", async () => {
  const { metadata } = await loadFunctions();
  const missing = metadata.functions.map((f) => f.id).filter((id) => !examples[id]?.length);
  expect(missing).toEqual([]);
});

describe.each(Object.entries(examples))("%s", (id, list) => {
  test.each(list.map((e, i) => [i + 1, e] as const))(
    "example %i gives its documented result",
    async (_, e) => {
      const r = await callExcel(id, e.args);
      if (typeof e.result === "number") {
        expect(typeof r).toBe("number");
        expect(Math.abs((r as number) - e.result)).toBeLessThanOrEqual(
          1e-9 * Math.max(1, Math.abs(e.result)),
        );
      } else {
        expect(r).toEqual(e.result);
      }
    },
  );
});
