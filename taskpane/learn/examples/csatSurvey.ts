/**
 * Worked example: a satisfaction survey (CRM_MODELS.md §5): per respondent c = b/a and its level,
 * a 1–5 satisfaction answer and a 0–10 recommendation answer; below, CSAT % (top-2-box), NPS,
 * an ACSI-style index over weighted drivers, the loyalty index over the course's eight measures
 * and the satisfaction × loyalty quadrant (the satisfaction trap). Twelve illustrative answers.
 */
import { WorkedExample } from "../types";
import { block, langArg, say } from "./build";

export const EXPECTED = [8, 7, 9, 6, 8, 7, 5, 9, 8, 6, 7, 8];
export const PERCEIVED = [9, 7, 7, 6, 8.5, 6, 6, 8, 9, 5, 7.2, 8];
export const SATISFACTION = [5, 4, 3, 4, 4, 2, 5, 3, 5, 2, 4, 4];
export const RECOMMEND = [10, 9, 6, 8, 9, 3, 10, 7, 9, 5, 8, 9];
export const LOYALTY_MEANS = [4.1, 3.2, 3.9, 2.8, 3.5, 3.3, 2.9, 3.6];

export const csatSurvey: WorkedExample = {
  id: "csat-survey",
  title: { en: "A satisfaction survey: c = b/a, CSAT, NPS", zh: "满意度调查：c = b/a、CSAT、NPS" },
  build(lang) {
    const L = langArg(lang);
    const z = lang === "zh";
    const measures = z
      ? [
          "重复购买意向",
          "交叉购买意向",
          "推荐意愿",
          "价格不敏感",
          "客户份额",
          "挑选时间短",
          "对竞争对手冷淡",
          "容忍质量事故",
        ]
      : [
          "Repurchase intention",
          "Cross-purchase intention",
          "Willingness to recommend",
          "Low price sensitivity",
          "Share of wallet",
          "Little time choosing",
          "Indifference to competitors",
          "Tolerance of incidents",
        ];
    return {
      sheetName: say(lang, "Survey", "满意度调查"),
      title: say(lang, "Twelve answers to a satisfaction survey", "一份满意度调查的十二个回答"),
      note: say(
        lang,
        "Change a perceived value in column C: c and the level move (above 1.05 delighted, below 0.95 dissatisfied). Change a recommendation in column G from 6 to 9: one detractor becomes a promoter and NPS rises by 2 × 100/12 ≈ 16.7. Look at the quadrant: satisfied customers who are not loyal are the trap.",
        "修改C列的感知价值：c和满意等级随之变化（大于1.05为十分满意，小于0.95为不满意）。把G列的某个推荐分从6改成9：一个贬损者变成推荐者，NPS上升2 × 100/12 ≈ 16.7。再看象限：满意却不忠诚的客户，就是满意陷阱。",
      ),
      cells: {
        ...block("A4", [
          z
            ? ["受访者", "期望价值a", "感知价值b", "c = b/a", "满意等级", "满意度（1–5）", "推荐意愿（0–10）"]
            : [
                "Respondent",
                "Expected a",
                "Perceived b",
                "c = b/a",
                "Level",
                "Satisfaction (1–5)",
                "Recommend (0–10)",
              ],
        ]),
        ...block(
          "A5",
          EXPECTED.map((a, i) => {
            const r = 5 + i;
            return [
              i + 1,
              a,
              PERCEIVED[i]!,
              `=CSAT.RATIO(C${r},B${r})`,
              `=CSAT.LEVEL(C${r},B${r},,${L})`,
              SATISFACTION[i]!,
              RECOMMEND[i]!,
            ];
          }),
        ),
        ...block("A18", [
          [say(lang, "CSAT (top 2 of 5)", "CSAT（5分制最高两档）"), "=CSAT.SCORE(F5:F16)"],
          [say(lang, "NPS", "NPS"), "=CSAT.NPS(G5:G16)"],
          [say(lang, "Satisfaction index (0–100)", "满意度指数（0–100）"), "=CSAT.INDEX(J5:J7,K5:K7,1,10)"],
          [say(lang, "Loyalty index (0–100)", "忠诚度指数（0–100）"), "=LOYALTY.INDEX(J11:J18)"],
          [say(lang, "Quadrant", "象限"), `=LOYALTY.QUADRANT(B20,B21,,,${L})`],
        ]),
        ...block("I4", [
          z ? ["驱动因素", "平均分（1–10）", "权重"] : ["Driver", "Mean (1–10)", "Weight"],
          [say(lang, "Customer expectations", "顾客期望"), "=AVERAGE(B5:B16)", 0.3],
          [say(lang, "Perceived quality", "感知质量"), 7.9, 0.4],
          [say(lang, "Perceived value", "感知价值"), "=AVERAGE(C5:C16)", 0.3],
        ]),
        ...block("I10", [
          z ? ["忠诚度指标", "平均分（1–5）"] : ["Loyalty measure", "Mean (1–5)"],
          ...measures.map((m, i) => [m, LOYALTY_MEANS[i]!]),
        ]),
      },
      formats: { "D5:D16": "0.00", B18: "0%", B20: "0.0", B21: "0.0" },
    };
  },
};
