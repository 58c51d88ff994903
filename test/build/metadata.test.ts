/**
 * What the production build emits (npm test builds before Jest runs): the pages, bundles,
 * functions.json generated from JSDoc, functions-zh-cn.json derived from it, and the help pages.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { loadFunctions, Metadata } from "../functions/harness";

const { localizeMetadata, loadZh } = require("../../scripts/metadata-zh.cjs") as {
  localizeMetadata: (json: string, zh?: object) => { json: string; problems: string[] };
  loadZh: () => Record<string, { description: string; parameters: Record<string, string> }>;
};

const DIST = path.join(__dirname, "..", "..", "dist");
const read = (f: string) => {
  const file = path.join(DIST, f);
  if (!fs.existsSync(file))
    throw new Error(`dist/${f} is missing: run \`npm run build\` first (npm test does)`);
  return fs.readFileSync(file, "utf8");
};
const CJK = /[\u4e00-\u9fff]/;

describe("the production build", () => {
  it("emits the pane, the preview, both bundles, both metadata files, the manifest and the help pages", () => {
    for (const f of [
      "taskpane.html",
      "preview.html",
      "taskpane.js",
      "functions.js",
      "functions.json",
      "functions-zh-cn.json",
      "manifest.xml",
      "help/functions.html",
      "help/functions-zh.html",
    ]) {
      expect(read(f).length).toBeGreaterThan(100);
    }
  });

  it("taskpane.html loads Office.js from Microsoft's CDN; preview.html loads no Office.js at all", () => {
    expect(read("taskpane.html")).toContain(
      'src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"'.replace(/"/g, ""),
    );
    expect(read("preview.html")).not.toMatch(/office(\.debug)?\.js|appsforoffice|office-js/i);
    const html = read("taskpane.html");
    expect(html.indexOf("functions.js")).toBeGreaterThan(0);
    expect(html.indexOf("functions.js")).toBeLessThan(html.indexOf("taskpane.js"));
    expect(read("preview.html")).toContain("preview.js");
  });

  it("functions.json is the metadata generated from the JSDoc, with production URLs", async () => {
    const { metadata } = await loadFunctions();
    const built = JSON.parse(read("functions.json")) as Metadata;
    expect(built.functions.map((f) => f.id)).toEqual(metadata.functions.map((f) => f.id));
    expect(JSON.stringify(built)).not.toMatch(/localhost/);
    expect(JSON.stringify(built)).toBe(
      JSON.stringify(metadata).replaceAll("https://localhost:3000/", "https://crm-analytics.example.com/"),
    );
  });

  it("the functions bundle registers every function and carries no UI library", async () => {
    const { metadata } = await loadFunctions();
    const js = read("functions.js");
    for (const f of metadata.functions) expect(js).toContain(`associate("${f.id}"`);
    // Markers of React, Fluent UI and i18next bundles (plain words like "reactive" are labels).
    expect(js).not.toMatch(
      /react-dom|react\.(production|development)|__reactFiber|@fluentui|makeStyles|i18next/,
    );
    expect(zlib.gzipSync(js).length).toBeLessThan(100 * 1024);
  });
});

describe("functions-zh-cn.json", () => {
  const en = () => JSON.parse(read("functions.json")) as Metadata;
  const zh = () => JSON.parse(read("functions-zh-cn.json")) as Metadata;

  it("has the same functions, ids, names and parameters (formulas are typed the same)", () => {
    const strip = (m: Metadata) =>
      m.functions.map((f) => ({
        id: f.id,
        name: f.name,
        params: f.parameters.map((p) => [p.name, p.type, p.dimensionality, p.optional]),
        result: f.result,
      }));
    expect(strip(zh())).toEqual(strip(en()));
  });

  it("every function has a Chinese description and every parameter Chinese help", () => {
    const english = en();
    zh().functions.forEach((f, i) => {
      const e = english.functions[i]!;
      expect({ id: f.id, chinese: CJK.test(f.description) && f.description !== e.description }).toEqual({
        id: f.id,
        chinese: true,
      });
      for (const p of f.parameters)
        expect({ id: f.id, p: p.name, chinese: CJK.test(p.description ?? "") }).toEqual({
          id: f.id,
          p: p.name,
          chinese: true,
        });
      expect(f.helpUrl).toMatch(/\/help\/functions-zh\.html#/);
    });
  });

  it("the build step reports a missing translation instead of shipping English", async () => {
    const { metadata } = await loadFunctions();
    const zhText = loadZh();
    const firstId = metadata.functions[0]!.id;
    const rest = { ...zhText };
    delete rest[firstId];
    const { problems } = localizeMetadata(JSON.stringify(metadata), rest);
    expect(problems).toEqual([`functions/zh-cn: ${firstId} has no Chinese description`]);
    expect(localizeMetadata(JSON.stringify(metadata), zhText).problems).toEqual([]);
  });
});

describe("help pages", () => {
  it("every helpUrl points at an anchor that exists on the built page", () => {
    for (const [json, page] of [
      ["functions.json", "help/functions.html"],
      ["functions-zh-cn.json", "help/functions-zh.html"],
    ] as const) {
      const html = read(page);
      for (const f of (JSON.parse(read(json)) as Metadata).functions) {
        expect(f.helpUrl).toBeDefined();
        const anchor = new URL(f.helpUrl!).hash.slice(1);
        expect(anchor).toBe(f.id);
        expect(html).toMatch(new RegExp(`id="?${f.id.replace(".", "\\.")}"?[ >]`));
      }
    }
  });
});

describe("docs/functions.md", () => {
  it("is what `npm run docs` generates from the metadata (run it after changing a function)", async () => {
    const { renderDocs } = require("../../scripts/write-docs.cjs") as {
      renderDocs: () => Promise<Record<string, string>>;
    };
    const pages = await renderDocs();
    for (const [name, text] of Object.entries(pages)) {
      expect(fs.readFileSync(path.join(__dirname, "..", "..", "docs", name), "utf8")).toBe(text);
    }
  });
});
