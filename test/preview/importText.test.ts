/**
 * Opening text files in the preview: encoding (UTF-8, UTF-8 with BOM, GB18030/GBK), delimiter
 * and header row detected; numbers stay numbers, text (dates included) stays text.
 * The GBK fixture was encoded by Python's "gbk" codec; its UTF-8 twin holds the same text.
 */
import * as fs from "fs";
import * as path from "path";
import { decodeText } from "../../taskpane/preview/decode";
import fc from "fast-check";
import {
  DELIMITERS,
  Delimiter,
  detectDelimiter,
  parseDelimited,
  parsePapa,
  splitPlain,
  toCell,
} from "../../taskpane/preview/delimited";
import { applyHeaderRow, detectHeaderRow } from "../../taskpane/preview/headerRow";
import { importText } from "../../taskpane/preview/importText";

const FIXTURES = path.join(__dirname, "fixtures");
const bytes = (f: string) => new Uint8Array(fs.readFileSync(path.join(FIXTURES, f)));
const utf8 = (s: string) => new TextEncoder().encode(s);

describe("decodeText", () => {
  test("a GBK export decodes as GB18030 to the same text as its UTF-8 twin", () => {
    const gbk = decodeText(bytes("orders-gbk.csv"));
    const twin = decodeText(bytes("orders-utf8.csv"));
    expect(gbk.encoding).toBe("gb18030");
    expect(twin.encoding).toBe("utf-8");
    expect(gbk.text).toBe(twin.text);
    expect(gbk.text.startsWith("客户编号,客户名称,订单日期,订单编号,金额")).toBe(true);
  });
  test("a BOM is detected and dropped", () => {
    const d = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("id,金额")]));
    expect(d).toEqual({ text: "id,金额", encoding: "utf-8-bom" });
  });
  test("the user can force an encoding", () => {
    expect(decodeText(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]), "gb18030").text).toBe("中文");
    expect(decodeText(utf8("中文"), "gb18030").text).not.toBe("中文");
  });
  test("edge cases: empty input, ASCII only", () => {
    expect(decodeText(new Uint8Array([]))).toEqual({ text: "", encoding: "utf-8" });
    expect(decodeText(utf8("a,b"))).toEqual({ text: "a,b", encoding: "utf-8" });
  });
});

describe("parseDelimited", () => {
  test("numbers become numbers; dates, ids with leading zeros and other text stay text", () => {
    expect(["12", " -3.5 ", "1e3", ".5", "0"].map(toCell)).toEqual([12, -3.5, 1000, 0.5, 0]);
    for (const t of [
      "00123",
      "2024-05-01",
      "2024/5/1",
      "2024年5月1日",
      "1,000",
      "12abc",
      "",
      "Infinity",
      "0x10",
    ])
      expect(toCell(t)).toBe(t);
  });
  test("the delimiter is guessed: comma, tab, semicolon, pipe", () => {
    expect(detectDelimiter("a,b\n1,2\n")).toBe(",");
    expect(detectDelimiter("a\tb\n1\t2\n")).toBe("\t");
    expect(detectDelimiter("a;b\n1;2\n")).toBe(";");
    expect(detectDelimiter("a|b\n1|2\n")).toBe("|");
  });
  test("RFC 4180 quoting: embedded delimiters, quotes and line breaks", () => {
    const { rows } = parseDelimited('id,note\r\n"A,1","say ""hi""\nthere"\r\n\r\n');
    expect(rows).toEqual([
      ["id", "note"],
      ["A,1", 'say "hi"\nthere'],
    ]);
  });
  test("progress reaches the whole text", () => {
    const text = "id,amount\n" + Array.from({ length: 20000 }, (_, i) => `C${i},${i}`).join("\n");
    const seen: number[] = [];
    const { rows } = parseDelimited(text, ",", (done, total) => {
      expect(total).toBe(text.length);
      seen.push(done);
    });
    expect(rows).toHaveLength(20001);
    expect(seen.at(-1)).toBe(text.length);
  });
});

describe("header row", () => {
  test("found below title lines, absent in a block of numbers", () => {
    expect(detectHeaderRow([["Orders report"], ["id", "amount"], ["A", 3]])).toBe(1);
    expect(
      detectHeaderRow([
        ["id", "amount"],
        ["A", 3],
      ]),
    ).toBe(0);
    expect(
      detectHeaderRow([
        ["A", 3],
        ["B", 4],
      ]),
    ).toBe(-1);
  });
  test("applying it drops the title lines, or names the columns when there is none", () => {
    expect(applyHeaderRow([["t"], ["id", "amount"], ["A", 3]], 1)).toEqual([
      ["id", "amount"],
      ["A", 3],
    ]);
    expect(applyHeaderRow([["A", 3]], -1)).toEqual([
      ["Column 1", "Column 2"],
      ["A", 3],
    ]);
  });
});

test("the GBK fixture opens as 34 orders under its Chinese header", () => {
  const r = importText(bytes("orders-gbk.csv"));
  expect(r.encoding).toBe("gb18030");
  expect(r.delimiter).toBe(",");
  expect(r.headerRow).toBe(0);
  expect(r.rows).toHaveLength(35);
  expect(r.rows[0]).toEqual(["客户编号", "客户名称", "订单日期", "订单编号", "金额"]);
  expect(r.rows[1]).toEqual(["K001", "张伟", "2025年1月1日", "D00001", 20]);
  expect(r.rows[2]).toEqual(["K002", "王芳", "2025年2月6日", "D00002", 57]);
});

test("the rfm sample orders open with text dates and number amounts", () => {
  const file = new Uint8Array(
    fs.readFileSync(path.join(__dirname, "..", "..", "data", "rfm", "rfm_data_orders.csv")),
  );
  const r = importText(file);
  expect(r.headerRow).toBe(0);
  expect(r.rows).toHaveLength(4907);
  expect(r.rows[1]).toEqual(["Brion Stark", "2004-12-20", 32, "Brion", "Stark", "brion_stark@rfmail.com"]);
});

describe("quote-free text: splitPlain gives papaparse's rows", () => {
  const viaPapa = (text: string, d: Delimiter) => {
    const rows: string[][] = [];
    parsePapa(text, d, (f) => rows.push([...f]));
    return rows;
  };
  const viaPlain = (text: string, d: Delimiter) => {
    const rows: string[][] = [];
    splitPlain(text, d, (f) => rows.push([...f]));
    return rows;
  };
  test("any line breaks, blank and whitespace lines, delimiters, non-ASCII", () => {
    const piece = fc.constantFrom(
      "a",
      "B1",
      "12",
      " ",
      "\t",
      ",",
      ";",
      "|",
      "\r",
      "\n",
      "\r\n",
      "\u00a0",
      "客户",
      "",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.constantFrom(...DELIMITERS), (parts, d) => {
        const text = parts.join("");
        expect(viaPlain(text, d)).toEqual(viaPapa(text, d));
      }),
      { numRuns: 2000 },
    );
  });
  test("across papaparse's 1 MB chunks, CRLF and LF files", () => {
    for (const nl of ["\n", "\r\n"]) {
      const lines = Array.from(
        { length: 120_000 },
        (_, i) => `C${i % 977},2024-01-${1 + (i % 28)},${i % 13 === 0 ? "" : i / 4}`,
      );
      const text = lines.join(nl) + nl + nl;
      const plain = viaPlain(text, ",");
      expect(plain.length).toBe(120_000);
      expect(plain).toEqual(viaPapa(text, ","));
    }
  });
});
