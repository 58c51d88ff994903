/**
 * Offline manifest checks (the official validator needs the internet): well-formed XML, every
 * resid defined, every URL served by the build, requirement sets, shared runtime, localized
 * metadata through a nested bt:Override, and no <Namespace> (formulas have no prefix).
 */
import * as fs from "fs";
import * as path from "path";
import { DOMParser } from "@xmldom/xmldom";

const ROOT = path.join(__dirname, "..", "..");
const SOURCE = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

function parse(xml: string): Document {
  const problems: string[] = [];
  const doc = new DOMParser({
    onError: (level: string, msg: string) => {
      if (level !== "warning") problems.push(`${level}: ${msg}`);
    },
  }).parseFromString(xml, "text/xml") as unknown as Document;
  if (problems.length > 0) throw new Error("manifest.xml is not well-formed:\n" + problems.join("\n"));
  return doc;
}

const all = (doc: Document, tag: string): Element[] =>
  Array.from(doc.getElementsByTagName(tag) as unknown as Element[]);
const doc = parse(SOURCE);

/** Files the build emits into dist/ (run `npm run build` first; npm test does). */
function emitted(): Set<string> {
  const dist = path.join(ROOT, "dist");
  if (!fs.existsSync(dist)) throw new Error("dist/ is missing: run `npm run build` first (npm test does)");
  const out = new Set<string>();
  const walk = (dir: string, prefix: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(dir, e.name), `${prefix}${e.name}/`);
      else out.add(`${prefix}${e.name}`);
    }
  };
  walk(dist, "");
  return out;
}

describe("manifest.xml", () => {
  it("is a task-pane add-in for Excel workbooks", () => {
    const root = doc.documentElement;
    expect(root.tagName).toBe("OfficeApp");
    expect(root.getAttribute("xsi:type")).toBe("TaskPaneApp");
    expect(all(doc, "Host").some((h) => h.getAttribute("Name") === "Workbook")).toBe(true);
    expect(all(doc, "Id")[0]?.textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
  });

  it("has no <Namespace> element, so formulas read =RFM.CODE(…) with no prefix", () => {
    expect(all(doc, "Namespace")).toHaveLength(0);
    expect(SOURCE).not.toMatch(/<Namespace/);
  });

  it("declares the shared runtime: SharedRuntime 1.1 and one long-lived Runtime", () => {
    const sets = all(doc, "Set").map((s) => `${s.getAttribute("Name")} ${s.getAttribute("MinVersion")}`);
    expect(sets).toContain("SharedRuntime 1.1");
    const runtimes = all(doc, "Runtime");
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0]?.getAttribute("lifetime")).toBe("long");
    // The functions page, the task pane and the runtime are one page.
    const page = all(doc, "Page")[0]?.getElementsByTagName("SourceLocation")[0]?.getAttribute("resid");
    expect(page).toBe(runtimes[0]?.getAttribute("resid"));
  });

  it("defines every resid it uses, and uses every one it defines", () => {
    const defined = new Set<string>();
    for (const tag of ["bt:Image", "bt:Url", "bt:String"]) {
      for (const e of all(doc, tag)) {
        const id = e.getAttribute("id");
        if (id) {
          expect(defined.has(id)).toBe(false);
          defined.add(id);
        }
      }
    }
    const used = new Set(
      all(doc, "*")
        .map((e) => e.getAttribute("resid"))
        .filter((r): r is string => !!r),
    );
    expect(used.size).toBeGreaterThan(5);
    for (const r of used) expect({ resid: r, defined: defined.has(r) }).toEqual({ resid: r, defined: true });
    for (const d of defined) expect({ resid: d, used: used.has(d) }).toEqual({ resid: d, used: true });
  });

  it("points zh-CN at the Chinese metadata with an Override nested in its bt:Url", () => {
    const url = all(doc, "bt:Url").find((u) => u.getAttribute("id") === "Functions.Metadata.Url");
    expect(url?.getAttribute("DefaultValue")).toBe("https://localhost:3000/functions.json");
    const override = url?.getElementsByTagName("bt:Override")[0];
    expect(override?.getAttribute("Locale")?.toLowerCase()).toBe("zh-cn");
    expect(override?.getAttribute("Value")).toBe("https://localhost:3000/functions-zh-cn.json");
    expect(SOURCE).not.toMatch(/<Override[^>]*functions-zh/); // a bare <Override> breaks loading
  });

  it("has icons at the required sizes, and every user-facing string in Chinese too", () => {
    const sizes = all(doc, "bt:Image").map((i) => i.getAttribute("DefaultValue"));
    for (const s of [16, 32, 80]) expect(sizes).toContain(`https://localhost:3000/assets/icon-${s}.png`);
    expect(all(doc, "IconUrl")[0]?.getAttribute("DefaultValue")).toMatch(/icon-32\.png$/);
    expect(all(doc, "HighResolutionIconUrl")[0]?.getAttribute("DefaultValue")).toMatch(/icon-64\.png$/);
    for (const s of all(doc, "bt:String")) {
      const zh = s.getElementsByTagName("bt:Override")[0]?.getAttribute("Value") ?? "";
      expect({ id: s.getAttribute("id"), zh: /[\u4e00-\u9fff]/.test(zh) }).toEqual({
        id: s.getAttribute("id"),
        zh: true,
      });
    }
  });

  it("every URL points to a file the build emits", () => {
    const files = emitted();
    const urls = SOURCE.match(/https:\/\/localhost:3000\/[^"<\s]*/g) ?? [];
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) {
      const file = new URL(u).pathname.slice(1);
      expect({ url: u, emitted: files.has(file) }).toEqual({ url: u, emitted: true });
    }
  });

  it("the production build rewrites every localhost URL, not just the first", () => {
    const built = fs.readFileSync(path.join(ROOT, "dist", "manifest.xml"), "utf8");
    parse(built);
    expect(built).not.toMatch(/https?:\/\/localhost/);
    const count = (SOURCE.match(/https:\/\/localhost:3000/g) ?? []).length;
    expect((built.match(/https:\/\/crm-analytics\.example\.com/g) ?? []).length).toBe(count);
  });
});
