import en from "../../taskpane/locales/en.json";
import zh from "../../taskpane/locales/zh.json";
import { createI18n, uiLangFromTag } from "../../taskpane/i18n";

type Tree = { [k: string]: string | Tree };
function leaves(t: Tree, prefix = ""): [string, string][] {
  return Object.entries(t).flatMap(([k, v]) =>
    typeof v === "string" ? [[prefix + k, v] as [string, string]] : leaves(v, `${prefix}${k}.`),
  );
}

describe("task-pane strings", () => {
  it("English and Chinese have exactly the same keys (plural forms aside), none empty", () => {
    const e = leaves(en as Tree);
    const z = leaves(zh as Tree);
    // i18next plurals: English has _one and _other, Chinese only _other.
    const base = (kv: [string, string][]) =>
      [...new Set(kv.map(([k]) => k.replace(/_(one|other)$/, "")))].sort();
    expect(base(z)).toEqual(base(e));
    for (const [, v] of [...e, ...z]) expect(v.trim()).not.toBe("");
  });
  it("every Chinese string is Chinese (not a copied English string)", () => {
    const e = new Map(leaves(en as Tree));
    for (const [k, v] of leaves(zh as Tree)) {
      expect({ k, chinese: /[\u4e00-\u9fff]/.test(v) }).toEqual({ k, chinese: true });
      expect(v).not.toBe(e.get(k));
    }
  });
  it("placeholders match between languages", () => {
    const z = new Map(leaves(zh as Tree));
    for (const [k, v] of leaves(en as Tree)) {
      const ph = (s: string) => (s.match(/{{\w+}}/g) ?? []).sort();
      expect(ph(z.get(k) ?? z.get(k.replace(/_one$/, "_other")) ?? "")).toEqual(ph(v));
    }
  });
  it("follows Office's display language, and switches", async () => {
    expect(uiLangFromTag("zh-CN")).toBe("zh");
    expect(uiLangFromTag("zh-TW")).toBe("zh");
    expect(uiLangFromTag("en-GB")).toBe("en");
    expect(uiLangFromTag(null)).toBe("en");
    const i18n = createI18n("zh");
    expect(i18n.t("describe.action")).toBe("描述所选区域");
    await i18n.changeLanguage("en");
    expect(i18n.t("describe.action")).toBe("Describe selection");
  });
});
