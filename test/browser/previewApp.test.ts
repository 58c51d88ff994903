/**
 * The preview as an app (issue 11), end to end in headless Debian Chromium against dist/:
 * open data/rfm/rfm_data_orders.csv through the file input, run RFM (rfm-package method), check
 * the customer count and scores in the grid against the rfm package's binning computed from the
 * raw file (rfmReference.ts), download the result sheet as .csv and the workbook as .xlsx and read
 * both back in Node (the .xlsx with excelts: the customers table, date cells, text never a
 * formula); open a GBK-encoded Chinese-headed CSV; an .xlsx made here with excelts from the
 * orders' first rows with real date cells, and run RFM on it; paste a block; type three
 * formulas; switch to 中文.
 * Screenshots go to test-artifacts/. No request may leave 127.0.0.1 (network.ts).
 */
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- excelts cells and tables are plain in-memory objects, not Office.js proxies */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Browser, Page } from "playwright-core";
import { ARTIFACTS, PreviewBrowser, ROOT, closePreviewBrowser, openPreviewBrowser } from "./launch";
import { ValueType, Workbook } from "@cj-tech-master/excelts";
import { watchNetwork } from "./network";
import { RFM_ORDERS, rfmPackageScores } from "./rfmReference";

const FIXTURES = path.join(ROOT, "test", "preview", "fixtures");

let browser: Browser;
let server: { url: string; close: () => Promise<void> };

let env: PreviewBrowser | undefined;
beforeAll(async () => {
  env = await openPreviewBrowser();
  ({ browser, server } = env);
}, 60_000);

afterAll(() => closePreviewBrowser(env));

const cell = (page: Page, at: string) =>
  page.locator(`[data-testid=sheet-grid] [data-cell=${at}]`).innerText();

async function openFile(page: Page, file: string) {
  await page.getByTestId("import-file").setInputFiles(file);
  await page.getByText(`${path.basename(file)} →`).waitFor({ timeout: 30_000 });
}

test("open the rfm sample orders, run RFM, check scores, download the sheet, formulas, paste, GBK, 中文", async () => {
  const context = await browser.newContext({
    locale: "en-US",
    viewport: { width: 1400, height: 1000 },
    acceptDownloads: true,
  });
  const net = await watchNetwork(context);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(`${server.url}/preview.html`);
  await page.getByTestId("app").waitFor({ timeout: 20_000 });

  // 1. Open the file: detected UTF-8, comma, header on row 1; it becomes the selected sheet.
  await openFile(page, RFM_ORDERS);
  expect(await page.getByTestId("import-encoding").inputValue()).toBe("utf-8");
  expect(await page.getByTestId("import-delimiter").inputValue()).toBe(",");
  expect(await page.getByTestId("import-header").inputValue()).toBe("0");
  expect(await page.getByTestId("sheet-size").innerText()).toContain("4,907 rows × 6 columns");
  expect(await cell(page, "A2")).toBe("Brion Stark");
  expect(await cell(page, "B2")).toBe("2004-12-20"); // text, as in the file
  await page.screenshot({ path: path.join(ARTIFACTS, "app-opened.png"), fullPage: true });

  // 2. Run RFM with the rfm package's bins; 995 customers; scores as the package computes them.
  await page.getByTestId("analysis-columns").click();
  expect(await page.getByTestId("analysis-role-customerId").inputValue()).toBe("0");
  expect(await page.getByTestId("analysis-role-date").inputValue()).toBe("1");
  expect(await page.getByTestId("analysis-role-amount").inputValue()).toBe("2");
  await page.getByTestId("rfm-method").selectOption("rfm");
  await page.getByTestId("analysis-run").click();
  await page.getByTestId("analysis-result").waitFor({ timeout: 30_000 });
  expect(await page.getByTestId("analysis-result").innerText()).toContain(
    "Wrote 995 customers to sheet “RFM” with a chart.",
  );
  await page.getByTestId("chart-summary").waitFor();
  expect(await cell(page, "A4")).toBe("Customer");
  expect([await cell(page, "G4"), await cell(page, "H4")]).toEqual(["F", "M"]); // rfmRow.ts layout
  const reference = rfmPackageScores();
  for (let row = 5; row <= 12; row++) {
    const id = await cell(page, `A${row}`);
    const ref = reference.get(id);
    expect({ id, F: Number(await cell(page, `G${row}`)), M: Number(await cell(page, `H${row}`)) }).toEqual({
      id,
      F: ref?.f,
      M: ref?.m,
    });
    expect(Number(await cell(page, `D${row}`))).toBe(ref?.frequency);
  }
  await page.screenshot({ path: path.join(ARTIFACTS, "app-rfm.png"), fullPage: true });
  // The customers table filtered and sorted for viewing (the sheet and its download unchanged).
  await page.getByTestId("table-filter").fill("brion");
  const brions = [...reference.keys()].filter((id) => id.toLowerCase().includes("brion"));
  expect(await page.getByTestId("table-count").innerText()).toMatch(
    new RegExp(`^${brions.length} customers? shown`),
  );
  expect(brions).toContain(await cell(page, "A5"));
  await page.getByTestId("table-filter").fill("");
  await page.getByTestId("table-sort").selectOption("4"); // Monetary
  await page.getByTestId("table-descending").check();
  const top = [...reference].sort((a, b) => b[1].monetary - a[1].monetary)[0]!;
  expect([await cell(page, "A5"), Number(await cell(page, "E5"))]).toEqual([top[0], top[1].monetary]);
  expect(await page.getByTestId("table-count").innerText()).toMatch(/^995 customers shown/);

  // 3. Download the result sheet as .csv and read it back: BOM, 995 customers, the published counts.
  const [csvDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("download-csv").click(),
  ]);
  expect(csvDownload.suggestedFilename()).toBe("RFM.csv");
  const csv = fs.readFileSync(await csvDownload.path());
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csv.toString("utf8").slice(1).split("\r\n");
  const header = lines[3]!.split(",");
  expect(header.slice(0, 8)).toEqual([
    "Customer",
    "Last purchase",
    expect.stringMatching(/^Recency \(days to \d{4}-\d{2}-\d{2}\)$/),
    "Frequency",
    "Monetary",
    "R",
    "F",
    "M",
  ]);
  const body = lines.slice(4, 4 + 995).map((l) => l.split(","));
  expect(body.every((r) => reference.has(r[0]!))).toBe(true);
  const counts = (col: number) => [1, 2, 3, 4, 5].map((s) => body.filter((r) => Number(r[col]) === s).length);
  expect(counts(6)).toEqual([268, 187, 176, 244, 120]);
  expect(counts(7)).toEqual([200, 200, 198, 202, 195]);
  // The PNG of the chart.
  const [png] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("chart-png-summary").click(),
  ]);
  expect(
    [...fs.readFileSync(await png.path()).subarray(1, 4)].map((c) => String.fromCharCode(c)).join(""),
  ).toBe("PNG");

  // 3b. The whole workbook as .xlsx, read back with excelts: the source sheet, the result sheet
  // with its customers table (filter buttons, frozen header), dates as date cells, no formula.
  const [xlsxDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("download-xlsx").click(),
  ]);
  expect(xlsxDownload.suggestedFilename()).toBe("CRM Analytics workbook.xlsx");
  const book = new Workbook();
  await book.xlsx.load(fs.readFileSync(await xlsxDownload.path()) as unknown as ArrayBuffer);
  expect(book.worksheets.map((w) => w.name)).toEqual(["Orders", "rfm_data_orders", "RFM"]);
  const orders = book.getWorksheet("rfm_data_orders")!;
  expect([orders.rowCount, orders.getCell("A2").value, orders.getCell("B2").value]).toEqual([
    4907,
    "Brion Stark",
    "2004-12-20", // text in the file, text in the workbook
  ]);
  const rfm = book.getWorksheet("RFM")!;
  expect(rfm.getCell("A4").value).toBe("Customer");
  const tables = rfm.getTables().map(
    (t) =>
      t.table as unknown as {
        name: string;
        tableRef: string;
        headerRow: boolean;
        columns: { filterButton: boolean }[];
      },
  );
  expect(tables.map((t) => [t.name, t.tableRef, t.headerRow])).toEqual([
    ["Customers", expect.stringMatching(/^A4:[A-Z]+999$/), true],
  ]);
  expect(tables[0]!.columns.every((c) => c.filterButton)).toBe(true);
  expect(rfm.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
  const lastPurchase = rfm.getCell("B5"); // "Last purchase", a date column
  expect(lastPurchase.value).toBeInstanceOf(Date);
  expect(lastPurchase.numFmt).toBe("yyyy-mm-dd");
  const xlsxScores = new Map<string, number>();
  for (let r = 5; r < 5 + 995; r++)
    xlsxScores.set(String(rfm.getCell(r, 1).value), Number(rfm.getCell(r, 8).value));
  expect([...xlsxScores].every(([id, m]) => reference.get(id)?.m === m)).toBe(true);
  for (const ws of book.worksheets)
    ws.eachRow((row) =>
      row.eachCell((c) => expect([c.address, c.type]).not.toEqual([c.address, ValueType.Formula])),
    );

  // 4. A GBK-encoded export with a Chinese header: detected, read, analysed.
  await openFile(page, path.join(FIXTURES, "orders-gbk.csv"));
  expect(await page.getByTestId("import-encoding").inputValue()).toBe("gb18030");
  expect(await cell(page, "A1")).toBe("客户编号");
  expect(await cell(page, "C2")).toBe("2025年1月1日");
  await page.getByTestId("analysis-columns").click();
  expect(await page.getByTestId("analysis-role-customerId").inputValue()).toBe("0");
  expect(await page.getByTestId("analysis-role-date").inputValue()).toBe("2");
  expect(await page.getByTestId("analysis-role-amount").inputValue()).toBe("4");
  await page.getByTestId("analysis-run").click();
  await page.getByTestId("analysis-result").waitFor({ timeout: 30_000 });
  expect(await page.getByTestId("analysis-result").innerText()).toContain(
    "Wrote 12 customers to sheet “RFM (2)”",
  );
  // Forcing UTF-8 shows what a wrong guess would look like; back to GB18030.
  await page.getByTestId(`sheet-tab-orders-gbk`).click();
  await page.getByTestId("import-encoding").selectOption("utf-8");
  await page.waitForFunction(() => !document.querySelector("[data-cell=A1]")?.textContent?.includes("客户"));
  await page.getByTestId("import-encoding").selectOption("gb18030");
  await page.waitForFunction(() => document.querySelector("[data-cell=A1]")?.textContent === "客户编号");

  // 5. An .xlsx made here with excelts: the orders' first 300 rows with real date cells, and a
  // second worksheet. Each worksheet becomes a sheet; dates are shown as dates; RFM runs on it.
  const xlsx = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "preview-")), "orders.xlsx");
  const made = new Workbook();
  const ws = made.addWorksheet("Orders");
  const csvRows = fs.readFileSync(RFM_ORDERS, "utf8").trim().split(/\r?\n/).slice(1, 301);
  ws.addRow(["customer", "order date", "revenue"]);
  for (const line of csvRows) {
    const [id, date, revenue] = line.split(",");
    ws.addRow([JSON.parse(id!) as string, new Date(`${date}T00:00:00Z`), Number(revenue)]);
  }
  ws.getColumn(2).numFmt = "yyyy-mm-dd";
  made.addWorksheet("Notes").addRow(["Made by the browser test"]);
  fs.writeFileSync(xlsx, new Uint8Array(await made.xlsx.writeBuffer()));
  await openFile(page, xlsx);
  await page.getByTestId("sheet-tab-Notes").waitFor();
  expect(await page.getByTestId("sheet-size").innerText()).toContain("301 rows × 3 columns");
  expect([await cell(page, "A2"), await cell(page, "B2"), await cell(page, "C2")]).toEqual([
    "Brion Stark",
    "2004-12-20", // a date cell, shown with its format
    "32",
  ]);
  await page.getByTestId("analysis-columns").click();
  expect(await page.getByTestId("analysis-role-date").inputValue()).toBe("1");
  await page.getByTestId("analysis-run").click();
  await page.getByTestId("analysis-result").waitFor({ timeout: 30_000 });
  const customers300 = new Set(csvRows.map((l) => l.split(",")[0])).size;
  expect(await page.getByTestId("analysis-result").innerText()).toContain(
    `Wrote ${customers300} customers to sheet “RFM (3)”`,
  );
  await page.screenshot({ path: path.join(ARTIFACTS, "app-xlsx.png"), fullPage: true });

  // 6. Paste a block copied from a spreadsheet.
  await page
    .getByTestId("import-paste")
    .fill("customer\tdate\tamount\nA\t2025-01-02\t10\nB\t2025-01-03\t-2.5\n");
  await page.getByTestId("import-paste-add").click();
  await page.getByTestId("sheet-tab-Pasted").waitFor();
  expect(await page.getByTestId("sheet-size").innerText()).toContain("3 rows × 3 columns");
  expect([await cell(page, "A2"), await cell(page, "B3"), await cell(page, "C3")]).toEqual([
    "A",
    "2025-01-03",
    "-2.5",
  ]);
  await page.screenshot({ path: path.join(ARTIFACTS, "app-pasted.png"), fullPage: true });

  // 7. Three formulas on the formula sheet, RFM.TABLE over the opened orders.
  await page.getByTestId("sheet-tab-rfm_data_orders").click();
  await page.getByTestId("sheet-tab-formulas").click();
  await page.waitForFunction(
    () => !(document.querySelector("[data-testid=formula-input]") as HTMLInputElement | null)?.disabled,
    null,
    { timeout: 20_000 },
  );
  await page.getByTestId("formula-copy").click();
  const enter = async (at: string, text: string) => {
    await page.getByTestId("formula-cell").fill(at);
    await page.getByTestId("formula-input").fill(text);
    await page.getByTestId("formula-input").press("Enter");
  };
  const valueOf = async (at: string) => {
    await page.getByTestId("formula-cell").fill(at);
    return page.getByTestId("formula-value").innerText();
  };
  await enter("H1", "=RFM.CODE(5,4,3)");
  for (const [i, v] of [-10000, 3000, 4200, 6800].entries()) await enter(`J${i + 1}`, String(v));
  await enter("K1", "=CLV.NPV(J1:J5,0.1)");
  await enter("M1", "=RFM.TABLE(A2:A4907,B2:B4907,C2:C4907)");
  expect(await valueOf("H1")).toBe("H1 = 543");
  expect(await valueOf("K1")).toMatch(/^K1 = 1188\.44/);
  expect(await valueOf("M1")).toBe("M1 = Customer"); // rfmRow.ts header
  expect(await valueOf("M996")).toMatch(/^M996 = \S/); // 995 customers below the header
  expect((await valueOf("M997")).trim()).toBe("M997 =");
  await enter("H2", '=RFM.CODE("abc",4,3)');
  expect(await valueOf("H2")).toMatch(/^H2 = #VALUE! — RFM\.CODE: /); // the function's message
  expect(await page.locator("[data-testid=formula-grid] [data-cell=H2]").getAttribute("title")).toMatch(
    /^RFM\.CODE: /,
  );
  await page.screenshot({ path: path.join(ARTIFACTS, "app-formulas.png"), fullPage: true });

  // 8. 中文: the pane, the workbook view and the formula messages switch.
  await page.getByTestId("lang-zh").click();
  await page.getByText("公式工作表").waitFor();
  await page.getByText("您的数据").waitFor();
  await page.getByTestId("sheet-tab-RFM").click();
  await page.getByText("将此工作表下载为 .csv").waitFor();
  await page.screenshot({ path: path.join(ARTIFACTS, "app-zh.png"), fullPage: true });

  expect(pageErrors).toEqual([]);
  const report = await net.report(page);
  expect(report.offOrigin).toEqual([]);
  expect(report.cspViolations).toEqual([]);
  await context.close();
}, 180_000);
