/**
 * The parameters line of the RFM report (CRM_MODELS.md §2–§3): everything that makes its
 * numbers reproducible — as-of date, score levels, how each measure was scored (equal-count
 * quantiles, the R package rfm's bins, or fixed thresholds with their values), the segment
 * scheme, the value-tier cuts and the data's date span — in the report's language. Cost O(1).
 *
 * @example
 * const t = (thresholds: number[]) => ({ thresholds });
 * scoringText({ method: "quantile", fixed: ["R"], breaks: { r: t([7, 30, 60, 120]), f: t([]), m: t([]) } }, "en")
 * // => "R by fixed thresholds 7/30/60/120 days; F, M by equal-count quantiles"
 */
import { Lang } from "../errors";
import { RfmMetric, RfmScoresTable, SCHEME_LABELS, SegmentScheme } from "../rfm";

const METHOD_TEXT = {
  quantile: { en: "equal-count quantiles", zh: "等量分位" },
  rfm: { en: "rfm (R package compatible)", zh: "rfm（R 包兼容）" },
} as const;
const UNIT = {
  R: { en: "days", zh: "天" },
  F: { en: "purchases", zh: "次购买" },
  M: { en: "amount", zh: "金额" },
} as const;

type Scoring = Pick<RfmScoresTable, "method" | "fixed"> & {
  readonly breaks: Readonly<Record<"r" | "f" | "m", { readonly thresholds: readonly number[] }>>;
};

/** How R, F and M were scored, e.g. "R by fixed thresholds 7/30/60/120 days; F, M by equal-count quantiles". */
export function scoringText(s: Scoring, lang: Lang): string {
  const method = METHOD_TEXT[s.method][lang];
  if (s.fixed.length === 0) return lang === "zh" ? `方法 ${method}` : method;
  const fixed = s.fixed.map((x: RfmMetric) => {
    const t = s.breaks[x.toLowerCase() as "r" | "f" | "m"].thresholds.join("/");
    return lang === "zh" ? `${x} 阈值 ${t}（${UNIT[x].zh}）` : `${x} by fixed thresholds ${t} ${UNIT[x].en}`;
  });
  const rest = (["R", "F", "M"] as const).filter((x) => !s.fixed.includes(x));
  if (rest.length > 0)
    fixed.push(lang === "zh" ? `${rest.join("、")} 按${method}` : `${rest.join(", ")} by ${method}`);
  return fixed.join(lang === "zh" ? "；" : "; ");
}

/**
 * The whole line: as of, levels, scoring, segments, value tiers, then `span` (the data's dates).
 * `rules` (scheme "custom"): how many rules and where they were typed, e.g. a sheet's name.
 */
export function rfmParameters(
  iso: string,
  s: Scoring & Pick<RfmScoresTable, "bins">,
  scheme: SegmentScheme,
  cuts: readonly number[],
  span: string,
  lang: Lang,
  rules?: { readonly count: number; readonly source?: string },
): string {
  const pct = (x: number) => `${Math.round(x * 1e4) / 100}%`;
  const tiers = [...cuts, Math.max(0, 1 - cuts.reduce((a, b) => a + b, 0))].map(pct).join("/");
  const from = rules?.source ? (lang === "zh" ? `“${rules.source}”，` : `“${rules.source}”, `) : "";
  const own = rules
    ? lang === "zh"
      ? `（${from}${rules.count} 条）`
      : ` (${from}${rules.count} rules)`
    : "";
  const segments = SCHEME_LABELS[scheme][lang] + own;
  return lang === "zh"
    ? `研究时间点 ${iso} · ${s.bins} 级 · ${scoringText(s, lang)} · 细分：${segments} · 价值层级 ${tiers} · ${span}`
    : `As of ${iso} · ${s.bins} bins · ${scoringText(s, lang)} · segments: ${segments} · value tiers ${tiers} · ${span}`;
}
