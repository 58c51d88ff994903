/**
 * Derives functions-zh-cn.json from the functions.json that custom-functions-metadata-plugin
 * generates from JSDoc: same ids and names (formulas are typed the same in every language),
 * Chinese descriptions and parameter help from functions/zh-cn/*.json, help links to the Chinese
 * help page. Used by webpack.config.js and by the tests; a missing translation is an error.
 */
const fs = require("fs");
const path = require("path");

const ZH_DIR = path.join(__dirname, "..", "functions", "zh-cn");

/** functions/zh-cn/<family>.json merged: one file per family, so families are edited apart. */
function loadZh() {
  const out = {};
  for (const f of fs
    .readdirSync(ZH_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const part = JSON.parse(fs.readFileSync(path.join(ZH_DIR, f), "utf8"));
    for (const [id, t] of Object.entries(part)) {
      if (out[id]) throw new Error(`functions/zh-cn/${f}: ${id} is translated twice`);
      out[id] = t;
    }
  }
  return out;
}

/**
 * @param {string} metadataJson functions.json as generated
 * @param {Record<string, {description: string, parameters: Record<string, string>}>} zh
 * @returns {{ json: string, problems: string[] }}
 */
function localizeMetadata(metadataJson, zh = loadZh()) {
  const metadata = JSON.parse(metadataJson);
  const problems = [];
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(zh))
    if (!ids.has(id)) problems.push(`functions/zh-cn: ${id} is not a function`);
  for (const f of metadata.functions) {
    const t = zh[f.id];
    if (!t || !t.description || !t.description.trim()) {
      problems.push(`functions/zh-cn: ${f.id} has no Chinese description`);
      continue;
    }
    f.description = t.description;
    if (f.helpUrl) f.helpUrl = f.helpUrl.replace("/help/functions.html", "/help/functions-zh.html");
    for (const p of f.parameters || []) {
      const help = t.parameters && t.parameters[p.name];
      if (!help || !help.trim())
        problems.push(`functions/zh-cn: ${f.id} parameter ${p.name} has no Chinese help`);
      else p.description = help;
    }
    for (const name of Object.keys(t.parameters || {})) {
      if (!(f.parameters || []).some((p) => p.name === name))
        problems.push(`functions/zh-cn: ${f.id} has no parameter ${name}`);
    }
  }
  return { json: JSON.stringify(metadata, null, 4), problems };
}

module.exports = { localizeMetadata, loadZh };
