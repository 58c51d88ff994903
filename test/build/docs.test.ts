/**
 * The function reference as a student reads it (issue 12): a table of contents by family, the
 * functions sorted, example results rounded, a Chinese page with no English prose left, and no
 * course-file jargon (seed002, "the seed's …") in any text a user can see. Checked on the pages
 * the generator writes (docs/functions*.md, the help pages the build emits) and on their sources.
 */
import * as fs from "fs";
import * as path from "path";
import { loadFunctions, Metadata, ROOT } from "../functions/harness";

const docs = require("../../scripts/metadata-docs.cjs") as {
  toMarkdown: (m: Metadata, lang: "en" | "zh") => string;
  toHtml: (m: Metadata, lang: "en" | "zh") => string;
  formatNumber: (x: number) => string;
  slug: (heading: string) => string;
  FAMILIES: Record<string, { en: string; zh: string }>;
};
const { localizeMetadata } = require("../../scripts/metadata-zh.cjs") as {
  localizeMetadata: (json: string) => { json: string; problems: string[] };
};

async function metadata(): Promise<{ en: Metadata; zh: Metadata }> {
  const { metadata: en } = await loadFunctions();
  return { en, zh: JSON.parse(localizeMetadata(JSON.stringify(en)).json) as Metadata };
}
const read = (...p: string[]) => fs.readFileSync(path.join(ROOT, ...p), "utf8");
const PAGES = { en: "functions.md", zh: "functions-zh.md" } as const;

describe("table of contents and order", () => {
  it.each(["en", "zh"] as const)(
    "%s page: a contents list by family linking every function once",
    async (lang) => {
      const md = read("docs", PAGES[lang]);
      const { en } = await metadata();
      const toc = md.slice(
        md.indexOf(lang === "en" ? "## Contents" : "## 目录"),
        md.indexOf("\n## ", md.indexOf("## ") + 3),
      );
      expect(toc.length).toBeGreaterThan(100);
      const linked = [...toc.matchAll(/\[([A-Z]+\.[A-Z0-9.]+)\]\(#([^)]+)\)/g)];
      expect(linked.map((m) => m[1]).sort()).toEqual(en.functions.map((f) => f.name).sort());
      // every link lands on a heading of the page (GitHub's anchors)
      const anchors = new Set([...md.matchAll(/^#{2,3} (.+)$/gm)].map((m) => docs.slug(m[1]!)));
      for (const m of toc.matchAll(/\]\(#([^)]+)\)/g)) expect(anchors).toContain(m[1]);
      // one line per family, titled in the page's language
      const families = [...new Set(en.functions.map((f) => f.name.split(".")[0]!))].sort();
      expect(toc.split("\n").filter((l) => l.startsWith("- ["))).toHaveLength(families.length);
      for (const fam of families) expect(toc).toContain(`[${docs.FAMILIES[fam]![lang]}]`);
    },
  );
  it.each(["en", "zh"] as const)("%s page: functions sorted by name, grouped under their family", (lang) => {
    const md = read("docs", PAGES[lang]);
    const names = [...md.matchAll(/^### (\S+)$/gm)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(40);
    expect(names).toEqual([...names].sort());
    // each function sits under its own family's heading
    let family = "";
    for (const line of md.split("\n")) {
      const h2 = /^## (.+)$/.exec(line);
      if (h2) family = h2[1]!;
      const h3 = /^### (\S+)$/.exec(line);
      if (h3) expect(family).toBe(docs.FAMILIES[h3[1]!.split(".")[0]!]![lang]);
    }
  });
  it("the help pages have the contents too, and keep the #ID anchors the helpUrls point to", async () => {
    const { en, zh } = await metadata();
    for (const [m, lang] of [
      [en, "en"],
      [zh, "zh"],
    ] as const) {
      const html = docs.toHtml(m, lang);
      const nav = html.slice(html.indexOf("<nav>"), html.indexOf("</nav>"));
      for (const f of m.functions) {
        expect(nav).toContain(`href="#${f.id}"`);
        expect(html).toContain(`<section id="${f.id}">`);
      }
      const order = [...html.matchAll(/<section id="([^"]+)">/g)].map((x) => x[1]!);
      expect(order).toEqual([...order].sort());
    }
  });
  it("a function of a family with no title stops the generator (no untitled family on the pages)", async () => {
    const { en } = await metadata();
    const odd = { functions: [{ ...en.functions[0]!, id: "ZZZ.NEW", name: "ZZZ.NEW" }] };
    expect(() => docs.toMarkdown(odd, "en")).toThrow(/no family title for ZZZ\.NEW/);
  });
});

describe("example results are rounded sensibly", () => {
  it("6 significant digits, never fewer than the integer part; integers unchanged", () => {
    expect(docs.formatNumber(1188.4434123352207)).toBe("1188.44");
    expect(docs.formatNumber(266.6666666666667)).toBe("266.667");
    expect(docs.formatNumber(0.15)).toBe("0.15");
    expect(docs.formatNumber(-87.58123456)).toBe("-87.5812");
    expect(docs.formatNumber(0.000123456789)).toBe("0.000123457");
    expect(docs.formatNumber(1234567.891)).toBe("1234568");
    expect(docs.formatNumber(543)).toBe("543");
    expect(docs.formatNumber(-0.5)).toBe("-0.5");
  });
  it.each(["en", "zh"] as const)("%s page: no shown result has more than 6 significant digits", (lang) => {
    const md = read("docs", PAGES[lang]);
    const results = [...md.matchAll(/→ `([^`]*)`/g)].map((m) => m[1]!);
    expect(results.length).toBeGreaterThan(40);
    for (const r of results)
      for (const n of r.match(/-?\d+\.\d+/g) ?? []) {
        const digits = n.replace(/^-?0*\.?0*/, "").replace(".", "");
        expect({ n, long: digits.length > 6 && !/^\d+$/.test(n) }).toEqual({ n, long: false });
      }
  });
});

/**
 * English words allowed in Chinese prose: names of people, products and models, and symbols.
 * Everything in `code`, in "quotes" (argument values), and parameter names are not prose.
 */
const ALLOWED_IN_ZH = new Set(
  (
    "Excel Office Fader Hardie Pareto Gamma-Gamma sBG Lee Schmittlein Morrison Colombo Gupta Lehmann " +
    "Kotler alpha beta gamma delta min max rfm Batislam Denizel Filiztekin Shang Tricomi lifetimes BTYD " +
    "ln cov"
  ).split(" "),
);

function englishInChineseProse(text: string, params: Set<string>): string[] {
  const prose = text
    .replace(/<a href="functions\.html">English<\/a>/g, " ") // the link to the English page
    .replace(/<code>[\s\S]*?<\/code>/g, " ") // html code
    .replace(/<\/?[A-Za-z][^<>]*>/g, " ") // html tags (a lone "<" in a formula is not one)
    .replace(/&quot;/g, '"')
    .replace(/&lt;|&gt;|&amp;/g, " ")
    .replace(/`[^`]*`/g, " ") // code spans
    .replace(/"[^"]*"/g, " ") // argument values
    .replace(/\[English\]\(functions\.md\)/g, " ")
    .replace(/\]\([^)]*\)/g, "]"); // link targets (anchors)
  const words = prose.match(/[A-Za-z][A-Za-z'_-]*/g) ?? [];
  return words.filter(
    (w) =>
      !/^[A-Z0-9_/-]+$/.test(w) && // abbreviations and names: RFM, NPV, BG/NBD, CLV.NPV's parts
      !(w.length === 1) && // symbols: r, d, g, w …
      !w.includes("_") && // parameter names and rule columns: r_min, share_of_wallet
      !params.has(w) &&
      !ALLOWED_IN_ZH.has(w),
  );
}

describe("the Chinese reference has no English left in its prose", () => {
  it("docs/functions-zh.md", async () => {
    const { en } = await metadata();
    const params = new Set(en.functions.flatMap((f) => f.parameters.map((p) => p.name)));
    expect(englishInChineseProse(read("docs", PAGES.zh), params)).toEqual([]);
  });
  it("the Chinese help page (help/functions-zh.html)", async () => {
    const { en, zh } = await metadata();
    const params = new Set(en.functions.flatMap((f) => f.parameters.map((p) => p.name)));
    const html = docs.toHtml(zh, "zh").replace(/<style>[\s\S]*?<\/style>|<title>[\s\S]*?<\/title>/g, "");
    expect(englishInChineseProse(html.slice(html.indexOf("<body>")), params)).toEqual([]);
  });
  it("the check finds what it must find", () => {
    expect(englishInChineseProse("- `lang` (optional): 标签语言", new Set(["lang"]))).toEqual(["optional"]);
    expect(englishInChineseProse('阶段名称:Recovery 或 "tasks"', new Set())).toEqual(["Recovery"]);
  });
});

/** Course-file names: the course notes are files seed000 … seed004; users never see those names. */
// "seed" of a random generator (CLV.FORECAST's seed, 随机种子) is a real argument, not the course file.
const JARGON = /seed ?0\d\d|\bthe seeds?['’]s\b|\bseeds?['’]s?\b|seeds\/|种子(?:的|文件|案例|预设)|案例种子/i;

function jargonLines(name: string, text: string): string[] {
  return text
    .split("\n")
    .map((l, i) => `${name}:${i + 1}: ${l.trim().slice(0, 140)}`)
    .filter((l) => JARGON.test(l.slice(l.indexOf(": ") + 2)));
}

describe("no course-file jargon where a user can see it", () => {
  it("the check finds what it must find", () => {
    for (const s of [
      '"seed002" (VIP …)',
      "the seed's preset",
      "seed 003",
      "The seed's mailing",
      "种子的预设",
    ])
      expect(jargonLines("x", s)).toHaveLength(1);
    for (const s of [
      "a seeded generator",
      "the office-supplies retailer's preset",
      "random seed 42",
      "随机种子，种子相同",
    ])
      expect(jargonLines("x", s)).toHaveLength(0);
  });
  it("function metadata (names, descriptions, parameter help) in English and Chinese", async () => {
    const { en, zh } = await metadata();
    expect(jargonLines("functions.json", JSON.stringify(en, null, 1))).toEqual([]);
    expect(jargonLines("functions-zh-cn.json", JSON.stringify(zh, null, 1))).toEqual([]);
  });
  it("functions/zh-cn, functions/examples, the pane's locales", () => {
    for (const dir of ["functions/zh-cn", "functions/examples", "taskpane/locales"])
      for (const f of fs.readdirSync(path.join(ROOT, dir)).filter((x) => x.endsWith(".json")))
        expect(jargonLines(`${dir}/${f}`, read(dir, f))).toEqual([]);
  });
  it("the reference pages and the README (docs/CRM_MODELS.md is the developers' source list)", async () => {
    for (const f of Object.values(PAGES)) expect(jargonLines(`docs/${f}`, read("docs", f))).toEqual([]);
    expect(jargonLines("README.md", read("README.md"))).toEqual([]);
    const { en, zh } = await metadata();
    expect(jargonLines("help/functions.html", docs.toHtml(en, "en"))).toEqual([]);
    expect(jargonLines("help/functions-zh.html", docs.toHtml(zh, "zh"))).toEqual([]);
  });
  it("messages and labels in the code (src/, functions/, taskpane/; comments aside)", () => {
    // The old argument values ("seed002" …) stay accepted, so only prose is checked here.
    const PROSE = /\bthe seeds?['’]s\b|\bseeds?['’]s\b|(?<!随机)种子(?:的|文件|案例|预设)|案例种子/i;
    const walk = (d: string): string[] =>
      fs
        .readdirSync(path.join(ROOT, d), { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
    const found: string[] = [];
    for (const f of ["src", "functions", "taskpane"].flatMap(walk).filter((x) => /\.tsx?$/.test(x))) {
      const code = read(f)
        .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, " "))
        .replace(/^\s*\/\/.*$/gm, "");
      code.split("\n").forEach((l, i) => {
        if (PROSE.test(l)) found.push(`${f}:${i + 1}: ${l.trim()}`);
      });
    }
    expect(found).toEqual([]);
  });
});
