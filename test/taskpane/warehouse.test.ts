/**
 * The Warehouse panel's logic without React (issue 14): the compressed summary SQL it shows, run
 * by DuckDB on CDNOW's transactions, pasted back as tab-separated text, parsed and fitted, must
 * give the fits the core computes directly on the same customers (coreClv → fitBgNbd /
 * fitParetoNbd / fitGammaGamma), which in turn match the published CDNOW parameters; the scoring
 * SQL with those parameters, run by DuckDB, gives the core's P(alive) per customer. Bad pastes
 * are refused naming the row, in English and Chinese.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { CrmError } from "../../src/errors";
import { readDateCell } from "../../src/dates";
import {
  bgNbdProbabilityAlive,
  fitBgNbd,
  fitGammaGamma,
  fitParetoNbd,
  paretoNbdProbabilityAlive,
  BgNbdParams,
  ParetoNbdParams,
} from "../../src/clv";
import { DuckDb, Row, writeTransactionsCsv } from "../sql/engines";
import { cdnow, coreClv } from "../sql/fixtures";
import { expectClose } from "../helpers/tolerance";
import { fitPastedSummaries } from "../../taskpane/warehouse/fitPasted";
import { readPurchaseSummary, readSpendSummary } from "../../taskpane/warehouse/pastedSummary";
import {
  DEFAULT_WAREHOUSE_SETTINGS,
  WarehouseSettings,
  customerSql,
  scoreSql,
  spendSql,
  summarySql,
} from "../../taskpane/warehouse/warehouseSql";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-wh-"));
const settings: WarehouseSettings = { ...DEFAULT_WAREHOUSE_SETTINGS, asOf: "1997-09-30", unit: "weeks" };
const core = [...coreClv(cdnow(), { unit: "weeks", calibrationEnd: readDateCell("1997-09-30") }).values()];
const col = <K extends keyof (typeof core)[number]>(k: K) => core.map((c) => c[k] as number);
let duck: DuckDb;

/** A query result as a warehouse console copies it: a header row, then tab-separated rows. */
const asPasted = (rows: Row[]) =>
  [Object.keys(rows[0]!).join("\t"), ...rows.map((r) => Object.values(r).map(String).join("\t"))].join("\n");

beforeAll(async () => {
  writeTransactionsCsv(cdnow(), path.join(dir, "cdnow.csv"));
  duck = await DuckDb.open();
  await duck.load("transactions", path.join(dir, "cdnow.csv"), false);
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const relClose = (a: number, b: number, rel: number) => expectClose(a, b, rel * Math.abs(b));

describe("summary SQL → pasted → fitted = the core's fit on the same customers (CDNOW, weeks)", () => {
  let pasted: string, spendPasted: string;
  beforeAll(async () => {
    pasted = asPasted(await duck.query(summarySql(settings)));
    spendPasted = asPasted(await duck.query(spendSql({ ...settings, spendDecimals: 6 })));
  });

  it("the compressed summary holds the core's 2,349 customers in far fewer rows", () => {
    const s = readPurchaseSummary(pasted);
    // CDNOW has 2,357 customers; 8 bought only for $0, and a purchase is an amount > 0.
    expect(core.length).toBe(2349);
    expect(s.weights.reduce((a, b) => a + b, 0)).toBe(2349);
    expect(s.x.length).toBeLessThan(1500);
  });

  // The same likelihood on the same customers; the minimiser stops within its gradient tolerance,
  // so parameters agree to ~1e-6 (the rows come in another order), the log-likelihood far closer.
  it("BG/NBD and Gamma-Gamma: the core's direct fits", () => {
    const fit = fitPastedSummaries(settings, pasted, spendPasted);
    const direct = fitBgNbd(col("x"), col("tx"), col("T"), { covariance: false });
    expect(fit.customers).toBe(2349);
    const p = fit.purchase as BgNbdParams;
    for (const k of ["r", "alpha", "a", "b"] as const) relClose(p[k], direct[k], 1e-5);
    relClose(fit.purchaseLogLikelihood, direct.logLikelihood, 1e-10);
    // Gamma-Gamma on the 946 repeaters (spend to 6 decimals): the direct fit, and the published
    // p = 6.25, q = 3.74, γ = 15.44 (the $0 customers never repeat, so the repeaters are the paper's).
    const gg = fitGammaGamma(col("x"), col("meanRepeatSpend"), { covariance: false });
    expect(fit.spendCustomers).toBe(946);
    for (const k of ["p", "q", "gamma"] as const) relClose(fit.spend![k], gg[k], 1e-5);
    relClose(fit.spendLogLikelihood!, gg.logLikelihood, 1e-9);
    expectClose(fit.spend!.p, 6.25, 0.015);
    expectClose(fit.spend!.q, 3.74, 0.015);
    expectClose(fit.spend!.gamma, 15.44, 0.015);
  });

  it("Pareto/NBD: the core's direct fit", () => {
    const fit = fitPastedSummaries({ ...settings, model: "pnbd" }, pasted);
    const direct = fitParetoNbd(col("x"), col("tx"), col("T"), { covariance: false });
    const p = fit.purchase as ParetoNbdParams;
    for (const k of ["r", "alpha", "s", "beta"] as const) relClose(p[k], direct[k], 1e-5);
    relClose(fit.purchaseLogLikelihood, direct.logLikelihood, 1e-10);
    expect(fit.spend).toBeUndefined();
  });

  it.each(["bgnbd", "pnbd"] as const)(
    "%s scoring SQL with the fitted parameters: DuckDB gives the core's P(alive) for every customer",
    async (model) => {
      const fit = fitPastedSummaries({ ...settings, model }, pasted, spendPasted);
      const sql = scoreSql(settings, fit);
      expect(sql).toContain(`r=${fit.purchase.r}`);
      const rows = await duck.query(sql);
      expect(rows.length).toBe(2349);
      let worst = 0;
      for (const r of rows) {
        const [x, tx, T] = [Number(r.x), Number(r.t_x), Number(r.T)];
        const alive =
          fit.purchase.model === "bgnbd"
            ? bgNbdProbabilityAlive(fit.purchase, x, tx, T)
            : paretoNbdProbabilityAlive(fit.purchase, x, tx, T);
        worst = Math.max(worst, Math.abs(Number(r.p_alive) - alive));
      }
      expect(worst).toBeLessThan(1e-9);
    },
    60_000,
  );

  it("spend rounded to cents (the panel's default) still fits close to the exact-spend fit", async () => {
    const cents = asPasted(await duck.query(spendSql(settings)));
    const s = readSpendSummary(cents);
    expect(s.weights.reduce((a, b) => a + b, 0)).toBe(946);
    const exact = fitGammaGamma(col("x"), col("meanRepeatSpend"), { covariance: false });
    const fit = fitPastedSummaries(settings, pasted, cents).spend!;
    for (const k of ["p", "q", "gamma"] as const) relClose(fit[k], exact[k], 1e-3);
  });
});

describe("bad pastes: clear messages naming the row, in both languages", () => {
  const error = (f: () => unknown): CrmError => {
    try {
      f();
    } catch (e) {
      return e as CrmError;
    }
    throw new Error("no error");
  };
  it("a missing column names it and what the first row reads", () => {
    const e = error(() => readPurchaseSummary("x\tt_x\tcustomers\n1\t2\t3\n"));
    expect(e.text.en).toMatch(/missing T/);
    expect(e.text.en).toMatch(/first row reads: x, t_x, customers/);
    expect(e.text.zh).toMatch(/缺少 T/);
  });
  it("a header and no rows, or nothing at all", () => {
    expect(error(() => readPurchaseSummary("x\tt_x\tT\tcustomers\n")).text.en).toMatch(/no rows/);
    expect(error(() => readPurchaseSummary("")).text.en).toMatch(/header row/);
  });
  it("a bad cell names the pasted row (header = row 1) and shows it", () => {
    const text = "x\tt_x\tT\tcustomers\n0\t0\t38\t10\n2\tabc\t38\t4\n";
    const e = error(() => readPurchaseSummary(text));
    expect(e.text.en).toMatch(/row 3 \(the header is row 1\), which reads “2 \| abc \| 38 \| 4”: t_x/);
    expect(e.text.zh).toMatch(/第 3 行（表头为第 1 行），内容为“2 \| abc \| 38 \| 4”：t_x/);
    expect(e.text.en).not.toMatch(/Row 3/); // said once
  });
  it("t_x after T, a fractional or zero customer count, a repeater without spend", () => {
    expect(error(() => readPurchaseSummary("x\tt_x\tT\tcustomers\n1\t40\t38\t1\n")).text.en).toMatch(/row 2/);
    expect(error(() => readPurchaseSummary("x\tt_x\tT\tcustomers\n1\t4\t38\t1.5\n")).text.en).toMatch(
      /row 2.*customers must be a whole number/,
    );
    expect(error(() => readPurchaseSummary("x\tt_x\tT\tcustomers\n1\t4\t38\t0\n")).text.en).toMatch(/row 2/);
    expect(
      error(() => readSpendSummary("x\tmean_repeat_spend\tcustomers\n1\t20\t3\n2\t0\t1\n")).text.en,
    ).toMatch(/row 3.*mean repeat spend/);
  });
  it("column names in any case (Snowflake upper-cases them), extra columns ignored", () => {
    const s = readPurchaseSummary(
      "X\tT_X\tT\tCUSTOMERS\tHOLDOUT_PURCHASES\n0\t0\t38\t5\t1\n3\t20\t38\t2\t0\n",
    );
    expect(s).toEqual({ x: [0, 3], tx: [0, 20], T: [38, 38], weights: [5, 2] });
  });
});

describe("the SQL the panel shows", () => {
  it("is the core generator's, with the page's options and label language", () => {
    // DuckDB (the page's default dialect) types each label as an ENUM literal.
    expect(customerSql(settings, "zh")).toContain("THEN CAST('重要价值客户' AS ENUM(");
    expect(customerSql(settings, "en")).toContain("THEN CAST('Important value' AS ENUM(");
    expect(customerSql({ ...settings, dialect: "postgres" }, "zh")).toContain("THEN '重要价值客户'");
    expect(summarySql({ ...settings, dialect: "bigquery" })).toContain("dialect bigquery");
    expect(() => summarySql({ ...settings, decimals: "x" })).toThrow(CrmError);
    expect(() => customerSql({ ...settings, asOf: "not a date" }, "en")).toThrow(CrmError);
  });
});
