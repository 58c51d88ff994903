/**
 * The one layout of the per-customer RFM row (CRM_MODELS.md §1–§3), shared by the formula
 * RFM.TABLE and the task pane's RFM report so the two never drift: columns, their order and
 * their titles in both languages. The first eleven columns are RFM.TABLE's historical ones (so
 * saved formulas that pick a column keep working); first purchase and value tier follow.
 * Dates (columns {@link RFM_ROW_DATE_COLUMNS}) are 1900-system serials here. Cost O(k log k)
 * for k customers (the value tiers sort by monetary).
 *
 * @example
 * rfmRowHeader(45658, "en").slice(0, 3) // => ["Customer", "Last purchase", "Recency (days to 2025-01-01)"]
 */
import { Lang } from "../errors";
import { CustomerTable } from "../customers";
import { isoFromSerial } from "../dates";
import { OTHERS_LABEL, RFM_TYPE_LABELS, RfmScoresTable, SEGMENT_LABELS } from "../rfm";
import { PYRAMID_LABELS, valueTiers } from "../value";

/** Index of each column of the RFM row, for code that picks columns by meaning. */
export const RFM_ROW = {
  id: 0,
  lastPurchase: 1,
  recency: 2,
  frequency: 3,
  monetary: 4,
  r: 5,
  f: 6,
  m: 7,
  code: 8,
  segment: 9,
  type: 10,
  firstPurchase: 11,
  tier: 12,
} as const;

/** Columns holding dates: last purchase and first purchase. */
export const RFM_ROW_DATE_COLUMNS: readonly number[] = [1, 11];

/** The titles of the RFM row's columns in `lang`; the recency title states the as-of date. */
export function rfmRowHeader(asOf: number, lang: Lang): string[] {
  const iso = isoFromSerial(asOf);
  return lang === "zh"
    ? [
        "客户",
        "最近一次购买",
        `最近消费间隔（至 ${iso} 的天数）`,
        "消费频率",
        "消费金额",
        "R",
        "F",
        "M",
        "RFM 代码",
        "细分",
        "客户类型",
        "首次购买",
        "价值层级",
      ]
    : [
        "Customer",
        "Last purchase",
        `Recency (days to ${iso})`,
        "Frequency",
        "Monetary",
        "R",
        "F",
        "M",
        "RFM code",
        "Segment",
        "Type",
        "First purchase",
        "Value tier",
      ];
}

/** One row per customer of `table` scored by `scores`, in the layout of {@link rfmRowHeader}. */
export function rfmRows(table: CustomerTable, scores: RfmScoresTable, lang: Lang): (string | number)[][] {
  const k = table.ids.length;
  const tiers = valueTiers(Array.from(table.monetary));
  const segment = new Map<string, string>();
  for (const [key, label] of Object.entries(SEGMENT_LABELS)) segment.set(key, label[lang]);
  const rows: (string | number)[][] = new Array<(string | number)[]>(k);
  for (let i = 0; i < k; i++) {
    const seg = scores.segment[i]!;
    rows[i] = [
      table.ids[i]!,
      table.lastPurchase[i]!,
      table.daysSinceLastPurchase[i]!,
      table.frequency[i]!,
      table.monetary[i]!,
      scores.r[i]!,
      scores.f[i]!,
      scores.m[i]!,
      scores.code[i]!,
      segment.get(seg) ?? OTHERS_LABEL[lang],
      RFM_TYPE_LABELS[scores.type[i]!][lang],
      table.firstPurchase[i]!,
      PYRAMID_LABELS.metal[tiers[i]!][lang],
    ];
  }
  return rows;
}
