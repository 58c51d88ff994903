#!/usr/bin/env node
/**
 * Entry of the `crm-analytics` command (package.json "bin"). No build step: the TypeScript of the
 * command line (cli/) and of the core it shares with the add-in (src/) is transpiled on load by
 * the project's own `typescript` (transpile only: types are checked by `npm run typecheck`), and
 * the JavaScript is cached in the system temp directory by content hash, so only the first run
 * after a change pays for it. Works in a fresh clone after `npm ci` (which installs typescript
 * and @duckdb/node-api).
 */
"use strict";
const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");

const cacheDir = path.join(os.tmpdir(), "crm-analytics-cache");
let ts;

require.extensions[".ts"] = function loadTypeScript(module, filename) {
  const source = fs.readFileSync(filename, "utf8");
  const key = crypto.createHash("sha256").update(`${filename}\0${source}`).digest("hex");
  const cached = path.join(cacheDir, `${key}.js`);
  let js;
  try {
    js = fs.readFileSync(cached, "utf8");
  } catch {
    ts = ts || require("typescript");
    js = ts.transpileModule(source, {
      fileName: filename,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2020,
        esModuleInterop: true,
        isolatedModules: true,
      },
    }).outputText;
    try {
      fs.mkdirSync(cacheDir, { recursive: true });
      fs.writeFileSync(cached, js);
    } catch {
      // A read-only temp directory only costs the transpilation next time.
    }
  }
  module._compile(js, filename);
};

require("../cli/main.ts")
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
