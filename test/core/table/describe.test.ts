import fc from "fast-check";
import { describeTable } from "../../../src/table";
import { deepFreeze } from "../../helpers/tolerance";

describe("describeTable", () => {
  it("reads the doc example", () => {
    expect(
      describeTable(
        [
          ["id", "amount"],
          ["A", 3],
          ["B", 4],
        ],
        3,
      ),
    ).toEqual({
      rows: 3,
      columns: 2,
      hasHeader: true,
      headers: ["id", "amount"],
      dataRows: 2,
      kinds: ["text", "number"],
    });
  });
  it("counts the full range, not just the sample", () => {
    const d = describeTable(
      [
        ["customer", "date", "revenue"],
        ["A", 45658, 10],
      ],
      1_048_576,
    );
    expect(d.rows).toBe(1_048_576);
    expect(d.dataRows).toBe(1_048_575);
  });
  it("no header when the first row holds numbers", () => {
    const d = describeTable([
      ["A", 1],
      ["B", 2],
    ]);
    expect(d.hasHeader).toBe(false);
    expect(d.headers).toEqual(["Column 1", "Column 2"]);
    expect(d.dataRows).toBe(2);
  });
  it("mixed columns are reported as mixed", () => {
    expect(describeTable([["x"], [1], ["two"]]).kinds).toEqual(["mixed"]);
  });
  it("property: never mutates, sizes are consistent", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.oneof(fc.integer(), fc.string(), fc.constant(null)), { maxLength: 5 }), {
          maxLength: 8,
        }),
        (rows) => {
          const d = describeTable(deepFreeze(rows.map((r) => [...r])));
          expect(d.headers.length).toBe(d.columns);
          expect(d.kinds.length).toBe(d.columns);
          expect(d.dataRows).toBe(d.rows - (d.hasHeader ? 1 : 0));
        },
      ),
    );
  });
  describe("edge cases", () => {
    it("empty range", () => {
      expect(describeTable([])).toMatchObject({ rows: 0, columns: 0, hasHeader: false, dataRows: 0 });
    });
    it("a single text row is not a header", () => {
      expect(describeTable([["a", "b"]]).hasHeader).toBe(false);
    });
    it("blank header cells get generated names", () => {
      expect(
        describeTable([
          ["id", "amount", ""],
          ["A", 2, 3],
        ]).headers,
      ).toEqual(["id", "amount", "Column 3"]);
    });
  });
});
