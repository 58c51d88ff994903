/**
 * The one layout of the per-customer RFM row (CRM_MODELS.md §1–§3), shared by the formula
 * RFM.TABLE and the task pane's RFM report so the two never drift: columns, their order and
 * their titles in both languages. The first eleven columns are RFM.TABLE's historical ones (so
 * saved formulas that pick a column keep working); first purchase and value tier follow, then
 * (appended, same reason) the customer table's average order value (M / F) and refunds (rows
 * with amount < 0), its purchases in the last 6 months, and the follow-up of seed 003's mailing
 * policy ({@link followUpAction}, RFM.ACTION's text: by R score and by those purchases; blank
 * unless there are 5 score levels, the policy's R1–R5).
 * Dates (columns {@link RFM_ROW_DATE_COLUMNS}) are 1900-system serials here. Segment labels come
 * from the scoring ({@link RfmScoresTable.segmentLabels}); value tiers use the pyramid `cuts`
 * (§3, default 5/15/30%). Cost O(k log k) for k customers (the value tiers sort by monetary).
 *
 * @example
 * rfmRowHeader(45658, "en").slice(0, 3) // => ["Customer", "Last purchase", "Recency (days to 2025-01-01)"]
 */
import { Lang } from "../errors";
import { CustomerTable } from "../customers";
import { isoFromSerial } from "../dates";
import { OTHERS_LABEL, RFM_TYPE_LABELS, RfmScoresTable, followUpAction } from "../rfm";
import { DEFAULT_PYRAMID_CUTS, PYRAMID_LABELS, valueTiers } from "../value";

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
  averageOrderValue: 13,
  refunds: 14,
  purchasesLast6Months: 15,
  followUp: 16,
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
        "平均订单金额",
        "退款次数",
        "近 6 个月购买次数",
        "跟进行动（邮寄策略）",
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
        "Average order value",
        "Refunds",
        "Purchases in the last 6 months",
        "Follow-up (mailing policy)",
      ];
}

/** One row per customer of `table` scored by `scores`, in the layout of {@link rfmRowHeader}. */
export function rfmRows(
  table: CustomerTable,
  scores: RfmScoresTable,
  lang: Lang,
  cuts: readonly number[] = DEFAULT_PYRAMID_CUTS,
): (string | number)[][] {
  const k = table.ids.length;
  const tiers = valueTiers(Array.from(table.monetary), cuts);
  const segment = new Map<string, string>();
  for (const [key, label] of Object.entries(scores.segmentLabels)) segment.set(key, label[lang]);
  const policy = scores.bins === 5;
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
      table.averageOrderValue[i]!,
      table.refunds[i]!,
      table.purchasesLast6Months[i]!,
      policy ? followUpAction(scores.r[i]!, table.purchasesLast6Months[i]!, lang) : "",
    ];
  }
  return rows;
}
