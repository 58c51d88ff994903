/** The bundled CDNOW summary (taskpane/learn/examples/cdnowData.ts) equals the reference file. */
import { CDNOW_CUSTOMERS } from "../../taskpane/learn/examples/cdnowData";
import { readReferenceData } from "../helpers/data";

test("2,357 customers, row for row the reference CSV", () => {
  const lines = readReferenceData("cdnow/cdnow_customers_summary_with_transactions.csv")
    .trim()
    .split(/\r?\n/);
  expect(lines[0]).toBe("ID,x,t_x,T,zbar");
  const rows = lines.slice(1).map((l) => l.split(",").map(Number));
  expect(CDNOW_CUSTOMERS.length).toBe(2357);
  expect(rows.length).toBe(2357);
  rows.forEach(([id, x, tx, T, z], i) => {
    expect(id).toBe(i + 1);
    expect(CDNOW_CUSTOMERS[i]).toEqual([x, tx, T, z]);
  });
});
