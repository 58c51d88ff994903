/**
 * Benchmark (issue 11, "a 1,048,575-row CSV opens with progress and runs end to end ≤ 15 s"):
 * writes a synthetic export of 1,048,575 orders (Excel's last row with a header above) to a
 * temporary file, opens it in the built preview through the file input, runs RFM, and prints
 * the times. Run: `npm run build` then
 * `TS_NODE_TRANSPILE_ONLY=1 npx ts-node -O '{"module":"commonjs","moduleResolution":"node10"}' test/browser/bigFile.ts`.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { chromium } from "playwright-core";
import { seededUniform } from "../../src/random";

const { startServer } = require("../../scripts/serve.cjs") as {
  startServer: (o?: object) => Promise<{ url: string; close: () => Promise<void> }>;
};

const ROWS = 1_048_575;

async function main(): Promise<void> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "big-")), "orders-1m.csv");
  const rand = seededUniform(11);
  const out = fs.createWriteStream(file);
  out.write("customer_id,order_date,order_id,amount\n");
  const start = Date.UTC(2024, 0, 1);
  for (let i = 0; i < ROWS; i++) {
    const c = 1 + Math.floor(rand() * 100_000);
    const day = new Date(start + Math.floor(rand() * 730) * 86_400_000).toISOString().slice(0, 10);
    if (!out.write(`C${String(c).padStart(6, "0")},${day},O${i + 1},${(5 + rand() * 300).toFixed(2)}\n`))
      await new Promise<void>((r) => out.once("drain", () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
  process.stdout.write(`${file}: ${(fs.statSync(file).size / 1e6).toFixed(1)} MB\n`);
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu"],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`${server.url}/preview.html`);
  await page.getByTestId("app").waitFor();
  const t0 = Date.now();
  await page.getByTestId("import-file").setInputFiles(file);
  let sawProgress = false;
  const poll = setInterval(() => {
    void page
      .getByTestId("import-progress")
      .count()
      .then((n) => (sawProgress ||= n > 0));
  }, 100);
  await page.getByText("orders-1m.csv →").waitFor({ timeout: 120_000 });
  clearInterval(poll);
  const opened = Date.now();
  await page.getByTestId("analysis-columns").click();
  await page.getByTestId("analysis-run").click();
  await page.getByTestId("analysis-result").waitFor({ timeout: 300_000 });
  const done = Date.now();
  const result = (await page.getByTestId("analysis-result").innerText()).split("\n")[0];
  process.stdout.write(
    `open ${(opened - t0) / 1000} s (progress shown: ${sawProgress}), run ${(done - opened) / 1000} s, ` +
      `open + run ${(done - t0) / 1000} s\n${result}\n`,
  );
  await browser.close();
  await server.close();
  fs.rmSync(path.dirname(file), { recursive: true });
}

void main();
