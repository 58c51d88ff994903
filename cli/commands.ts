/**
 * The commands of `crm-analytics` over DuckDB (issue 14 item 2): each builds the SQL of src/sql
 * from its options, runs it on the input file and writes the result, so the numbers are the
 * task pane's (same definitions) on files of any size.
 */
import * as fs from "fs";
import { Lang } from "../src/errors";
import { rfmSql } from "../src/sql/rfmSql";
import { clvSummarySql, compressedSummarySql, gammaGammaSql } from "../src/sql/clvSql";
import { scoringSql, ScoringSqlOptions } from "../src/sql/scoringSql";
import { rowChecksSql } from "../src/sql/rowChecksSql";
import { ClvSqlOptions } from "../src/sql/clvOptions";
import { RfmSqlOptions, TransactionsSource } from "../src/sql/options";
import { SqlDialect } from "../src/sql/dialect";
import {
  BgNbdParams,
  ParetoNbdParams,
  GammaGammaParams,
  fitBgNbd,
  fitParetoNbd,
  fitGammaGamma,
} from "../src/clv";
import { RecencyUnit } from "../src/customers/recency";
import { ClvTimeUnit } from "../src/clv/timeUnit";
import { ScoreMethod } from "../src/rfm/breaks";
import { Args, UsageError, checkKnown, numberOption } from "./args";
import { DataError, attachInput, openDuckDb, readRows, requireColumns, writeResult } from "./io";

export type Say = (en: string, zh: string) => void;

const COLUMN_OPTIONS = ["customer", "date", "amount", "order"];
const CUSTOMER_OPTIONS = [...COLUMN_OPTIONS, "as-of", "period-start", "no-nfc", "out"];
const RFM_OPTIONS = [...CUSTOMER_OPTIONS, "recency-unit", "bins", "method", "tier-cuts", "per-spelling"];
const CLV_OPTIONS = [...CUSTOMER_OPTIONS, "unit", "calibration-end", "holdout-end", "merge-days", "decimals"];
const SCORE_OPTIONS = [
  ...CLV_OPTIONS,
  "params",
  "model",
  "horizon",
  "periods",
  "period-unit",
  "discount",
  "margin",
];

function source(args: Args, table: string): TransactionsSource {
  const o = args.options;
  const order = o.get("order");
  return {
    table,
    customer: o.get("customer") ?? "customer_id",
    date: o.get("date") ?? "order_date",
    amount: o.get("amount") ?? "amount",
    ...(order ? { order } : {}),
  };
}

function customerOptions(args: Args, dialect: SqlDialect, table: string) {
  const o = args.options;
  return {
    dialect,
    source: source(args, table),
    asOf: o.get("as-of"),
    periodStart: o.get("period-start"),
    nfc: !args.flags.has("no-nfc"),
  };
}

export function rfmOptions(args: Args, dialect: SqlDialect, table: string, lang: Lang): RfmSqlOptions {
  const cuts = args.options.get("tier-cuts");
  return {
    ...customerOptions(args, dialect, table),
    recencyUnit: args.options.get("recency-unit") as RecencyUnit | undefined,
    bins: numberOption(args, "bins"),
    method: args.options.get("method") as ScoreMethod | undefined,
    tierCuts: cuts ? cuts.split(",").map(Number) : undefined,
    lang,
    perSpelling: args.flags.has("per-spelling") || undefined, // default: per spelling on DuckDB
  };
}

export function clvOptions(args: Args, dialect: SqlDialect, table: string): ClvSqlOptions {
  const o = args.options;
  return {
    ...customerOptions(args, dialect, table),
    unit: (o.get("unit") ?? "weeks") as ClvTimeUnit,
    calibrationEnd: o.get("calibration-end"),
    holdoutEnd: o.get("holdout-end"),
    mergeDays: numberOption(args, "merge-days"),
    decimals: numberOption(args, "decimals"),
  };
}

/** Parameters written by `fit` (and read by `score` and `sql --piece score`). */
export interface FittedParams {
  readonly unit: ClvTimeUnit;
  readonly customers: number;
  readonly bgnbd?: BgNbdParams & { logLikelihood: number };
  readonly pnbd?: ParetoNbdParams & { logLikelihood: number };
  readonly gammagamma?: GammaGammaParams & { logLikelihood: number };
}

export function scoreOptions(args: Args, dialect: SqlDialect, table: string): ScoringSqlOptions {
  const file = args.options.get("params");
  if (!file)
    throw new UsageError(
      "Give --params <file.json> (written by crm-analytics fit).",
      "请给出 --params <file.json>（由 crm-analytics fit 生成）。",
    );
  if (!fs.existsSync(file)) throw new DataError(`${file}: no such file.`, `${file}：文件不存在。`);
  const p = JSON.parse(fs.readFileSync(file, "utf8")) as FittedParams;
  const model = args.options.get("model") ?? (p.bgnbd ? "bgnbd" : "pnbd");
  const purchaseModel = model === "pnbd" ? p.pnbd : p.bgnbd;
  if (!purchaseModel)
    throw new DataError(
      `${file} has no ${model} parameters: fit with --model ${model}.`,
      `${file} 中没有 ${model} 参数：请用 --model ${model} 拟合。`,
    );
  const o = args.options;
  const clv = clvOptions(args, dialect, table);
  if (o.get("unit") === undefined) Object.assign(clv, { unit: p.unit });
  return {
    ...clv,
    purchaseModel,
    spendModel: p.gammagamma,
    horizon: numberOption(args, "horizon"),
    clv: {
      periods: numberOption(args, "periods"),
      periodUnit: o.get("period-unit") as ClvTimeUnit | undefined,
      annualDiscountRate: numberOption(args, "discount"),
      margin: numberOption(args, "margin"),
    },
  };
}

async function withInput(args: Args, say: Say, needOrder = true) {
  const file = args.positional[0];
  if (!file)
    throw new UsageError(
      `Give the input file: crm-analytics ${args.command} <file.csv|file.parquet>.`,
      `请给出输入文件：crm-analytics ${args.command} <file.csv|file.parquet>。`,
    );
  const c = await openDuckDb();
  const s = source(args, "tx");
  const text = [s.customer, ...(s.order ? [s.order] : [])];
  say(`reading ${file} …`, `正在读取 ${file} …`);
  const cols = await attachInput(c, file, "tx", text);
  if (needOrder)
    requireColumns(file, cols, [
      ["customer", s.customer],
      ["date", s.date],
      ["amount", s.amount],
      ...(s.order ? ([["order", s.order]] as [string, string][]) : []),
    ]);
  return { c, file, cols };
}

function outFile(args: Args): string {
  const out = args.options.get("out");
  if (!out)
    throw new UsageError(
      "Give --out <file.csv|file.parquet|file.xlsx>.",
      "请给出 --out <file.csv|file.parquet|file.xlsx>。",
    );
  return out;
}

async function runToFile(args: Args, say: Say, sql: string, what: { en: string; zh: string }): Promise<void> {
  const out = outFile(args);
  const { c } = await withInput(args, say);
  const t0 = Date.now();
  say(`computing ${what.en} …`, `正在计算${what.zh} …`);
  const n = await writeResult(c, sql, out);
  const s = ((Date.now() - t0) / 1000).toFixed(1);
  say(`wrote ${n.toLocaleString("en")} rows to ${out} (${s} s)`, `已写入 ${n} 行到 ${out}（${s} 秒）`);
}

export async function rfmCommand(args: Args, say: Say, lang: Lang): Promise<void> {
  checkKnown(args, RFM_OPTIONS);
  await runToFile(args, say, rfmSql(rfmOptions(args, "duckdb", "tx", lang)), {
    en: "the RFM table",
    zh: " RFM 表",
  });
}

export async function summaryCommand(args: Args, say: Say): Promise<void> {
  checkKnown(args, [...CLV_OPTIONS, "per-customer", "gamma-gamma", "spend-decimals"]);
  const o = clvOptions(args, "duckdb", "tx");
  const spendDecimals = numberOption(args, "spend-decimals");
  if (args.flags.has("per-customer"))
    return runToFile(args, say, clvSummarySql(o), { en: "the customer summary", zh: "客户摘要" });
  if (args.flags.has("gamma-gamma"))
    return runToFile(args, say, gammaGammaSql(o, spendDecimals), {
      en: "the Gamma-Gamma input",
      zh: " Gamma-Gamma 输入",
    });
  return runToFile(args, say, compressedSummarySql(o), { en: "the compressed summary", zh: "压缩摘要" });
}

export async function scoreCommand(args: Args, say: Say): Promise<void> {
  checkKnown(args, SCORE_OPTIONS);
  await runToFile(args, say, scoringSql(scoreOptions(args, "duckdb", "tx")), {
    en: "the CLV scores",
    zh: " CLV 评分",
  });
}

/** Expands a compressed summary (x, t_x, T, customers) into per-customer columns for the fitters. */
function expand(rows: Record<string, unknown>[]) {
  const x: number[] = [],
    tx: number[] = [],
    T: number[] = [];
  for (const r of rows)
    for (let k = 0; k < Number(r.customers); k++)
      (x.push(Number(r.x)), tx.push(Number(r.t_x)), T.push(Number(r.T)));
  return { x, tx, T };
}

export async function fitCommand(args: Args, say: Say): Promise<void> {
  checkKnown(args, [...CLV_OPTIONS, "model", "spend"]);
  const { c, file, cols } = await withInput(args, say, false);
  const compressed = ["x", "t_x", "T", "customers"].every((k) => cols.includes(k));
  const o = clvOptions(args, "duckdb", "tx");
  if (!compressed)
    requireColumns(file, cols, [
      ["customer", o.source.customer],
      ["date", o.source.date],
      ["amount", o.source.amount],
    ]);
  const summary = await readRows(
    c,
    compressed ? "SELECT x, t_x, T, customers FROM tx" : compressedSummarySql(o),
  );
  const { x, tx, T } = expand(summary);
  say(
    `fitting on ${x.length.toLocaleString("en")} customers (${summary.length} distinct histories) …`,
    `正在拟合 ${x.length} 位客户（${summary.length} 种不同历史）…`,
  );
  const model = args.options.get("model") ?? "bgnbd";
  if (!["bgnbd", "pnbd", "all"].includes(model))
    throw new UsageError(
      `--model must be bgnbd, pnbd or all, got "${model}".`,
      `--model 必须是 bgnbd、pnbd 或 all，收到的是 "${model}"。`,
    );
  // The parameters and the log-likelihood (not the fit's bookkeeping).
  const strip = <P extends { logLikelihood: number }>(
    f: P & { customers?: number; iterations?: number },
  ): P => {
    const copy: Record<string, unknown> = { ...f };
    delete copy.customers;
    delete copy.iterations;
    return copy as P;
  };
  const out: Record<string, unknown> = { unit: o.unit, customers: x.length };
  if (model !== "pnbd") out.bgnbd = strip(fitBgNbd(x, tx, T));
  if (model !== "bgnbd") out.pnbd = strip(fitParetoNbd(x, tx, T));
  const spendFile = args.options.get("spend");
  let spend: Record<string, unknown>[] | undefined;
  if (spendFile) {
    const cols = await attachInput(c, spendFile, "spend", []);
    requireColumns(spendFile, cols, [
      ["spend", "x"],
      ["spend", "mean_repeat_spend"],
    ]);
    // A compressed file (x, mean_repeat_spend, customers) is expanded to one row per customer.
    spend = await readRows(
      c,
      cols.includes("customers")
        ? "SELECT x, mean_repeat_spend FROM spend, range(CAST(customers AS BIGINT)) r"
        : "SELECT x, mean_repeat_spend FROM spend",
    );
  } else if (!compressed) spend = await readRows(c, gammaGammaSql(o));
  if (spend && spend.length >= 2)
    out.gammagamma = strip(
      fitGammaGamma(
        spend.map((r) => Number(r.x)),
        spend.map((r) => Number(r.mean_repeat_spend)),
      ),
    );
  const json = JSON.stringify(out, null, 2) + "\n";
  const target = args.options.get("out");
  if (target) {
    fs.writeFileSync(target, json);
    say(`wrote the fitted parameters to ${target}`, `已将拟合参数写入 ${target}`);
  } else process.stdout.write(json);
}

export function sqlCommand(args: Args, lang: Lang): void {
  checkKnown(args, [...SCORE_OPTIONS, ...RFM_OPTIONS, "dialect", "piece", "table", "per-customer"]);
  const dialect = (args.options.get("dialect") ?? "duckdb") as SqlDialect;
  const table = args.options.get("table") ?? "transactions";
  const piece = args.options.get("piece") ?? args.positional[0] ?? "rfm";
  const make: Record<string, () => string> = {
    rfm: () => rfmSql(rfmOptions(args, dialect, table, lang)),
    summary: () => clvSummarySql(clvOptions(args, dialect, table)),
    compressed: () => compressedSummarySql(clvOptions(args, dialect, table)),
    gammagamma: () => gammaGammaSql(clvOptions(args, dialect, table)),
    score: () => scoringSql(scoreOptions(args, dialect, table)),
    checks: () => rowChecksSql(customerOptions(args, dialect, table)),
  };
  const f = make[piece];
  if (!f)
    throw new UsageError(
      `--piece must be one of ${Object.keys(make).join(", ")}, got "${piece}".`,
      `--piece 必须是 ${Object.keys(make).join("、")} 之一，收到的是 "${piece}"。`,
    );
  process.stdout.write(f());
}
