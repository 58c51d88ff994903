/**
 * Function reference pages generated from the function metadata (never written by hand):
 * the help pages every helpUrl points to (help/functions.html, help/functions-zh.html, emitted
 * by the build) and docs/functions.md / docs/functions-zh.md (written by `npm run docs`).
 * Examples come from functions/examples/*.json; the tests evaluate each one through the harness,
 * so a documented result is always a computed one.
 */
const fs = require("fs");
const path = require("path");

const TEXT = {
  en: {
    title: "CRM Analytics: function reference",
    intro:
      "Typed in cells with no prefix, e.g. =RFM.CODE(5,4,3). Optional arguments are in [brackets]. " +
      "Bad input gives #VALUE! with a message saying what to fix; impossible numerics #NUM!; no answer #N/A. " +
      "Example results are shown to 6 significant digits.",
    contents: "Contents",
    params: "Arguments",
    optional: " (optional)",
    colon: ": ",
    example: "Example",
    returns: "Result",
    spills: " (spills a range)",
    other: "中文版",
    otherHref: "functions-zh",
  },
  zh: {
    title: "客户关系分析：函数参考",
    intro:
      "在单元格中直接输入，无需前缀，例如 =RFM.CODE(5,4,3)。方括号 [ ] 内为可选参数。" +
      "输入有误返回 #VALUE! 并说明如何修正；数值无法计算返回 #NUM!；查无结果返回 #N/A。" +
      "示例结果保留 6 位有效数字。",
    contents: "目录",
    params: "参数",
    optional: "（可选）",
    colon: "：",
    example: "示例",
    returns: "结果",
    spills: "（溢出为区域）",
    other: "English",
    otherHref: "functions",
  },
};

/**
 * Function families by the prefix of the function name (RFM.CODE → RFM), in the order of the
 * table of contents (alphabetical, as the functions within each family). A prefix missing here
 * is an error, so a new family cannot appear on the pages without a title in both languages.
 */
const FAMILIES = {
  CHURN: { en: "Churn and retention", zh: "客户流失与保留" },
  CLV: { en: "Customer lifetime value", zh: "客户终身价值" },
  CSAT: { en: "Customer satisfaction", zh: "客户满意度" },
  LIFECYCLE: { en: "Customer lifecycle", zh: "客户生命周期" },
  LOYALTY: { en: "Customer loyalty", zh: "客户忠诚度" },
  POINTS: { en: "Membership points", zh: "会员积分" },
  RELATIONSHIP: { en: "Relationship levels", zh: "客户关系层次" },
  RFM: { en: "RFM analysis (recency, frequency, monetary)", zh: "RFM 分析（最近消费、消费频率、消费金额）" },
  VALUE: { en: "Customer value", zh: "客户价值" },
};

/** The functions sorted by name and grouped by family: [{ prefix, title, functions }]. */
function families(metadata, lang) {
  const byPrefix = new Map();
  const sorted = [...metadata.functions].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const f of sorted) {
    const prefix = f.name.split(".")[0];
    if (!FAMILIES[prefix])
      throw new Error(`scripts/metadata-docs.cjs: no family title for ${f.name} (add ${prefix} to FAMILIES)`);
    if (!byPrefix.has(prefix)) byPrefix.set(prefix, []);
    byPrefix.get(prefix).push(f);
  }
  return [...byPrefix.keys()].sort().map((prefix) => ({
    prefix,
    title: FAMILIES[prefix][lang],
    functions: byPrefix.get(prefix),
  }));
}

/** A heading's anchor as GitHub renders it: lower case, punctuation dropped, spaces → "-". */
function slug(heading) {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .trim()
    .replace(/\s/g, "-");
}

/**
 * A number as shown in an example's result: 6 significant digits (never fewer than the integer
 * part), trailing zeros dropped; integers as they are. 1188.4434123352207 → 1188.44.
 */
function formatNumber(x) {
  if (!Number.isFinite(x) || Number.isInteger(x)) return String(x);
  const magnitude = Math.floor(Math.log10(Math.abs(x)));
  const decimals = Math.min(20, Math.max(0, 5 - magnitude));
  return String(Number(x.toFixed(decimals)));
}

function signature(f) {
  const ps = (f.parameters || []).map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `${f.name}(${ps.join(", ")})`;
}

/** functions/examples/<family>.json merged: { "ID": [{ args: [...], result }] }. */
function loadExamples() {
  const dir = path.join(__dirname, "..", "functions", "examples");
  const out = {};
  for (const f of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    Object.assign(out, JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")));
  }
  return out;
}

/** An argument as typed in a formula: arrays as Excel array constants {1,2;3,4}. */
function formatArg(a) {
  if (a === null || a === undefined) return "";
  if (typeof a === "string") return JSON.stringify(a);
  if (Array.isArray(a)) {
    const rows = a.every((r) => Array.isArray(r)) ? a : a.map((v) => [v]);
    return "{" + rows.map((r) => r.map(formatArg).join(",")).join(";") + "}";
  }
  return String(a);
}

/** The formula of an example: =ID(arg, arg, …), trailing omitted arguments dropped. */
function formula(id, args) {
  const shown = [...args];
  while (shown.length && (shown[shown.length - 1] === null || shown[shown.length - 1] === undefined))
    shown.pop();
  return `=${id}(${shown.map(formatArg).join(", ")})`;
}

function formatCell(v) {
  return typeof v === "number" ? formatNumber(v) : String(v);
}

function formatResult(r) {
  if (Array.isArray(r)) return r.map((row) => row.map(formatCell).join(" | ")).join(" ⏎ ");
  return formatCell(r);
}

/** Markdown reference for one language: contents by family, then each family's functions. */
function toMarkdown(metadata, lang, examples = loadExamples()) {
  const t = TEXT[lang];
  const groups = families(metadata, lang);
  const out = [
    `# ${t.title}`,
    "",
    `[${t.other}](${t.otherHref}.md)`,
    "",
    t.intro,
    "",
    `## ${t.contents}`,
    "",
  ];
  for (const g of groups) {
    const links = g.functions.map((f) => `[${f.name}](#${slug(f.name)})`).join(" · ");
    out.push(`- [${g.title}](#${slug(g.title)})${t.colon}${links}`);
  }
  out.push("");
  for (const g of groups) {
    out.push(`## ${g.title}`, "");
    for (const f of g.functions) {
      out.push(
        `### ${f.name}`,
        "",
        "`" + signature(f) + "`" + (f.result && f.result.dimensionality === "matrix" ? t.spills : ""),
        "",
      );
      out.push(f.description, "");
      if ((f.parameters || []).length) {
        out.push(`**${t.params}**`, "");
        for (const p of f.parameters)
          out.push(`- \`${p.name}\`${p.optional ? t.optional : ""}${t.colon}${p.description || ""}`);
        out.push("");
      }
      for (const ex of examples[f.id] || []) {
        out.push(
          `**${t.example}**${t.colon}\`${formula(f.id, ex.args)}\` → \`${formatResult(ex.result)}\``,
          "",
        );
      }
    }
  }
  return out.join("\n");
}

function escapeHtml(s) {
  return String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
}

/** Standalone HTML help page for one language; anchors are the function ids (#CSAT.RATIO). */
function toHtml(metadata, lang, examples = loadExamples()) {
  const t = TEXT[lang];
  const groups = families(metadata, lang);
  const fn = (f) => {
    const params = (f.parameters || [])
      .map(
        (p) =>
          `<li><code>${escapeHtml(p.name)}</code>${p.optional ? `<em>${t.optional}</em>` : ""}${t.colon}${escapeHtml(p.description || "")}</li>`,
      )
      .join("");
    const exs = (examples[f.id] || [])
      .map(
        (ex) =>
          `<p><strong>${t.example}</strong>${t.colon}<code>${escapeHtml(formula(f.id, ex.args))}</code> → <code>${escapeHtml(formatResult(ex.result))}</code></p>`,
      )
      .join("");
    const spills = f.result && f.result.dimensionality === "matrix" ? t.spills : "";
    return `<section id="${escapeHtml(f.id)}"><h3>${escapeHtml(f.name)}</h3><p><code>${escapeHtml(signature(f))}</code>${spills}</p><p>${escapeHtml(f.description)}</p>${params ? `<h4>${t.params}</h4><ul>${params}</ul>` : ""}${exs}</section>`;
  };
  const toc = groups
    .map(
      (g) =>
        `<li><a href="#family-${g.prefix}">${escapeHtml(g.title)}</a>${t.colon}${g.functions.map((f) => `<a href="#${escapeHtml(f.id)}">${escapeHtml(f.name)}</a>`).join(" · ")}</li>`,
    )
    .join("\n");
  const body = groups
    .map(
      (g) =>
        `<div class="family" id="family-${g.prefix}"><h2>${escapeHtml(g.title)}</h2>\n${g.functions.map(fn).join("\n")}</div>`,
    )
    .join("\n");
  return `<!doctype html><html lang="${lang === "zh" ? "zh-CN" : "en"}"><head><meta charset="utf-8"><title>${t.title}</title>
<style>body{font-family:"Segoe UI",system-ui,sans-serif;max-width:820px;margin:2em auto;padding:0 1em;line-height:1.5}code{background:#f3f2f1;padding:0 .2em}section{border-top:1px solid #e1dfdd;margin-top:1.5em}.family>h2{margin-top:2em}nav li{margin:.3em 0}</style>
</head><body><h1>${t.title}</h1><p><a href="${t.otherHref}.html">${t.other}</a></p><p>${escapeHtml(t.intro)}</p>
<nav><h2>${t.contents}</h2><ul>
${toc}
</ul></nav>
${body}
</body></html>`;
}

module.exports = {
  toMarkdown,
  toHtml,
  signature,
  loadExamples,
  formula,
  formatNumber,
  families,
  slug,
  FAMILIES,
  TEXT,
};
