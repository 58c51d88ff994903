/**
 * The Learn tab in the built preview (dist/preview.html, headless Debian Chromium through
 * playwright-core): open a card, insert its worked example, twice in English and twice in
 * Chinese; each insertion reports its new sheet; screenshots go to test-artifacts/.
 * Needs a production build first (`npx webpack --mode production`).
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

test("Learn: two worked examples inserted in each language", async () => {
  const context = await browser.newContext({ locale: "en-US", viewport: { width: 420, height: 1100 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.url}/preview.html`);
  await page.getByTestId("app").waitFor({ timeout: 20_000 });
  await page.getByTestId("view-learn").click();
  await page.getByTestId("learn").waitFor();

  const insert = async (card: string, expected: RegExp, shot: string) => {
    await page.getByTestId(`card-${card}`).locator("button").first().click();
    await page.getByTestId(`insert-${card}`).click();
    const status = page.getByTestId(`status-${card}`);
    await status.waitFor({ timeout: 20_000 });
    expect(await status.innerText()).toMatch(expected);
    await page.getByTestId(`card-${card}`).screenshot({ path: path.join(ARTIFACTS, shot) });
    await page.getByTestId(`card-${card}`).locator("button").first().click(); // close it again
  };
  await insert("rfm-scores", /“Mailing policy”/, "learn-en-mailing.png");
  await insert("kotler-levels", /“Kotler grid”/, "learn-en-kotler.png");
  await page.getByTestId("lang-zh").click();
  await page.getByText("学习概念").first().waitFor();
  await insert("points-programme", /“会员积分”/, "learn-zh-points.png");
  await insert("churn-causes", /“客户流失A-E”/, "learn-zh-churn.png");
  // The same example again gets a new, unique sheet name.
  await insert("points-programme", /“会员积分 \(2\)”/, "learn-zh-points-again.png");
  await page.screenshot({ path: path.join(ARTIFACTS, "learn-zh.png"), fullPage: true });
  expect(errors).toEqual([]);
  await context.close();
}, 120_000);

test("a pane result links to the card that explains it", async () => {
  const context = await browser.newContext({ locale: "en-US", viewport: { width: 420, height: 1100 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.url}/preview.html`);
  await page.getByTestId("app").waitFor({ timeout: 20_000 });
  await page.getByTestId("analysis-columns").click();
  await page.getByTestId("analysis-run").click();
  await page.getByTestId("analysis-result").waitFor({ timeout: 30_000 });
  await page.getByTestId("learn-link-rfm-segments").click();
  await page.getByTestId("learn").waitFor();
  // The card is open: its worked-example button is visible without clicking the card.
  await page.getByTestId("insert-rfm-segments").waitFor({ state: "visible", timeout: 5_000 });
  expect(errors).toEqual([]);
  await context.close();
}, 90_000);

test("in the preview an inserted example shows computed values and recalculates when an input changes", async () => {
  const context = await browser.newContext({ locale: "en-US", viewport: { width: 900, height: 1100 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.url}/preview.html`);
  await page.getByTestId("app").waitFor({ timeout: 20_000 });
  await page.getByTestId("view-learn").click();
  await page.getByTestId("card-kotler-levels").locator("button").first().click();
  await page.getByTestId("insert-kotler-levels").click();
  await page.getByTestId("status-kotler-levels").waitFor({ timeout: 20_000 });
  // The new sheet is shown in the workbook view; its formulas are computed by the formula engine.
  const cellIs = (at: string, text: string, timeout: number) =>
    page.waitForFunction(
      ([a, t]) => document.querySelector(`[data-testid="sheet-grid"] [data-cell="${a}"]`)?.textContent === t,
      [at, text],
      { timeout },
    );
  await cellIs("B13", "Proactive", 20_000);
  for (const [at, value] of [
    ["B11", "5000"],
    ["B12", "0.05"],
  ]) {
    await page.getByTestId("example-cell").fill(at!);
    await page.getByTestId("example-value").fill(value!);
    await page.getByTestId("example-enter").click();
  }
  await cellIs("B13", "Basic or reactive", 10_000);
  await page.screenshot({ path: path.join(ARTIFACTS, "learn-example-recalc.png"), fullPage: true });
  expect(errors).toEqual([]);
  await context.close();
}, 90_000);
