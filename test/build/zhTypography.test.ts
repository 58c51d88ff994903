/**
 * Chinese typography (issue 12): user-visible Chinese text uses full-width punctuation ，：；（）
 * in prose; ASCII stays only inside formulas, code and argument values. The rule is
 * scripts/zh-typography.cjs; every Chinese string of the function help and the pane must be a
 * fixed point of it (nothing left to convert).
 */
import * as fs from "fs";
import * as path from "path";

const { convert } = require("../../scripts/zh-typography.cjs") as { convert: (s: string) => string };
const ROOT = path.join(__dirname, "..", "..");

function strings(value: unknown, at: string, out: [string, string][]): [string, string][] {
  if (typeof value === "string") out.push([at, value]);
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) strings(v, `${at}.${k}`, out);
  return out;
}

const FILES = [
  ...fs.readdirSync(path.join(ROOT, "functions/zh-cn")).map((f) => `functions/zh-cn/${f}`),
  "taskpane/locales/zh.json",
];

describe("Chinese prose uses full-width punctuation", () => {
  it("the rule converts prose and keeps formulas, code and argument values", () => {
    expect(convert("默认 5(1–9);天数越少越好,此时统计")).toBe("默认 5（1–9）；天数越少越好，此时统计");
    expect(convert('分组数:1 + INT(分组数 × COUNTIF(总体, "<" & 数值))')).toBe(
      '分组数：1 + INT(分组数 × COUNTIF(总体, "<" & 数值))',
    );
    expect(convert('例如 =RFM.CODE(5,4,3) 或 "en"、"zh"')).toBe('例如 =RFM.CODE(5,4,3) 或 "en"、"zh"');
  });
  it.each(FILES)("%s", (file) => {
    const json: unknown = JSON.parse(fs.readFileSync(path.join(ROOT, file), "utf8"));
    const left = strings(json, file, [])
      .filter(([, s]) => convert(s) !== s)
      .map(([at, s]) => `${at}: ${s}`);
    expect(left).toEqual([]);
  });
});
