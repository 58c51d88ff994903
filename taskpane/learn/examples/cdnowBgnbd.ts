/**
 * Worked example: the CDNOW cohort with BG/NBD fitted in a cell (CRM_MODELS.md §3). The fit
 * spills r, α, a, b (published: 0.243, 4.414, 0.793, 2.426 — Fader, Hardie & Lee 2005); the
 * Gamma-Gamma fit spills p, q, γ (published: 6.25, 3.74, 15.44 — Fader & Hardie 2013); then
 * P(alive), the purchases expected in the next 39 weeks and a 12-month CLV are filled down for
 * the first `filled` customers (default 300, so the preview recalculates in about a second; a
 * student fills down further in Excel), each reading the spilled parameters. `rows` limits the
 * customers fitted (default all 2,357: the fit is then the published one).
 */
import { WorkedExample } from "../types";
import { block, say } from "./build";
import { CDNOW_CUSTOMERS } from "./cdnowData";

export const CDNOW_FIRST = 8;
/** The fits sit above the first customer: the preview's engine evaluates a formula after the cells it reads. */
export const BG_AT = "J1";
// Right of the BG/NBD fit: each fit spills its estimates, standard errors, intervals and
// covariance to the right (BG/NBD J1:R7), so the Gamma-Gamma fit starts in T1.
export const GG_AT = "T1";
const BG = "$J$1:$K$6";
const GG = "$T$1:$U$4";

export function cdnowExample(rows = CDNOW_CUSTOMERS.length, filled = 300): WorkedExample {
  const data = CDNOW_CUSTOMERS.slice(0, rows);
  const last = CDNOW_FIRST + data.length - 1;
  const lastFilled = CDNOW_FIRST + Math.min(filled, data.length) - 1;
  return {
    id: "cdnow-bgnbd",
    title: { en: "The CDNOW cohort: BG/NBD, P(alive) and CLV", zh: "CDNOW客户群：BG/NBD、存活概率与CLV" },
    build(lang) {
      const z = lang === "zh";
      return {
        sheetName: say(lang, "CDNOW BG-NBD", "CDNOW BG-NBD"),
        title: say(
          lang,
          `The CDNOW cohort (${data.length} customers, 39 weeks): BG/NBD fitted in a cell`,
          `CDNOW客户群（${data.length}位客户，39周）：在一个单元格里拟合BG/NBD`,
        ),
        note: say(
          lang,
          "Change customer 1's repeat purchases in B8 (2) or the time of the last one in C8 (30.43 weeks): P(alive) in F8 and the CLV in H8 move; the fit in J1 barely moves, as one customer in thousands should. Look at customers with the same x: the one who bought last recently is more likely alive. P(alive), purchases and CLV are filled down for the first customers only: fill them down further in Excel.",
          "修改客户1在B8中的重复购买次数（2）或C8中最后一次购买的时间（30.43周）：F8的存活概率和H8的CLV随之变化；J1的拟合结果几乎不动，因为这只是几千个客户中的一个。再看x相同的客户：最后一次购买越近，越可能仍然活跃。存活概率、购买次数和CLV只填到了前面的客户：在Excel里向下填充即可看到其余客户。",
        ),
        cells: {
          ...block("A7", [
            z
              ? [
                  "客户",
                  "x（重复购买）",
                  "t_x（周）",
                  "T（周）",
                  "平均重复消费",
                  "P(alive)",
                  "未来39周购买次数",
                  "12个月CLV（10%）",
                ]
              : [
                  "Customer",
                  "x (repeat purchases)",
                  "t_x (weeks)",
                  "T (weeks)",
                  "Mean repeat spend",
                  "P(alive)",
                  "Purchases, next 39 weeks",
                  "CLV, 12 months at 10%",
                ],
          ]),
          ...block(
            `A${CDNOW_FIRST}`,
            data.map(([x, tx, T, zbar], i) => {
              const r = CDNOW_FIRST + i;
              if (r > lastFilled) return [i + 1, x, tx, T, zbar];
              return [
                i + 1,
                x,
                tx,
                T,
                zbar,
                `=CLV.PALIVE(${BG},B${r},C${r},D${r})`,
                `=CLV.PURCHASES(${BG},39,B${r},C${r},D${r})`,
                `=CLV.FORECAST(${BG},${GG},B${r},C${r},D${r},E${r})`,
              ];
            }),
          ),
          I1: say(lang, "BG/NBD fit", "BG/NBD拟合"),
          [BG_AT]: `=CLV.BGNBD(B${CDNOW_FIRST}:B${last},C${CDNOW_FIRST}:C${last},D${CDNOW_FIRST}:D${last})`,
          S1: say(lang, "Gamma-Gamma fit", "Gamma-Gamma拟合"),
          [GG_AT]: `=CLV.GGFIT(B${CDNOW_FIRST}:B${last},E${CDNOW_FIRST}:E${last})`,
        },
        formats: { [`F${CDNOW_FIRST}:F${lastFilled}`]: "0.000", [`H${CDNOW_FIRST}:H${lastFilled}`]: "0.00" },
      };
    },
  };
}
