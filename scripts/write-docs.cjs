/**
 * `npm run docs`: writes docs/functions.md and docs/functions-zh.md from the metadata generated
 * from the JSDoc (the same generator as the build) and functions/zh-cn/*.json. A test fails when
 * the committed pages differ from what this writes, so they cannot drift.
 */
const fs = require("fs");
const path = require("path");
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");
const { localizeMetadata } = require("./metadata-zh.cjs");
const { toMarkdown } = require("./metadata-docs.cjs");

const ROOT = path.join(__dirname, "..");
const FILES = fs
  .readdirSync(path.join(ROOT, "functions"))
  .filter((f) => f.endsWith(".ts"))
  .map((f) => path.join(ROOT, "functions", f));

async function renderDocs() {
  const r = await generateCustomFunctionsMetadata(FILES, false);
  if (r.errors.length) throw new Error(r.errors.join("\n"));
  const { json: zh, problems } = localizeMetadata(r.metadataJson);
  if (problems.length) throw new Error(problems.join("\n"));
  return {
    "functions.md": toMarkdown(JSON.parse(r.metadataJson), "en") + "\n",
    "functions-zh.md": toMarkdown(JSON.parse(zh), "zh") + "\n",
  };
}

module.exports = { renderDocs };

if (require.main === module) {
  renderDocs().then((pages) => {
    for (const [name, text] of Object.entries(pages)) fs.writeFileSync(path.join(ROOT, "docs", name), text);
    process.stdout.write(
      `wrote ${Object.keys(pages)
        .map((n) => "docs/" + n)
        .join(", ")}\n`,
    );
  });
}
