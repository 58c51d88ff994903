/**
 * The command line on small files: every command, CSV and Parquet in and out, xlsx when the
 * package is there, the results equal to the core's (RFM scores, the CDNOW fit), clear errors
 * and exit codes. The bin entry itself is run once as a child process (fresh-clone path).
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../cli/main";
import { DuckDb, writeTransactionsCsv } from "./engines";
import { cdnow, coreRfm, generated, keyOf } from "./fixtures";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-cli-"));
const tx = path.join(dir, "tx.csv");
const cd = path.join(dir, "cdnow.csv");
const data = generated(5000, 800, 21);
writeTransactionsCsv(data, tx);
writeTransactionsCsv(cdnow(), cd);
const out = (name: string) => path.join(dir, name);

let stderr = "";
let stdout = "";
beforeEach(() => {
  stderr = stdout = "";
  jest.spyOn(process.stderr, "write").mockImplementation((s) => ((stderr += String(s)), true));
  jest.spyOn(process.stdout, "write").mockImplementation((s) => ((stdout += String(s)), true));
});
afterEach(() => jest.restoreAllMocks());
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function readBack(file: string, keyed = true) {
  const duck = await DuckDb.open();
  const reader = file.endsWith(".parquet")
    ? `read_parquet('${file}')`
    : `read_csv('${file}', header = true${keyed ? ", types = {'customer_key': 'VARCHAR'}" : ""})`;
  return duck.query(`SELECT * FROM ${reader}`);
}

describe("crm-analytics", () => {
  it("rfm: CSV in, Parquet out, scores identical to the core", async () => {
    expect(await main(["rfm", tx, "--out", out("rfm.parquet"), "--as-of", "2024-12-31"])).toBe(0);
    expect(stderr).toMatch(/wrote [\d,]+ rows to .*rfm\.parquet/);
    const rows = await readBack(out("rfm.parquet"));
    const core = coreRfm(data, { asOf: "2024-12-31" });
    expect(rows.length).toBe(core.size);
    for (const r of rows) {
      const c = core.get(String(r.customer_key))!;
      expect([r.r_score, r.f_score, r.m_score, r.segment, r.rfm_type, r.value_tier]).toEqual([
        c.r_score,
        c.f_score,
        c.m_score,
        c.segment,
        c.rfm_type,
        c.value_tier,
      ]);
    }
  });

  it("summary, fit and score on CDNOW: the published Gamma-Gamma fit and the core's BG/NBD", async () => {
    const cal = ["--unit", "weeks", "--calibration-end", "1997-09-30"];
    expect(await main(["summary", cd, ...cal, "--out", out("summary.csv")])).toBe(0);
    const summary = await readBack(out("summary.csv"), false);
    expect(summary.reduce((s, r) => s + Number(r.customers), 0)).toBe(2349);
    expect(summary.reduce((s, r) => s + Number(r.x) * Number(r.customers), 0)).toBe(2457);
    expect(await main(["fit", out("summary.csv"), "--out", out("p.json")])).toBe(0);
    const fromSummary = JSON.parse(fs.readFileSync(out("p.json"), "utf8"));
    expect(await main(["fit", cd, ...cal, "--out", out("params.json")])).toBe(0);
    const params = JSON.parse(fs.readFileSync(out("params.json"), "utf8"));
    expect(params.bgnbd).toEqual(fromSummary.bgnbd); // the same compressed data, the same fit
    expect(params.bgnbd.r).toBeCloseTo(0.2439, 4); // 2,349 customers (8 $0-only buyers left out, see clvReport)
    expect(
      [params.gammagamma.p, params.gammagamma.q, params.gammagamma.gamma].map((v: number) => +v.toFixed(2)),
    ).toEqual([6.25, 3.74, 15.44]);
    expect(
      await main(["score", cd, ...cal, "--params", out("params.json"), "--out", out("scores.parquet")]),
    ).toBe(0);
    const scores = await readBack(out("scores.parquet"));
    expect(scores.length).toBe(2349);
    expect(scores.every((r) => Number(r.p_alive) >= 0 && Number(r.p_alive) <= 1 && Number(r.clv) >= 0)).toBe(
      true,
    );
  });

  it("sql prints the SQL of a dialect to stdout", async () => {
    expect(
      await main([
        "sql",
        "--dialect",
        "bigquery",
        "--piece",
        "compressed",
        "--table",
        "shop.orders",
        "--unit",
        "weeks",
      ]),
    ).toBe(0);
    expect(stdout).toContain("FROM shop.orders");
    expect(stdout).toContain("DATE_DIFF(");
    expect(stderr).toBe("");
  });

  it("xlsx when the result fits a sheet: read back, ids and texts as strings, numbers as numbers", async () => {
    const code = await main(["rfm", tx, "--out", out("rfm.xlsx")]);
    expect(code).toBe(0);
    const { Workbook } = await import("@cj-tech-master/excelts");
    const wb = new Workbook();
    await wb.xlsx.readFile(out("rfm.xlsx"));
    const ws = wb.worksheets[0]!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header.length).toBeGreaterThan(5);
    expect(ws.rowCount).toBeGreaterThan(1);
    const first = (ws.getRow(2).values as unknown[]).slice(1);
    expect(first.some((v) => typeof v === "number")).toBe(true);
    for (let r = 2; r <= ws.rowCount; r++)
      ws.getRow(r).eachCell((cell) => expect(cell.formula).toBeUndefined());
  });

  it.each([
    [["rfm", "/nope.csv", "--out", "x.csv"], 1, "no such file"],
    [["rfm", tx, "--out", "x.csv", "--customer", "client"], 1, 'no column "client"'],
    [["rfm", tx, "--out", "x.json"], 2, ".csv, .parquet or .xlsx"],
    [["rfm", tx], 2, "--out"],
    [["rfm", tx, "--out", "x.csv", "--bins", "12"], 2, "bins"],
    [["rfm", tx, "--out", "x.csv", "--colour", "red"], 2, "Unknown option --colour"],
    [["frobnicate"], 2, "Unknown command"],
    [["sql", "--dialect", "oracle"], 2, "dialect"],
  ] as const)("%j exits %i saying %s", async (argv, code, text) => {
    expect(await main(argv)).toBe(code);
    expect(stderr).toContain(text);
  });

  it("a CSV that is not one is a data error", async () => {
    fs.writeFileSync(out("bad.csv"), "customer_id,order_date,amount\nA,not a date,1\n");
    expect(await main(["rfm", out("bad.csv"), "--out", out("bad-out.csv")])).toBe(0); // the row is skipped, as the core rejects it
    expect(stderr).toContain("wrote 0 rows");
  });

  it("speaks Chinese with --lang zh, and --help lists every command", async () => {
    expect(await main(["rfm", "/nope.csv", "--out", "x.csv", "--lang", "zh"])).toBe(1);
    expect(stderr).toContain("文件不存在");
    expect(await main(["--help"])).toBe(0);
    for (const c of ["rfm", "summary", "fit", "score", "sql"]) expect(stdout).toContain(`  ${c} `);
  });

  it("runs from the bin entry (transpiled on load, no build step)", () => {
    const bin = path.join(__dirname, "../../bin/crm-analytics.cjs");
    const r = spawnSync(process.execPath, [bin, "rfm", tx, "--out", out("bin.csv"), "--quiet"], {
      encoding: "utf8",
    });
    expect([r.status, r.stderr]).toEqual([0, ""]);
    expect(execFileSync(process.execPath, [bin, "--help"], { encoding: "utf8" })).toContain("crm-analytics");
    expect(fs.readFileSync(out("bin.csv"), "utf8").split("\n")[0]).toContain("r_score");
    expect(keyOf(" X ")).toBe("x");
  });
});
