/**
 * The Warehouse tab in the built preview (dist/preview.html, headless Debian Chromium through
 * playwright-core), the whole round trip in English and in Chinese: copy the compressed summary
 * SQL (the clipboard must hold exactly the SQL shown), run it with DuckDB on CDNOW's
 * transactions, paste the result back, fit, check the fitted parameters against the core's
 * fit (and, in English, the Gamma-Gamma spend summary too), copy the scoring SQL and run it
 * (one row per customer). A bad paste names its row.
 * Screenshots go to test-artifacts/. Needs `npm run build` first.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Browser, Page } from "playwright-core";
import { fitBgNbd, fitParetoNbd } from "../../src/clv";
import { readDateCell } from "../../src/dates";
import { DuckDb, Row, writeTransactionsCsv } from "../sql/engines";
import { cdnow, coreClv } from "../sql/fixtures";
import { ARTIFACTS, PreviewBrowser, closePreviewBrowser, openPreviewBrowser } from "./launch";

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let env: PreviewBrowser | undefined;
let duck: DuckDb;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-wh-browser-"));

beforeAll(async () => {
  writeTransactionsCsv(cdnow(), path.join(dir, "cdnow.csv"));
  duck = await DuckDb.open();
  await duck.load("transactions", path.join(dir, "cdnow.csv"), false);
  env = await openPreviewBrowser();
  ({ browser, server } = env);
}, 60_000);

afterAll(async () => {
  await closePreviewBrowser(env);
  fs.rmSync(dir, { recursive: true, force: true });
});

const asPasted = (rows: Row[]) =>
  [Object.keys(rows[0]!).join("\t"), ...rows.map((r) => Object.values(r).map(String).join("\t"))].join("\n");

const core = [...coreClv(cdnow(), { unit: "weeks", calibrationEnd: readDateCell("1997-09-30") }).values()];
const cols = { x: core.map((c) => c.x), tx: core.map((c) => c.tx), T: core.map((c) => c.T) };

/** Clicks Copy for a query, checks the clipboard holds the SQL shown, returns it. */
async function copy(page: Page, id: string, copied: string): Promise<string> {
  await page.getByTestId(`wh-copy-${id}`).click();
  expect(await page.getByTestId(`wh-copied-${id}`).innerText()).toBe(copied);
  const shown = await page.getByTestId(`wh-sql-${id}`).inputValue();
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  expect(clip).toBe(shown);
  return clip;
}

async function roundTrip(lang: "en" | "zh", model: "bgnbd" | "pnbd") {
  const context = await browser.newContext({ locale: "en-US", viewport: { width: 460, height: 1400 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.url}/preview.html`);
  await page.getByTestId("app").waitFor({ timeout: 20_000 });
  const text =
    lang === "zh"
      ? { copied: "已复制到剪贴板。", tab: "数据仓库", row: /第 3 行（表头为第 1 行）/ }
      : { copied: "Copied to the clipboard.", tab: "Warehouse", row: /row 3 \(the header is row 1\)/ };
  if (lang === "zh") await page.getByTestId("lang-zh").click();
  await page.getByTestId("view-warehouse").click();
  expect(await page.getByTestId("view-warehouse").innerText()).toBe(text.tab);
  await page.getByTestId("warehouse").waitFor();
  await page.getByTestId("wh-asOf").fill("1997-09-30");
  await page.getByTestId("wh-unit").selectOption("weeks");
  await page.getByTestId("wh-model").selectOption(model);

  // Step 2: the summary SQL, copied and run in "the warehouse".
  const summarySql = await copy(page, "summary", text.copied);
  expect(summarySql).toContain("Compressed calibration summary");
  const summary = await duck.query(summarySql);

  // Step 3: a bad paste is refused naming its row; the real one is fitted.
  await page.getByTestId("wh-paste-summary").fill("x\tt_x\tT\tcustomers\n0\t0\t38\t10\n2\tabc\t38\t4\n");
  await page.getByTestId("wh-fit").click();
  expect(await page.getByTestId("wh-fit-error").innerText()).toMatch(text.row);
  await page.getByTestId("wh-paste-summary").fill(asPasted(summary));
  if (model === "bgnbd") {
    const spend = await duck.query(await copy(page, "spend", text.copied));
    await page.getByTestId("wh-paste-spend").fill(asPasted(spend));
  }
  await page.getByTestId("wh-fit").click();
  await page.getByTestId("wh-params").waitFor({ timeout: 30_000 });
  expect(await page.getByTestId("wh-fit-error").count()).toBe(0);
  const direct =
    model === "bgnbd" ? fitBgNbd(cols.x, cols.tx, cols.T) : fitParetoNbd(cols.x, cols.tx, cols.T);
  const shown = Number(await page.getByTestId("wh-param-purchase-r").innerText());
  expect(Math.abs(shown - direct.r)).toBeLessThan(1e-5 * direct.r + 5e-6); // shown to 6 digits
  expect(await page.getByTestId("wh-fitted").innerText()).toMatch(/2,349|2349/);

  // Step 4: the scoring SQL carries the parameters and scores every customer.
  const scoreSql = await copy(page, "score", text.copied);
  expect(scoreSql).toContain(model === "bgnbd" ? "BG/NBD r=" : "Pareto/NBD r=");
  if (model === "bgnbd") {
    const p = Number(await page.getByTestId("wh-param-gg-p").innerText());
    expect(Math.abs(p - 6.25)).toBeLessThan(0.02); // Fader & Hardie 2013 (spend rounded to cents)
    expect(scoreSql).toContain("Gamma-Gamma p=");
  }
  expect((await duck.query(scoreSql)).length).toBe(2349);

  await page.getByTestId("warehouse").screenshot({ path: path.join(ARTIFACTS, `warehouse-${lang}.png`) });
  expect(errors).toEqual([]);
  await context.close();
}

test("Warehouse round trip in English (BG/NBD)", () => roundTrip("en", "bgnbd"), 120_000);
test("Warehouse round trip in Chinese (Pareto/NBD)", () => roundTrip("zh", "pnbd"), 120_000);
