/**
 * The big-file drive of the built preview (issue 11, "a 1,048,575-row CSV opens with progress and
 * the one run goes end to end ≤ 15 s"): writes a synthetic export of orders (Excel's last row
 * with a header above; ~100,000 customers, two years of dates, text ids, amounts with cents),
 * opens it through the page's file input, watches the import progress, then runs the one run
 * (every analysis ticked: RFM + lifecycle + CLV → Customers and Summary sheets) and returns the
 * times, with the page's own performance measures ("preview:…", "run:…") as the breakdown.
 * Used by bench/previewBig.bench.ts and test/browser/bigFileProgress.test.ts. Run alone:
 * `npm run build`, then
 * `TS_NODE_TRANSPILE_ONLY=1 npx ts-node -O '{"module":"commonjs","moduleResolution":"node10"}' test/browser/bigFile.ts`.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Page } from "playwright-core";
import { seededUniform } from "../../src/random";

export const EXCEL_ROWS = 1_048_575;

/**
 * Writes `rows` orders (plus the header) to `file`; deterministic (seed 11). Customers differ as
 * real ones do (what the CLV models need to fit, CRM_MODELS.md §5): customer k of n is drawn with
 * density ∝ 1/√(k/n) (a few buy often, most rarely), and buys only inside their own active span
 * (a first day in the first 20 months, a lifetime up to the end of the two years).
 */
export async function writeOrdersCsv(
  file: string,
  rows = EXCEL_ROWS - 1,
  customers = 100_000,
): Promise<void> {
  const rand = seededUniform(11);
  const first = Float64Array.from({ length: customers }, () => Math.floor(rand() * 600));
  const life = first.map((f) => Math.floor(rand() * rand() * (730 - f)));
  const out = fs.createWriteStream(file);
  out.write("customer_id,order_date,order_id,amount\n");
  const start = Date.UTC(2024, 0, 1);
  for (let i = 0; i < rows; i++) {
    const u = rand();
    const c = Math.floor(u * u * customers);
    const offset = first[c]! + Math.floor(rand() * (life[c]! + 1));
    const day = new Date(start + offset * 86_400_000).toISOString().slice(0, 10);
    const line = `C${String(c + 1).padStart(6, "0")},${day},O${i + 1},${(5 + rand() * 300).toFixed(2)}\n`;
    if (!out.write(line)) await new Promise<void>((r) => out.once("drain", () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
}

/** A temporary directory with the big CSV in it; `dispose` removes it. */
export async function bigCsv(rows = EXCEL_ROWS - 1): Promise<{ file: string; dispose: () => void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "big-"));
  const file = path.join(dir, "orders-1m.csv");
  await writeOrdersCsv(file, rows);
  return { file, dispose: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export interface OpenTiming {
  readonly openMs: number;
  /** Progress percentages seen while opening, in the order painted (the bar's value; −1: none). */
  readonly progress: readonly number[];
}

/** Opens `file` through the file input and waits for the opened caption. */
export async function openBig(page: Page, file: string, timeout = 180_000): Promise<OpenTiming> {
  const t0 = Date.now();
  await page.getByTestId("import-file").setInputFiles(file);
  const name = path.basename(file);
  // Poll the progress caption in the page itself (no round trip per look).
  const watch = page.evaluate((n) => {
    return new Promise<number[]>((resolve) => {
      const out: number[] = [];
      const tick = () => {
        const bar = document.querySelector("[data-testid=import-progress]");
        const now = bar?.getAttribute("aria-valuenow");
        const p = now ? Math.round(100 * Number(now)) : -1;
        if (bar && out[out.length - 1] !== p) out.push(p);
        if (document.body.textContent?.includes(`${n} →`)) resolve(out);
        else requestAnimationFrame(tick);
      };
      tick();
    });
  }, name);
  await page.getByText(`${name} →`).waitFor({ timeout });
  const openMs = Date.now() - t0;
  return { openMs, progress: await watch };
}

/** Runs the one run on the selected sheet (every analysis ticked) and waits for its result. */
export async function runAll(page: Page, timeout = 300_000): Promise<{ runMs: number; result: string }> {
  await page.getByTestId("analysis-columns").click();
  await page.getByTestId("run-customers").waitFor();
  const t0 = Date.now();
  await page.getByTestId("run-customers").click();
  await page.locator("[data-testid=run-done], [data-testid=run-message]").first().waitFor({ timeout });
  const runMs = Date.now() - t0;
  const result = (await page.locator("[data-testid=run-done], [data-testid=run-message]").first().innerText())
    .split("\n")[0]!
    .trim();
  return { runMs, result };
}

/**
 * CPU seconds used so far by the processes below `rootPid` (not itself): run from the Node
 * process that launched Chromium, that is Chromium — browser, renderer with its workers'
 * threads, GPU and utility processes —, from /proc (Linux). On a shared machine the wall time of
 * a step depends on the neighbours; its CPU time does not, much.
 */
export function chromiumCpuSeconds(rootPid: number): number {
  if (!fs.existsSync("/proc")) return NaN;
  const stats = fs
    .readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .map((d) => {
      try {
        // Fields after the parenthesised command: state ppid … utime(14) stime(15), 1-based.
        const f = fs
          .readFileSync(`/proc/${d}/stat`, "utf8")
          .replace(/^.*\) /s, "")
          .split(" ");
        return { pid: Number(d), ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) };
      } catch {
        return undefined;
      }
    })
    .filter((x) => x !== undefined);
  const children = new Map<number, number[]>();
  for (const s of stats) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s.pid]);
  const ticks = new Map(stats.map((s) => [s.pid, s.ticks]));
  let total = 0;
  for (const stack = [rootPid]; stack.length > 0;) {
    const pid = stack.pop()!;
    total += ticks.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total / 100; // USER_HZ
}

/** The page's performance measures (name → ms, summed over repeats). */
export async function pageMeasures(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const m of performance.getEntriesByType("measure")) out[m.name] = (out[m.name] ?? 0) + m.duration;
    return out;
  });
}

async function main(): Promise<void> {
  const { openPreviewBrowser, closePreviewBrowser } = await import("./launch");
  const csv = await bigCsv();
  const env = await openPreviewBrowser();
  try {
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(`${env.server.url}/preview.html`);
    await page.getByTestId("app").waitFor();
    const open = await openBig(page, csv.file);
    const run = await runAll(page);
    process.stdout.write(
      `open ${open.openMs / 1000} s (progress ${open.progress.join(",")}), run ${run.runMs / 1000} s, ` +
        `open + run ${(open.openMs + run.runMs) / 1000} s\n${run.result}\n` +
        JSON.stringify(await pageMeasures(page), null, 1) +
        "\n",
    );
  } finally {
    await closePreviewBrowser(env);
    csv.dispose();
  }
}

if (require.main === module) void main();
