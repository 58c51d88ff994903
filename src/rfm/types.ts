/**
 * The eight RFM customer types from high/low against a reference (CRM_MODELS.md §2, seed 004:
 * "高于均值的为高,低于均值的为低"; the reference is usually the mean over all customers).
 *
 * High means better: F and M are high when at or above their reference; recency (in days, or
 * any unit where fewer = more recent) is high when at or below its reference — "at or more
 * recent than the reference". Pass raw values (days, purchases, money), not scores: for scores
 * a higher R is better and the R comparison would be inverted.
 *
 * Cost O(1) per customer; {@link meanOf} O(n); {@link rfmTypes} O(n) for a whole table against
 * its own means (two passes: the three means, then the types), so a column of types never costs
 * O(n) per customer. Throws `invalid` for non-finite input or columns of different lengths,
 * `numeric` when a mean overflows.
 *
 * @example
 * rfmType(10, 5, 300, 30, 3, 200)   // => "importantValue"
 * rfmType(90, 1, 50, 30, 3, 200)    // => "generalWinBack"
 * rfmTypes([10, 20, 60], [1, 2, 6], [100, 300, 200]) // means 30, 3, 200
 *   // => ["generalDevelopment", "importantDevelopment", "importantRetention"]
 * RFM_TYPE_LABELS.importantRetention.zh // => "重要保持客户"
 */
import { Bilingual, invalidInput, numericFailure } from "../errors";
import { requireFinite } from "../validate";
import { checkColumn } from "./metric";

export type RfmType =
  | "importantValue"
  | "importantDevelopment"
  | "importantRetention"
  | "importantWinBack"
  | "generalValue"
  | "generalDevelopment"
  | "generalRetention"
  | "generalWinBack";

export const RFM_TYPE_LABELS: Readonly<Record<RfmType, Bilingual>> = {
  importantValue: { en: "Important value", zh: "重要价值客户" },
  importantDevelopment: { en: "Important development", zh: "重要发展客户" },
  importantRetention: { en: "Important retention", zh: "重要保持客户" },
  importantWinBack: { en: "Important win-back", zh: "重要挽留客户" },
  generalValue: { en: "General value", zh: "一般价值客户" },
  generalDevelopment: { en: "General development", zh: "一般发展客户" },
  generalRetention: { en: "General retention", zh: "一般保持客户" },
  generalWinBack: { en: "General win-back", zh: "一般挽留客户" },
};

/** Index = 4·(M low) + 2·(R low) + (F low), the table of CRM_MODELS.md §2 in order. */
const BY_BITS: readonly RfmType[] = [
  "importantValue",
  "importantDevelopment",
  "importantRetention",
  "importantWinBack",
  "generalValue",
  "generalDevelopment",
  "generalRetention",
  "generalWinBack",
];

/** Type from already validated numbers (the column fast path). */
export function typeOf(r: number, f: number, m: number, refR: number, refF: number, refM: number): RfmType {
  return BY_BITS[(m >= refM ? 0 : 4) + (r <= refR ? 0 : 2) + (f >= refF ? 0 : 1)]!;
}

export function rfmType(
  recency: number,
  frequency: number,
  monetary: number,
  refR: number,
  refF: number,
  refM: number,
): RfmType {
  const w = "rfmType";
  const n = (en: string, zh: string, v: unknown) => requireFinite(w, { en, zh }, v);
  return typeOf(
    n("Recency", "最近消费间隔", recency),
    n("Frequency", "消费频率", frequency),
    n("Monetary", "消费金额", monetary),
    n("The recency reference", "最近消费间隔参考值", refR),
    n("The frequency reference", "消费频率参考值", refF),
    n("The monetary reference", "消费金额参考值", refM),
  );
}

/** The arithmetic mean of a column, the usual reference. */
export function meanOf(values: ArrayLike<number>): number {
  const xs = checkColumn("meanOf", values);
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i]!;
  return s / xs.length;
}

/**
 * The types of a whole table, each customer against the means of the three columns (the usual
 * reference): row i of each column is customer i. Same means, to the last bit, as
 * {@link meanOf} of each column, so the result equals rfmType row by row with those means.
 */
export function rfmTypes(
  recency: ArrayLike<number>,
  frequency: ArrayLike<number>,
  monetary: ArrayLike<number>,
): RfmType[] {
  const w = "rfmTypes";
  const [r, f, m] = [checkColumn(w, recency), checkColumn(w, frequency), checkColumn(w, monetary)];
  const n = r.length;
  if (f.length !== n || m.length !== n) {
    throw invalidInput(
      w,
      `The recency, frequency and monetary columns must have the same rows, got ${n}, ${f.length} and ${m.length}.`,
      `最近消费间隔、消费频率和消费金额三列的行数必须相同，收到的是 ${n}、${f.length} 和 ${m.length}。`,
    );
  }
  let sr = 0;
  let sf = 0;
  let sm = 0;
  for (let i = 0; i < n; i++) {
    sr += r[i]!;
    sf += f[i]!;
    sm += m[i]!;
  }
  const [mr, mf, mm] = [sr / n, sf / n, sm / n];
  if (!Number.isFinite(mr + mf + mm)) {
    throw numericFailure(
      w,
      "A column's mean overflows (its values are near ±1.8e308): rescale the column, e.g. amounts in thousands.",
      "某一列的平均值溢出（其数值接近 ±1.8e308）：请缩放该列，例如以千元为单位表示金额。",
    );
  }
  const out = new Array<RfmType>(n);
  for (let i = 0; i < n; i++) out[i] = typeOf(r[i]!, f[i]!, m[i]!, mr, mf, mm);
  return out;
}
