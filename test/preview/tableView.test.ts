/** Viewing a result sheet's customer table filtered and sorted; the sheet is not changed. */
import { tableOrder, tableWidth } from "../../taskpane/preview/tableView";

const sheet = Object.freeze([
  ["RFM of X"],
  ["as of"],
  [],
  ["Customer", "Monetary", "Segment", "", "Segment", "Customers"],
  ["Ann", 30, "Lost", "", "Lost", 2],
  ["Bob", 10, "Champions", "", "Champions", 1],
  ["Cy", 30, "Lost"],
  ["Dee", "n/a", "Lost"],
]) as unknown as unknown[][];

test("the table ends at the first empty header cell", () => {
  expect(tableWidth(sheet, 3)).toBe(3);
});

test("sort by a number column: numbers first, stable ties; descending", () => {
  expect(tableOrder(sheet, 3, { column: 1, descending: false, filter: "" })).toEqual([5, 4, 6, 7]);
  expect(tableOrder(sheet, 3, { column: 1, descending: true, filter: "" })).toEqual([7, 4, 6, 5]);
});

test("filter on any table cell, case-insensitive; the summary block is not searched", () => {
  expect(tableOrder(sheet, 3, { column: null, descending: false, filter: "lost" })).toEqual([4, 6, 7]);
  expect(tableOrder(sheet, 3, { column: null, descending: false, filter: "Customers" })).toEqual([]);
});

test("edge cases: no header row, an empty table", () => {
  expect(tableOrder([], 3, { column: 0, descending: false, filter: "" })).toEqual([]);
  expect(tableOrder([["a"], ["b"]], 0, { column: null, descending: false, filter: "" })).toEqual([1]);
});
