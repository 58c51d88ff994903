/** .csv downloads: UTF-8 BOM, RFC 4180 quoting, OWASP's apostrophe before formula-like text. */
import { sheetToCsv } from "../../taskpane/preview/csvOut";

test("BOM, CRLF, quoting, numbers as numbers", () => {
  expect(
    sheetToCsv([
      ["id", "金额"],
      ["A,1", 3.5],
      ['say "hi"', -2],
    ]),
  ).toBe('\uFEFFid,金额\r\n"A,1",3.5\r\n"say ""hi""",-2\r\n');
});

test("text starting with = + - @ tab or CR gets a leading apostrophe by default; raw keeps it", () => {
  const risky = ['=HYPERLINK("http://x","click")', "+1-555", "-2", "@SUM(A1)", "\tx", "\rx"];
  const csv = sheetToCsv(risky.map((v) => [v]));
  expect(csv.split("\r\n").slice(0, -1)).toEqual([
    '\uFEFF"\'=HYPERLINK(""http://x"",""click"")"',
    "'+1-555",
    "'-2",
    "'@SUM(A1)",
    "'\tx",
    '"\'\rx"',
  ]);
  expect(sheetToCsv([["=1+1"]], { raw: true })).toBe("\uFEFF=1+1\r\n");
});

test("edge cases: empty cells, error cells, a negative number is not prefixed", () => {
  expect(sheetToCsv([["", null, undefined, { excelError: "#N/A" }, -5]])).toBe("\uFEFF,,,#N/A,-5\r\n");
  expect(sheetToCsv([])).toBe("\uFEFF");
});
