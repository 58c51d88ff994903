/**
 * What the Warehouse panel writes (issue 14; CRM_MODELS.md §1–§3): its settings — the same
 * option types the SQL generator of the core takes (`src/sql`) — turned into the generator's
 * options, and the four queries it shows: the RFM table, the compressed (x, t_x, T, customers)
 * summary, the compressed Gamma-Gamma input (x, mean spend, customers) and, once fitted, the
 * scoring query with the parameters filled in. Every rule and every check is the core's; this
 * module only maps text fields to options (blank = the core's default).
 *
 * Cost O(length of the SQL). Throws the core's `invalid` errors for bad options.
 *
 * @example
 * summarySql(DEFAULT_WAREHOUSE_SETTINGS).includes("COUNT(*) AS customers") // => true
 */
import { Lang } from "../../src/errors";
import { RecencyUnit } from "../../src/customers/recency";
import { ClvTimeUnit } from "../../src/clv/timeUnit";
import { ScoreMethod } from "../../src/rfm/breaks";
import { BgNbdParams, GammaGammaParams, ParetoNbdParams } from "../../src/clv";
import {
  ClvSqlOptions,
  RfmSqlOptions,
  SqlDialect,
  compressedSummarySql,
  gammaGammaSql,
  rfmSql,
  scoringSql,
} from "../../src/sql";

/** The panel's fields: text as typed (dates, names), choices as the core's option values. */
export interface WarehouseSettings {
  readonly dialect: SqlDialect;
  readonly table: string;
  readonly customer: string;
  readonly date: string;
  readonly amount: string;
  /** Blank: F counts purchase rows. */
  readonly order: string;
  /** "yyyy-mm-dd"; blank: the day after the latest date (RFM), the latest date (CLV). */
  readonly asOf: string;
  readonly recencyUnit: RecencyUnit;
  readonly bins: number;
  readonly method: ScoreMethod;
  /** Unit of t_x, T and of the fitted rates. */
  readonly unit: ClvTimeUnit;
  /** Decimals t_x and T are rounded to in the compressed summary; blank: exact. */
  readonly decimals: string;
  /** Decimals the mean spend is rounded to in the compressed Gamma-Gamma input. */
  readonly spendDecimals: number;
  readonly model: "bgnbd" | "pnbd";
}

export const DEFAULT_WAREHOUSE_SETTINGS: WarehouseSettings = {
  dialect: "duckdb",
  table: "transactions",
  customer: "customer_id",
  date: "order_date",
  amount: "amount",
  order: "",
  asOf: "",
  recencyUnit: "days",
  bins: 5,
  method: "quantile",
  unit: "weeks",
  decimals: "",
  spendDecimals: 2,
  model: "bgnbd",
};

const blank = (s: string): string | undefined => (s.trim() === "" ? undefined : s.trim());
/** A typed number ("2" → 2); anything else is passed on for the core to refuse. */
const numberOf = (s: string): number | undefined => {
  const t = blank(s);
  return t === undefined ? undefined : Number.isNaN(Number(t)) ? (t as unknown as number) : Number(t);
};

function common(s: WarehouseSettings) {
  const order = blank(s.order);
  return {
    dialect: s.dialect,
    source: {
      table: s.table.trim(),
      customer: s.customer.trim(),
      date: s.date.trim(),
      amount: s.amount.trim(),
      ...(order ? { order } : {}),
    },
    asOf: blank(s.asOf),
  };
}

export function rfmOptionsOf(s: WarehouseSettings, lang: Lang): RfmSqlOptions {
  return { ...common(s), recencyUnit: s.recencyUnit, bins: s.bins, method: s.method, lang };
}

export function clvOptionsOf(s: WarehouseSettings): ClvSqlOptions {
  return { ...common(s), unit: s.unit, decimals: numberOf(s.decimals) };
}

export const customerSql = (s: WarehouseSettings, lang: Lang): string => rfmSql(rfmOptionsOf(s, lang));
export const summarySql = (s: WarehouseSettings): string => compressedSummarySql(clvOptionsOf(s));
export const spendSql = (s: WarehouseSettings): string => gammaGammaSql(clvOptionsOf(s), s.spendDecimals);

/** The purchase models' names (the same in both languages). */
export const MODEL_NAMES: Readonly<Record<string, string>> = { bgnbd: "BG/NBD", pnbd: "Pareto/NBD" };

/** The fitted parameters the scoring query needs (the fits' own bookkeeping left out). */
export interface FittedModels {
  readonly unit: ClvTimeUnit;
  readonly purchase: BgNbdParams | ParetoNbdParams;
  readonly spend?: GammaGammaParams;
}

/** The scoring query of the core with the fitted parameters; the fit's unit is the model's. */
export function scoreSql(s: WarehouseSettings, fitted: FittedModels): string {
  return scoringSql({
    ...clvOptionsOf(s),
    unit: fitted.unit,
    purchaseModel: fitted.purchase,
    spendModel: fitted.spend,
  });
}
