/** `npm stop`: ends a sideloading session started by `npm start` (office-addin-debugging). */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
try {
  require.resolve("office-addin-debugging/package.json");
  spawn("npx", ["office-addin-debugging", "stop", "manifest.xml"], {
    stdio: "inherit",
    shell: process.platform === "win32",
  });
} catch {
  console.log(
    "Nothing to stop: without office-addin-debugging, `npm start` serves in the foreground; press Ctrl+C there.",
  );
}
