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
      "Bad input gives #VALUE! with a message saying what to fix; impossible numerics #NUM!; no answer #N/A.",
    params: "Arguments",
    example: "Example",
    returns: "Result",
    spills: "spills a range",
    other: "中文版",
    otherHref: "functions-zh",
  },
  zh: {
    title: "客户关系分析:函数参考",
    intro:
      "在单元格中直接输入,无需前缀,例如 =RFM.CODE(5,4,3)。方括号 [ ] 内为可选参数。" +
      "输入有误返回 #VALUE! 并说明如何修正;数值无法计算返回 #NUM!;查无结果返回 #N/A。",
    params: "参数",
    example: "示例",
    returns: "结果",
    spills: "溢出为区域",
    other: "English",
    otherHref: "functions",
  },
};

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

function formatResult(r) {
  if (Array.isArray(r)) return r.map((row) => row.join(" | ")).join(" ⏎ ");
  return String(r);
}

/** Markdown reference for one language. */
function toMarkdown(metadata, lang, examples = loadExamples()) {
  const t = TEXT[lang];
  const out = [`# ${t.title}`, "", `[${t.other}](${t.otherHref}.md)`, "", t.intro, ""];
  for (const f of metadata.functions) {
    out.push(
      `## ${f.name}`,
      "",
      "`" + signature(f) + "`" + (f.result && f.result.dimensionality === "matrix" ? ` (${t.spills})` : ""),
      "",
    );
    out.push(f.description, "");
    if ((f.parameters || []).length) {
      out.push(`**${t.params}**`, "");
      for (const p of f.parameters)
        out.push(`- \`${p.name}\`${p.optional ? " (optional)" : ""}: ${p.description || ""}`);
      out.push("");
    }
    for (const ex of examples[f.id] || []) {
      out.push(`**${t.example}**: \`${formula(f.id, ex.args)}\` → \`${formatResult(ex.result)}\``, "");
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
  const body = metadata.functions
    .map((f) => {
      const params = (f.parameters || [])
        .map(
          (p) =>
            `<li><code>${escapeHtml(p.name)}</code>${p.optional ? " <em>[optional]</em>" : ""}: ${escapeHtml(p.description || "")}</li>`,
        )
        .join("");
      const exs = (examples[f.id] || [])
        .map(
          (ex) =>
            `<p><strong>${t.example}</strong>: <code>${escapeHtml(formula(f.id, ex.args))}</code> → <code>${escapeHtml(formatResult(ex.result))}</code></p>`,
        )
        .join("");
      return `<section id="${escapeHtml(f.id)}"><h2>${escapeHtml(f.name)}</h2><p><code>${escapeHtml(signature(f))}</code></p><p>${escapeHtml(f.description)}</p>${params ? `<h3>${t.params}</h3><ul>${params}</ul>` : ""}${exs}</section>`;
    })
    .join("\n");
  return `<!doctype html><html lang="${lang === "zh" ? "zh-CN" : "en"}"><head><meta charset="utf-8"><title>${t.title}</title>
<style>body{font-family:"Segoe UI",system-ui,sans-serif;max-width:820px;margin:2em auto;padding:0 1em;line-height:1.5}code{background:#f3f2f1;padding:0 .2em}section{border-top:1px solid #e1dfdd;margin-top:1.5em}</style>
</head><body><h1>${t.title}</h1><p><a href="${t.otherHref}.html">${t.other}</a></p><p>${escapeHtml(t.intro)}</p>
${body}
</body></html>`;
}

module.exports = { toMarkdown, toHtml, signature, loadExamples, formula };
