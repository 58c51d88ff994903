/**
 * A large CSV in the built preview (issue 11): while it opens, the progress bar shows and climbs
 * (read in the CSV worker, rows built in slices), the page keeps painting, and Cancel stops a
 * second opening with nothing added. The file: bigFile.ts's synthetic orders, 400,000 rows.
 * Headless Debian Chromium against dist/ (launch.ts); no request leaves 127.0.0.1.
 */
import * as fs from "fs";
import { PreviewBrowser, closePreviewBrowser, openPreviewBrowser } from "./launch";
import { bigCsv, openBig } from "./bigFile";
import { watchNetwork } from "./network";

const ROWS = 400_000;
let env: PreviewBrowser | undefined;
let csv: { file: string; dispose: () => void } | undefined;

beforeAll(async () => {
  env = await openPreviewBrowser();
  csv = await bigCsv(ROWS);
}, 120_000);

afterAll(async () => {
  await closePreviewBrowser(env);
  csv?.dispose();
});

test("a large CSV shows its progress while opening, then the whole sheet; Cancel adds nothing", async () => {
  const context = await env!.browser.newContext({ locale: "en-US", viewport: { width: 1400, height: 1000 } });
  const net = await watchNetwork(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${env!.server.url}/preview.html`);
  await page.getByTestId("app").waitFor({ timeout: 20_000 });

  const { progress } = await openBig(page, csv!.file, 120_000);
  // Painted several times between start and end, never going back.
  const between = progress.filter((p) => p > 0 && p < 100);
  expect(between.length).toBeGreaterThanOrEqual(3);
  expect(progress).toEqual([...progress].sort((a, b) => a - b));
  expect(await page.getByTestId("sheet-size").innerText()).toContain(
    `${(ROWS + 1).toLocaleString("en-US")} rows × 4 columns`,
  );
  expect(await page.locator("[data-testid=sheet-grid] [data-cell=A1]").innerText()).toBe("customer_id");
  expect(fs.existsSync(csv!.file)).toBe(true);

  // Open it again and cancel while it reads: a message, no new sheet, the bar gone.
  const tabs = await page.locator("[data-testid^=sheet-tab-]").count();
  await page.getByTestId("import-file").setInputFiles(csv!.file);
  await page.getByTestId("import-cancel").click();
  await page.getByTestId("import-error").getByText("cancelled").waitFor();
  expect(await page.getByTestId("import-progress").count()).toBe(0);
  expect(await page.locator("[data-testid^=sheet-tab-]").count()).toBe(tabs);

  expect(errors).toEqual([]);
  expect((await net.report(page)).offOrigin).toEqual([]);
  await context.close();
}, 240_000);
