/**
 * The pane's RFM options in the built preview (headless Debian Chromium, as preview.test.ts):
 * fixed thresholds with the office-supplies preset, tier widths, and the rules sheet — created
 * by the pane through the in-memory workbook, pre-filled with the R package rfm's ten segments,
 * read back when the RFM run and the one run start — with every parameter on the result.
 */
import * as path from "path";
import { Browser } from "playwright-core";
import { ARTIFACTS, PreviewBrowser, closePreviewBrowser, openPreviewBrowser } from "./launch";

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let env: PreviewBrowser | undefined;
beforeAll(async () => {
  env = await openPreviewBrowser();
  ({ browser, server } = env);
}, 60_000);
afterAll(() => closePreviewBrowser(env));

test("RFM options: preset thresholds, tiers, a rules sheet from the rfm package's scheme, both runs", async () => {
  const context = await browser.newContext({ locale: "en-US", viewport: { width: 480, height: 1000 } });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(`${server.url}/preview.html`);
  await page.getByTestId("app").waitFor({ timeout: 20_000 });
  await page.getByTestId("analysis-columns").click();
  await page.getByTestId("analysis-run").waitFor();

  await page.getByTestId("rfm-method").selectOption("thresholds");
  expect(await page.getByTestId("rfm-threshold-r").inputValue()).toBe("7, 30, 60, 120");
  await page.getByTestId("rfm-tier-gold").fill("20");
  expect(await page.getByTestId("rfm-options").innerText()).toContain("the remaining 45% are Lead");
  // In a pane this narrow the three tier fields still fit inside the options (none sticks out).
  const box = (await page.getByTestId("rfm-options").boundingBox())!;
  for (const k of ["platinum", "gold", "iron"]) {
    const b = (await page.getByTestId(`rfm-tier-${k}`).boundingBox())!;
    expect(b.x + b.width).toBeLessThanOrEqual(box.x + box.width + 0.5);
  }

  await page.getByTestId("rfm-scheme").selectOption("rfmPackage");
  await page.getByTestId("rfm-scheme").selectOption("custom");
  await page.getByTestId("rfm-rules-create").click();
  await page.getByTestId("sheet-tab-RFM rules").waitFor({ timeout: 10_000 });
  expect(await page.getByTestId("rfm-rules-sheet").innerText()).toContain("Rules sheet “RFM rules”");
  await page.screenshot({ path: path.join(ARTIFACTS, "rfm-options.png"), fullPage: true });

  // Back to the data, then run: the rules are read from the sheet.
  await page.getByTestId("sheet-tab-Orders").click();
  await page.getByTestId("analysis-run").click();
  await page.getByTestId("analysis-result").waitFor({ timeout: 30_000 });
  expect(await page.getByTestId("analysis-parameters").innerText()).toContain(
    "R by fixed thresholds 7/30/60/120 days; F, M by equal-count quantiles · segments: rules typed in a sheet (“RFM rules”, 10 rules) · value tiers 5%/20%/30%/45%",
  );
  expect(await page.getByTestId("analysis-result").innerText()).toContain("Potential Loyalist");

  await page.getByTestId("sheet-tab-Orders").click();
  await page.getByTestId("run-customers").click();
  await page.getByTestId("run-done").waitFor({ timeout: 60_000 });
  expect(await page.getByTestId("run-done").innerText()).toMatch(
    /^Wrote [\d,]+ customers to “Customers” and the summary to “Summary”/,
  );
  await page.getByTestId("sheet-tab-Customers").waitFor({ state: "attached" });
  expect(pageErrors).toEqual([]);
  await context.close();
}, 120_000);
