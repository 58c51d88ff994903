/**
 * `npm start` — on Windows and macOS: build, serve and sideload into desktop Excel with
 * office-addin-debugging. `npm start -- web --document <workbook url>`: the same into Excel on the
 * web. On Linux (no desktop Excel): serve the add-in and its in-browser preview with the bundled
 * sample data, and print the URLs.
 * office-addin-debugging exits 0 even when it fails, so its exit code is never trusted: we check
 * that the add-in is actually being served.
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const sideload =
  args[0] === "web" || args[0] === "desktop" || process.platform === "win32" || process.platform === "darwin";

function hasDebugging() {
  try {
    require.resolve("office-addin-debugging/package.json");
    return true;
  } catch {
    return false;
  }
}

function run(cmd, cmdArgs, env = {}) {
  const child = spawn(cmd, cmdArgs, {
    stdio: "inherit",
    shell: process.platform === "win32",
    env: { ...process.env, ...env },
  });
  return new Promise((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
}

async function served(url) {
  try {
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0"; // the dev certificate may not be trusted by Node
    const r = await fetch(url);
    return r.ok;
  } catch {
    return false;
  }
}

if (sideload && hasDebugging()) {
  await run("npx", ["office-addin-debugging", "start", "manifest.xml", ...args]);
  const url = `https://localhost:${port}/taskpane.html`;
  if (await served(url)) {
    console.log(`\nThe add-in is served at ${url}. Excel should open with it sideloaded.`);
    console.log("Stop with `npm stop`.");
  } else {
    console.error(
      `\noffice-addin-debugging reported success, but nothing answers at ${url}: sideloading failed.`,
    );
    console.error(
      "Run `npm run dev-server` and sideload manifest.xml by hand (see README), or use the preview.",
    );
    process.exit(1);
  }
} else {
  if (sideload) {
    console.log(
      "office-addin-debugging is not installed (an optional dependency; on Linux it needs libsecret),",
    );
    console.log(
      "so Excel cannot be sideloaded from here. Serving the add-in and its in-browser preview instead.\n",
    );
  }
  const https =
    !process.env.DEV_SERVER_HTTP &&
    (await import("node:fs")).existsSync(
      (await import("node:path")).join(
        (await import("node:os")).homedir(),
        ".office-addin-dev-certs",
        "localhost.crt",
      ),
    );
  const base = `${https ? "https" : "http"}://localhost:${port}`;
  console.log("CRM Analytics add-in");
  console.log(`  In-browser preview (sample data, no Excel needed): ${base}/preview.html`);
  console.log(`  Task pane page for Excel:                          ${base}/taskpane.html`);
  console.log(`  Function reference:                                ${base}/help/functions.html`);
  console.log("  To sideload into Excel on the web: npm start -- web --document <workbook url>");
  console.log("  Stop with Ctrl+C.\n");
  process.exit(await run("npx", ["webpack", "serve", "--mode", "development"]));
}
