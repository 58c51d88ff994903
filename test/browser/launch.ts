/**
 * Starts what every browser test needs: the built dist/ served on 127.0.0.1 (scripts/serve.cjs)
 * and Debian's Chromium through playwright-core, with the flags this machine needs (no browser is
 * ever downloaded; background networking off so Chromium itself makes no outside request).
 */
import * as fs from "fs";
import * as path from "path";
import { Browser, chromium } from "playwright-core";

const { startServer } = require("../../scripts/serve.cjs") as {
  startServer: (o?: object) => Promise<{ url: string; close: () => Promise<void> }>;
};

export const ROOT = path.join(__dirname, "..", "..");
export const ARTIFACTS = path.join(ROOT, "test-artifacts");
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export interface PreviewBrowser {
  readonly browser: Browser;
  readonly server: { url: string; close: () => Promise<void> };
}

export async function openPreviewBrowser(): Promise<PreviewBrowser> {
  if (!fs.existsSync(path.join(ROOT, "dist", "preview.html")))
    throw new Error("dist/preview.html is missing: run `npm run build` first (npm test does).");
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does).`);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return { browser, server };
}

export async function closePreviewBrowser(env: PreviewBrowser | undefined): Promise<void> {
  await env?.browser.close();
  await env?.server.close();
}
