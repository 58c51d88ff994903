/**
 * Chinese typography (issue 12): user-visible Chinese text uses full-width punctuation ，：；（）
 * in prose; ASCII stays only inside formulas, code and argument values. The rule is
 * scripts/zh-typography.cjs; every Chinese string of the function help and the pane must be a
 * fixed point of it (nothing left to convert). The same holds for the Chinese messages and labels
 * written in the core and the function wrappers (their string literals and templates, a
 * template's substitutions kept as they are): `node scripts/zh-typography.cjs --ts <files>`.
 */
import * as fs from "fs";
import * as path from "path";

const { convert, convertTs } = require("../../scripts/zh-typography.cjs") as {
  convert: (s: string) => string;
  convertTs: (text: string) => { left: string[]; rewritten: string };
};
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

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? sourceFiles(`${dir}/${e.name}`) : e.name.endsWith(".ts") ? [`${dir}/${e.name}`] : [],
    );
}

describe("Chinese messages in the core and the function wrappers use full-width punctuation", () => {
  it("a template is converted as one text, its substitutions and “quoted examples” kept", () => {
    const { left, rewritten } = convertTs(
      "const m = `第 ${i + 1} 行:金额 ${v} 不是数字(“(12.50)”这样的文本可以读取)。`;",
    );
    expect(left).toHaveLength(1);
    expect(rewritten).toBe(
      "const m = `第 ${i + 1} 行：金额 ${v} 不是数字（“(12.50)”这样的文本可以读取）。`;",
    );
  });
  it.each([...sourceFiles("src"), ...sourceFiles("functions")])("%s", (file) => {
    expect(convertTs(fs.readFileSync(path.join(ROOT, file), "utf8")).left).toEqual([]);
  });
});
