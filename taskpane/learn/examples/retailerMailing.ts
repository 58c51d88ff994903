/**
 * Worked example: the office-supplies retailer's recency table and mailing policy (CRM_MODELS.md
 * §2). Fixed recency thresholds (R ≤ 7 → R5; 8–30 → R4; 31–60 → R3; 61–120 → R2; ≥ 121 → R1),
 * the mailing rules (R5 at once, R4 within a week, R3 and below no follow-up; more than 5
 * purchases in 6 months → monthly, fewer than 2 → every two months), F and M bins on thresholds
 * the class chooses, the RFM code, a named segment and the eight types. Ten customers sit on both
 * sides of each recency threshold (3, 7, 8, 30, 31, 60, 61, 120, 121, 200 days).
 */
import { WorkedExample } from "../types";
import { block, langArg, say } from "./build";

const AS_OF = 45658; // 2025-01-01
const DAYS = [3, 7, 8, 30, 31, 60, 61, 120, 121, 200];
const PURCHASES = [9, 6, 4, 2, 1, 7, 3, 1, 0, 2];
const SPEND = [2600, 1500, 820, 310, 90, 2100, 450, 60, 40, 260];
export const FIRST_ROW = 8;
export const LAST_ROW = FIRST_ROW + DAYS.length - 1;
/** The eight types sit below the summary: the preview's engine evaluates a formula after the cells it reads. */
export const TYPES_ROW = LAST_ROW + 9;

export const retailerMailing: WorkedExample = {
  id: "retailer-mailing",
  title: { en: "The office-supplies retailer's mailing policy", zh: "办公用品零售商的邮寄策略" },
  build(lang) {
    const L = langArg(lang);
    const r = (row: number) => [`=RFM.RECENCY(B${row},$B$4)`, `=RFM.BIN(C${row},,"R")`];
    return {
      sheetName: say(lang, "Mailing policy", "邮寄策略"),
      title: say(
        lang,
        "The office-supplies retailer: recency table and mailing policy",
        "办公用品零售商：R分级表与邮寄策略",
      ),
      note: say(
        lang,
        "Change the as-of date in B4, a last purchase in column B or a count in column E: the days, the R score, the code and the mailing follow. Look at the customers at 7 and 8 days: one day decides between mailing at once and within a week.",
        "修改B4的研究时间点、B列的最近购买日期或E列的购买次数：天数、R分、RFM代码和邮寄方式都会跟着变。看看7天和8天的两个客户：差一天，就从“立即邮寄”变成“一周内邮寄”。",
      ),
      cells: {
        ...block("A4", [
          [
            say(lang, "As of", "研究时间点"),
            AS_OF,
            null,
            say(lang, "F thresholds (≤)", "F阈值（≤）"),
            1,
            2,
            5,
            8,
          ],
        ]),
        ...block("D5", [[say(lang, "M thresholds (≤)", "M阈值（≤）"), 100, 300, 1000, 3000]]),
        ...block(`A${FIRST_ROW - 1}`, [
          lang === "zh"
            ? [
                "客户",
                "最近购买日期",
                "距今天数",
                "R分",
                "6个月内购买次数",
                "消费金额",
                "F分",
                "M分",
                "RFM代码",
                "邮寄方式",
                "客户细分",
              ]
            : [
                "Customer",
                "Last purchase",
                "Days since",
                "R score",
                "Purchases (6 months)",
                "Spend",
                "F score",
                "M score",
                "RFM code",
                "Mailing",
                "Segment",
              ],
        ]),
        ...block(
          `A${FIRST_ROW}`,
          DAYS.map((d, i) => {
            const row = FIRST_ROW + i;
            return [
              say(lang, `Customer ${i + 1}`, `客户${i + 1}`),
              AS_OF - d,
              ...r(row),
              PURCHASES[i]!,
              SPEND[i]!,
              `=RFM.BIN(E${row},$E$4:$H$4,"F")`,
              `=RFM.BIN(F${row},$E$5:$H$5,"M")`,
              `=RFM.CODE(D${row},G${row},H${row})`,
              `=RFM.ACTION(D${row},E${row},${L})`,
              `=RFM.SEGMENT(D${row},G${row},H${row},,${L})`,
            ];
          }),
        ),
        ...block(`A${LAST_ROW + 2}`, [
          [say(lang, "Mail at once (R5)", "立即邮寄（R5）"), `=COUNTIF(D${FIRST_ROW}:D${LAST_ROW},5)`],
          [
            say(lang, "Mail within a week (R4)", "一周内邮寄（R4）"),
            `=COUNTIF(D${FIRST_ROW}:D${LAST_ROW},4)`,
          ],
          [
            say(lang, "No follow-up (R3 and below)", "不再追随邮寄（R3及以下）"),
            `=COUNTIF(D${FIRST_ROW}:D${LAST_ROW},"<=3")`,
          ],
          [
            say(lang, "Monthly catalogue (more than 5 purchases)", "每月寄目录（超过5次）"),
            `=COUNTIF(E${FIRST_ROW}:E${LAST_ROW},">5")`,
          ],
          [
            say(lang, "Every two months (fewer than 2)", "每两个月寄一次（不足2次）"),
            `=COUNTIF(E${FIRST_ROW}:E${LAST_ROW},"<2")`,
          ],
        ]),
        ...block(`A${TYPES_ROW - 1}`, [
          [
            say(lang, "Customer", "客户"),
            say(lang, "Type (high or low against the means)", "客户类型（与均值比高低）"),
          ],
        ]),
        ...block(
          `A${TYPES_ROW}`,
          DAYS.map((_, i) => [`=A${FIRST_ROW + i}`]),
        ),
        [`B${TYPES_ROW}`]: `=RFM.TYPES(C${FIRST_ROW}:C${LAST_ROW},E${FIRST_ROW}:E${LAST_ROW},F${FIRST_ROW}:F${LAST_ROW},${L})`,
      },
      formats: { B4: "yyyy-mm-dd", [`B${FIRST_ROW}:B${LAST_ROW}`]: "yyyy-mm-dd" },
    };
  },
};
