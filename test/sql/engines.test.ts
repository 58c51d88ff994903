/**
 * Truth across engines (issue 14 item 4): the generated SQL, run on DuckDB (official Node
 * package) and on a real PostgreSQL server, gives the core's results — RFM scores, codes,
 * segments, types, tiers and customer counts identical; the CLV summary's x and holdout counts
 * identical, t_x and T identical (exact day counts / unit), z̄ within 1e-12 (sums in another
 * order); model scores within 1e-9 of the core's functions.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { rfmSql } from "../../src/sql/rfmSql";
import { clvSummarySql, compressedSummarySql, gammaGammaSql } from "../../src/sql/clvSql";
import { scoringSql } from "../../src/sql/scoringSql";
import { rowChecksSql } from "../../src/sql/rowChecksSql";
import { customerTable } from "../../src/customers";
import { SqlDialect } from "../../src/sql/dialect";
import { RfmSqlOptions } from "../../src/sql/options";
import { readDateCell } from "../../src/dates";
import {
  bgNbdConditionalExpectedPurchases,
  bgNbdProbabilityAlive,
  discountedClv,
  gammaGammaExpectedSpend,
  paretoNbdConditionalExpectedPurchases,
  paretoNbdProbabilityAlive,
  BgNbdParams,
  ParetoNbdParams,
} from "../../src/clv";
import { DuckDb, Postgres, Row, Transactions, postgresBin, writeTransactionsCsv } from "./engines";
import { CoreClvRow, cdnow, coreClv, coreRfm, generated, rfmSample } from "./fixtures";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-sql-"));
fs.chmodSync(dir, 0o755);
const sets: Record<string, Transactions> = {
  rfm: rfmSample(),
  cdnow: cdnow(),
  generated: generated(20000, 3000, 14),
  orders: generated(8000, 1500, 15, true),
};
for (const [name, t] of Object.entries(sets)) writeTransactionsCsv(t, path.join(dir, `${name}.csv`));
const source = (withOrders: boolean) => ({
  table: "tx",
  customer: "customer_id",
  date: "order_date",
  amount: "amount",
  ...(withOrders ? { order: "order_id" } : {}),
});

const NUMERIC = [
  "frequency",
  "monetary",
  "r_score",
  "f_score",
  "m_score",
  "rfm_code",
  "x",
  "t_x",
  "T",
  "mean_repeat_spend",
  "holdout_purchases",
  "customers",
  "p_alive",
  "expected_purchases",
  "expected_spend",
  "clv",
  "rows_read",
  "no_id",
  "bad_date",
  "bad_amount",
  "before_period",
  "after_as_of",
  "no_order_id",
  "no_purchase",
  "rows_used",
];

interface Engine {
  readonly name: SqlDialect;
  load(set: string): Promise<void>;
  query(sql: string): Promise<Row[]>;
}

const bin = postgresBin();
let duck: DuckDb;
let pg: Postgres | undefined;
const engines: Engine[] = [];

beforeAll(async () => {
  duck = await DuckDb.open();
  engines.push({
    name: "duckdb",
    load: (set) => duck.load("tx", path.join(dir, `${set}.csv`), set === "orders"),
    query: (sql) => duck.query(sql),
  });
  if (bin) {
    pg = Postgres.start(bin);
    const server = pg;
    engines.push({
      name: "postgres",
      load: async (set) => server.load("tx", path.join(dir, `${set}.csv`), set === "orders"),
      query: async (sql) => server.query(sql, NUMERIC),
    });
  } else {
    process.stderr.write(
      "PostgreSQL server binaries not found under /usr/lib/postgresql (apt-get install -y postgresql): PostgreSQL agreement skipped, DuckDB still checked.\n",
    );
  }
}, 120000);

afterAll(() => {
  pg?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const rfmCases: {
  set: string;
  options: Omit<RfmSqlOptions, "dialect" | "source">;
  thresholdsR?: number[];
}[] = [
  { set: "rfm", options: { asOf: "2006-12-31", method: "rfm" } },
  { set: "rfm", options: { asOf: "2006-12-31", method: "quantile" } },
  { set: "rfm", options: { asOf: "2006-12-31", method: "rfm", perSpelling: true } },
  { set: "cdnow", options: { method: "quantile", bins: 4, recencyUnit: "weeks" } },
  { set: "cdnow", options: { method: "rfm", recencyUnit: "months" } },
  // Per spelling without an as-of date (blank ids kept out of as_of by a CASE), on both engines;
  // and the one-level steps on DuckDB, where per spelling is the default.
  { set: "cdnow", options: { method: "rfm", recencyUnit: "months", perSpelling: true } },
  { set: "generated", options: { method: "rfm", bins: 3, recencyUnit: "weeks", perSpelling: true } },
  {
    set: "generated",
    options: { method: "quantile", asOf: "2024-11-30", periodStart: "2023-03-01", perSpelling: false },
  },
  { set: "generated", options: { method: "quantile", asOf: "2024-11-30", periodStart: "2023-03-01" } },
  { set: "generated", options: { method: "rfm", bins: 3, recencyUnit: "weeks" } },
  {
    set: "generated",
    options: { method: "quantile", thresholds: { r: [7, 30, 60, 120] } },
    thresholdsR: [7, 30, 60, 120],
  },
  { set: "orders", options: { method: "quantile", asOf: "2024-12-31" } },
];

/** Engine rows vs core rows: every field identical; returns the mismatches (expected: none). */
function compareRfm(sqlRows: Row[], core: ReturnType<typeof coreRfm>): string[] {
  const bad: string[] = [];
  if (sqlRows.length !== core.size) bad.push(`customers: SQL ${sqlRows.length}, core ${core.size}`);
  for (const r of sqlRows) {
    const c = core.get(String(r.customer_key));
    if (!c) {
      bad.push(`SQL customer ${String(r.customer_key)} not in the core`);
      continue;
    }
    for (const k of [
      "first_purchase",
      "last_purchase",
      "frequency",
      "r_score",
      "f_score",
      "m_score",
      "rfm_code",
      "segment",
      "rfm_type",
      "value_tier",
    ] as const)
      if (r[k] !== c[k]) bad.push(`${c.key} ${k}: SQL ${String(r[k])}, core ${String(c[k])}`);
    if (Math.abs(Number(r.monetary) - c.monetary) > 1e-9 * Math.max(1, Math.abs(c.monetary)))
      bad.push(`${c.key} monetary: SQL ${String(r.monetary)}, core ${c.monetary}`);
  }
  return bad.slice(0, 10);
}

describe.each(["duckdb", "postgres"] as const)("%s agrees with the core", (name) => {
  const engine = () => engines.find((e) => e.name === name);
  const skip = name === "postgres" && !bin;
  (skip ? it.skip : it).each(rfmCases)(
    "RFM table: $set $options",
    async ({ set, options, thresholdsR }) => {
      const e = engine()!;
      await e.load(set);
      const sql = rfmSql({ dialect: name, source: source(set === "orders"), ...options });
      const rows = await e.query(sql);
      const core = coreRfm(
        sets[set]!,
        { ...options, thresholds: undefined } as never,
        thresholdsR ? { r: thresholdsR } : undefined,
      );
      expect(compareRfm(rows, core)).toEqual([]);
    },
    180000,
  );
});

const serial = (iso: string) => readDateCell(iso);
const clvCases = [
  { set: "cdnow", unit: "weeks" as const, calibrationEnd: "1997-09-30", holdoutEnd: "1998-06-30" },
  {
    set: "generated",
    unit: "days" as const,
    calibrationEnd: "2024-06-30",
    holdoutEnd: "2024-12-31",
    mergeDays: 3,
  },
  { set: "rfm", unit: "months" as const, asOf: "2006-12-31" },
];

function compareClv(rows: Row[], core: Map<string, CoreClvRow>): string[] {
  const bad: string[] = [];
  if (rows.length !== core.size) bad.push(`customers: SQL ${rows.length}, core ${core.size}`);
  for (const r of rows) {
    const c = core.get(String(r.customer_key));
    if (!c) bad.push(`SQL customer ${String(r.customer_key)} not in the core`);
    else if (
      r.x !== c.x ||
      r.t_x !== c.tx ||
      r.T !== c.T ||
      (c.holdout !== undefined && r.holdout_purchases !== c.holdout)
    )
      bad.push(`${String(r.customer_key)}: SQL ${JSON.stringify(r)}, core ${JSON.stringify(c)}`);
    else if (
      Math.abs(Number(r.mean_repeat_spend) - c.meanRepeatSpend) >
      1e-12 * Math.max(1, c.meanRepeatSpend)
    )
      bad.push(`${String(r.customer_key)} z̄: SQL ${String(r.mean_repeat_spend)}, core ${c.meanRepeatSpend}`);
  }
  return bad.slice(0, 10);
}

const coreOf = (c: (typeof clvCases)[number]) =>
  coreClv(sets[c.set]!, {
    unit: c.unit,
    asOf: c.asOf,
    calibrationEnd: serial(c.calibrationEnd ?? c.asOf!),
    holdoutEnd: c.holdoutEnd === undefined ? undefined : serial(c.holdoutEnd),
    mergeDays: c.mergeDays,
  });

const bg: BgNbdParams = { model: "bgnbd", r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const pnbd: ParetoNbdParams = { model: "pnbd", r: 0.553, alpha: 10.58, s: 0.606, beta: 11.67 };
const gg = { model: "gammagamma" as const, p: 6.25, q: 3.74, gamma: 15.44 };

describe.each(["duckdb", "postgres"] as const)("%s CLV summaries and scores agree with the core", (name) => {
  const engine = () => engines.find((e) => e.name === name)!;
  const run = name === "postgres" && !bin ? it.skip : it;
  run.each(clvCases)(
    "per-customer summary, compressed summary, Gamma-Gamma input: $set $unit",
    async (c) => {
      const { set, ...rest } = c;
      const o = { dialect: name, source: source(false), ...rest };
      await engine().load(set);
      const core = coreOf(c);
      expect(compareClv(await engine().query(clvSummarySql(o)), core)).toEqual([]);
      // The compressed summary is the core's customers grouped by (x, t_x, T).
      const groups = new Map<string, { n: number; h: number }>();
      for (const v of core.values()) {
        const g = groups.get(`${v.x}|${v.tx}|${v.T}`) ?? { n: 0, h: 0 };
        groups.set(`${v.x}|${v.tx}|${v.T}`, { n: g.n + 1, h: g.h + (v.holdout ?? 0) });
      }
      const compressed = await engine().query(compressedSummarySql(o));
      expect(compressed.length).toBe(groups.size);
      for (const r of compressed) {
        const g = groups.get(`${String(r.x)}|${String(r.t_x)}|${String(r.T)}`);
        expect([r.customers, c.holdoutEnd ? r.holdout_purchases : 0]).toEqual([g?.n, g?.h]);
      }
      const ggRows = await engine().query(gammaGammaSql(o));
      expect(ggRows.length).toBe([...core.values()].filter((v) => v.x > 0).length);
    },
    180000,
  );

  run.each([
    { set: "cdnow", model: bg },
    { set: "cdnow", model: pnbd },
    { set: "generated", model: { ...bg, alpha: 40, a: 1.3 } },
    { set: "generated", model: { ...pnbd, alpha: 30, beta: 90, s: 1.4 } },
  ])(
    "scores $set $model.model within 1e-9 of the core",
    async ({ set, model }) => {
      const unit = set === "cdnow" ? "weeks" : "days";
      const calibrationEnd = set === "cdnow" ? "1997-09-30" : "2024-06-30";
      await engine().load(set);
      const horizon = unit === "weeks" ? 52 : 364;
      const sql = scoringSql({
        dialect: name,
        source: source(false),
        unit,
        calibrationEnd,
        purchaseModel: model,
        spendModel: gg,
      });
      const rows = await engine().query(sql);
      const core = coreClv(sets[set]!, { unit, calibrationEnd: serial(calibrationEnd) });
      expect(rows.length).toBe(core.size);
      let worst = 0;
      const off = (a: unknown, b: number) => Math.abs(Number(a) - b) / Math.max(1, Math.abs(b));
      for (const r of rows) {
        const c = core.get(String(r.customer_key))!;
        const alive =
          model.model === "bgnbd"
            ? bgNbdProbabilityAlive(model, c.x, c.tx, c.T)
            : paretoNbdProbabilityAlive(model, c.x, c.tx, c.T);
        const expected =
          model.model === "bgnbd"
            ? bgNbdConditionalExpectedPurchases(model, horizon, c.x, c.tx, c.T)
            : paretoNbdConditionalExpectedPurchases(model, horizon, c.x, c.tx, c.T);
        const spend = gammaGammaExpectedSpend(gg, c.x, Number(r.mean_repeat_spend));
        const clv = discountedClv(model, spend, c, {
          modelUnit: unit,
          periodUnit: "months",
          periods: 12,
          annualDiscountRate: 0.1,
        }).clv;
        worst = Math.max(
          worst,
          off(r.p_alive, alive),
          off(r.expected_purchases, expected),
          off(r.expected_spend, spend),
          off(r.clv, clv),
        );
      }
      expect(worst).toBeLessThan(1e-9);
    },
    300000,
  );
});

describe.each(["duckdb", "postgres"] as const)(
  "%s row checks agree with the core's rejected rows",
  (name) => {
    const run = name === "postgres" && !bin ? it.skip : it;
    run.each([
      { set: "generated", asOf: "2024-06-30", periodStart: "2023-02-01" },
      { set: "orders", asOf: undefined, periodStart: undefined },
    ])(
      "$set",
      async ({ set, asOf, periodStart }) => {
        const e = engines.find((x) => x.name === name)!;
        await e.load(set);
        const [row] = await e.query(
          rowChecksSql({ dialect: name, source: source(set === "orders"), asOf, periodStart }),
        );
        const t = sets[set]!;
        const table = customerTable(t.ids, t.dates, t.amounts, { asOf, periodStart, orderIds: t.orders });
        const by = (r: string) => table.rejected.filter((x) => x.reason === r).length;
        expect(Object.fromEntries(Object.entries(row!).map(([k, v]) => [k, Number(v ?? 0)]))).toEqual({
          rows_read: table.rowsRead,
          no_id: by("noId"),
          bad_date: by("badDate"),
          bad_amount: by("badAmount"),
          before_period: table.rowsBeforePeriod,
          after_as_of: by("afterAsOf"),
          no_order_id: by("noOrderId"),
          no_purchase: by("noPurchase"),
          rows_used: table.rowsUsed,
        });
      },
      180000,
    );
  },
);
