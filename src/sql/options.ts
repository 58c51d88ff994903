/**
 * The options of the SQL generator — the same ones the task pane and the formulas take
 * (CRM_MODELS.md §1–§3): where the transactions are, the as-of date and period start, the
 * recency unit, the RFM bins / method / fixed thresholds / segment rules, the value-tier cuts, and
 * the id rule's NFC switch. Validated here with the core's own checks, before any SQL is written.
 *
 * Dates are ISO "yyyy-mm-dd" text or 1900-system serials (the core's date cells); the table name
 * is written as given (so `project.dataset.orders` works), column names are quoted.
 *
 * Cost O(rules). Throws `invalid` (the core's messages) for a bad dialect, date, unit, bins,
 * method, thresholds, rules or cuts, and for a missing table or column name.
 *
 * @example
 * checkSource({ table: "orders", customer: "id", date: "day", amount: "amount" }).order // => undefined
 * isoDate(45658) // => "2025-01-01"
 */
import { Lang, invalidInput } from "../errors";
import { describe } from "../validate";
import { readDateCell } from "../dates/cell";
import { isoFromSerial } from "../dates/format";
import { RecencyUnit, checkRecencyUnit } from "../customers/recency";
import { Closed, checkClosed, checkThresholds } from "../rfm/bin";
import { ScoreMethod, checkMethod } from "../rfm/breaks";
import { checkBins } from "../rfm/metric";
import { DEFAULT_SEGMENT_RULES, SegmentRule, checkSegmentRules } from "../rfm/segments";
import { DEFAULT_PYRAMID_CUTS, cumulativePyramidCuts } from "../value/pyramid";
import { Dialect, SqlDialect, dialectOf } from "./dialect";

/** The transactions table and its columns (order id optional: then F counts purchase rows). */
export interface TransactionsSource {
  readonly table: string;
  readonly customer: string;
  readonly date: string;
  readonly amount: string;
  readonly order?: string;
}

export interface CustomerSqlOptions {
  readonly dialect: SqlDialect;
  readonly source: TransactionsSource;
  /** Default: the day after the latest date read. */
  readonly asOf?: string | number;
  readonly periodStart?: string | number;
  readonly recencyUnit?: RecencyUnit;
  /** Put ids in Unicode NFC where the engine can (default true; see `idRule.ts`). */
  readonly nfc?: boolean;
}

export interface RfmSqlOptions extends CustomerSqlOptions {
  readonly bins?: number;
  readonly method?: ScoreMethod;
  /** Fixed thresholds per measure (RFM.BIN); a measure given here ignores `bins` and `method`. */
  readonly thresholds?: {
    readonly r?: readonly number[];
    readonly f?: readonly number[];
    readonly m?: readonly number[];
  };
  /** Which side of a fixed threshold is closed (default "upper", as RFM.BIN). */
  readonly closed?: Closed;
  readonly rules?: readonly SegmentRule[];
  /** Pyramid widths [platinum, gold, iron] (default 0.05, 0.15, 0.30). */
  readonly tierCuts?: readonly number[];
  /** Language of the label columns (default "en"). */
  readonly lang?: Lang;
  /**
   * Add up rows per id spelling first, then apply the id rule once per spelling (ignored with
   * order ids: F counts distinct orders, which does not decompose). Default: true on DuckDB,
   * false elsewhere. The same customers and scores; M is a sum of per-spelling sums: exact in
   * whole cents like the core's for amounts with at most two decimals, while amounts with more
   * decimals are added as doubles in another order than the core's and can differ in the last
   * bit — as DuckDB's parallel one-level SUM does too (it differs from run to run), so on
   * DuckDB nothing is lost; on a serial engine the one-level sum may follow the rows' order.
   */
  readonly perSpelling?: boolean;
}

export interface CheckedCustomerOptions {
  readonly d: Dialect;
  readonly source: TransactionsSource;
  readonly asOf: string | undefined;
  readonly periodStart: string | undefined;
  readonly unit: RecencyUnit;
  readonly nfc: boolean;
}

export interface CheckedRfmOptions extends CheckedCustomerOptions {
  readonly bins: number;
  readonly method: ScoreMethod;
  readonly thresholds: {
    readonly r?: readonly number[];
    readonly f?: readonly number[];
    readonly m?: readonly number[];
  };
  readonly closed: Closed;
  readonly rules: readonly SegmentRule[];
  /** Cumulative shares [C_platinum, C_gold, C_iron, 1] (the core's `cumulativePyramidCuts`). */
  readonly cumulativeCuts: readonly number[];
  readonly lang: Lang;
  readonly perSpelling: boolean;
}

const WHERE = "sql";

export function isoDate(value: string | number): string {
  return isoFromSerial(readDateCell(value));
}

export function checkSource(source: TransactionsSource): TransactionsSource {
  const names: [string, unknown][] = [
    ["table", source?.table],
    ["customer", source?.customer],
    ["date", source?.date],
    ["amount", source?.amount],
  ];
  if (source?.order !== undefined) names.push(["order", source.order]);
  for (const [k, v] of names) {
    if (typeof v !== "string" || v.trim() === "")
      throw invalidInput(
        WHERE,
        `Name the ${k} ${k === "table" ? "" : "column "}of the transactions (got ${describe(v)}).`,
        `请给出交易表的${k === "table" ? "表名" : `${k} 列名`}（收到的是 ${describe(v)}）。`,
      );
  }
  return source;
}

export function checkCustomerOptions(o: CustomerSqlOptions): CheckedCustomerOptions {
  return {
    d: dialectOf(o.dialect),
    source: checkSource(o.source),
    asOf: o.asOf === undefined ? undefined : isoDate(o.asOf),
    periodStart: o.periodStart === undefined ? undefined : isoDate(o.periodStart),
    unit: checkRecencyUnit(WHERE, o.recencyUnit ?? "days"),
    nfc: o.nfc ?? true,
  };
}

export function checkRfmOptions(o: RfmSqlOptions): CheckedRfmOptions {
  const t = o.thresholds ?? {};
  const thresholds = Object.fromEntries(
    (["r", "f", "m"] as const)
      .filter((k) => t[k] !== undefined)
      .map((k) => [k, checkThresholds(WHERE, t[k]!)]),
  );
  return {
    ...checkCustomerOptions(o),
    bins: checkBins(WHERE, o.bins ?? 5),
    method: checkMethod(WHERE, o.method ?? "quantile"),
    thresholds,
    closed: checkClosed(WHERE, o.closed ?? "upper"),
    rules: checkSegmentRules(WHERE, o.rules ?? DEFAULT_SEGMENT_RULES),
    cumulativeCuts: cumulativePyramidCuts(WHERE, o.tierCuts ?? DEFAULT_PYRAMID_CUTS),
    lang: o.lang === "zh" ? "zh" : "en",
    perSpelling: typeof o.perSpelling === "boolean" ? o.perSpelling : o.dialect === "duckdb",
  };
}
