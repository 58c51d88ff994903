#!/usr/bin/env node
/**
 * Entry of `npx crm-analytics` (package.json "bin"). No build step: the TypeScript command line
 * (cli/) and the core it shares with the add-in (src/) are loaded through ts-node in
 * transpile-only mode (types are checked by `npm run typecheck`, not at every start). Works in a
 * fresh clone after `npm ci`, which installs ts-node and @duckdb/node-api.
 */
"use strict";
const path = require("path");

require("ts-node").register({
  transpileOnly: true,
  project: path.join(__dirname, "..", "cli", "tsconfig.json"),
});
require("../cli/main.ts")
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
