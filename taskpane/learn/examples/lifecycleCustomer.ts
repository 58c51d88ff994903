/**
 * Worked example: one synthetic customer moving through the lifecycle month by month
 * (CRM_MODELS.md §4–§5). Column C is the stage as it would be judged at the end of each month
 * (LIFECYCLE.STAGE on the months so far, default rule: window 3, growth 20%, drop 30%, terminated
 * after 6 empty months); column D the loyalty the course expects at that stage (a lookup on the
 * sheet); beside it the course's input/output table and the customer's type at month 12.
 */
import { WorkedExample } from "../types";
import { block, langArg, say } from "./build";

export const VOLUMES = [
  50, 0, 60, 80, 120, 160, 200, 240, 260, 270, 260, 265, 270, 260, 250, 200, 150, 100, 60, 40, 0, 0, 0, 0, 0,
  0,
];
export const FIRST = 8;

export const lifecycleCustomer: WorkedExample = {
  id: "lifecycle-customer",
  title: { en: "A customer through the lifecycle, month by month", zh: "一个客户逐月走过生命周期" },
  build(lang) {
    const L = langArg(lang);
    const z = lang === "zh";
    const stages = z
      ? [
          ["考察期", "基本信任"],
          ["形成期", "行为忠诚"],
          ["稳定期", "情感忠诚，继而可持续忠诚"],
          ["退化期", "忠诚减弱"],
          ["终止", "关系结束"],
        ]
      : [
          ["Exploration", "Basic trust"],
          ["Formation", "Behavioural loyalty"],
          ["Stability", "Emotional, then sustainable loyalty"],
          ["Decline", "Loyalty fading"],
          ["Terminated", "Relationship over"],
        ];
    return {
      sheetName: say(lang, "Lifecycle", "生命周期"),
      title: say(
        lang,
        "One customer's purchases, month by month, and the stage they show",
        "一个客户的逐月购买量及其所处阶段",
      ),
      note: say(
        lang,
        "Change a month's purchases in column B: the stage in column C is judged again from that month on. Try 260 in months 16–20 instead of the fall: the customer stays in stability through month 20. Look at month 1: a first order is exploration, whatever its size.",
        "修改B列某个月的购买量：从那个月起，C列的阶段会重新判断。把第16–20个月的下降改成260：客户到第20个月都一直处于稳定期。再看第1个月：第一笔订单不论大小，都是考察期。",
      ),
      cells: {
        ...block("A4", [[say(lang, "Share of wallet", "客户份额"), 0.8]]),
        ...block("A5", [
          [
            say(lang, "Type at month 12", "第12个月的客户类型"),
            `=LIFECYCLE.TYPE(365,COUNTIF(B${FIRST}:B${FIRST + 11},">0"),B4,,,,${L})`,
          ],
        ]),
        ...block(`A${FIRST - 1}`, [
          z
            ? ["月份", "购买量", "当月判断的阶段", "该阶段的忠诚"]
            : ["Month", "Purchases", "Stage at month end", "Loyalty at that stage"],
        ]),
        ...block(
          `A${FIRST}`,
          VOLUMES.map((v, i) => {
            const r = FIRST + i;
            return [
              i + 1,
              v,
              `=LIFECYCLE.STAGE($B$${FIRST}:B${r},,,,,,,,,${L})`,
              `=VLOOKUP(C${r},$F$${FIRST}:$G$${FIRST + 4},2,FALSE)`,
            ];
          }),
        ),
        ...block(`F${FIRST - 1}`, [z ? ["阶段", "忠诚"] : ["Stage", "Loyalty"], ...stages]),
        ...block(`F${FIRST + 7}`, [
          z
            ? ["阶段", "企业投入", "交易量", "支付意愿", "间接收益", "收入和利润"]
            : [
                "Stage",
                "Investment",
                "Volume",
                "Willingness to pay",
                "Indirect benefit",
                "Revenue and profit",
              ],
          ...(z
            ? [
                ["考察期", "大", "很小", "很低", "没有", "很少或没有"],
                ["形成期", "减少", "快速上升", "提高", "后期出现", "快速增长"],
                ["稳定期", "低", "最大", "最高", "最大", "最高"],
                ["退化期", "很少", "降至零", "降低", "前期尚有", "快速下降"],
              ]
            : [
                ["Exploration", "heavy", "very small", "very low", "none", "little or none"],
                ["Formation", "decreasing", "rising fast", "higher", "appears late", "growing fast"],
                ["Stability", "low", "maximum", "maximum", "maximum", "maximum"],
                ["Decline", "little", "falling to zero", "lower", "some, early", "falling fast"],
              ]),
        ]),
      },
      formats: { B4: "0%" },
    };
  },
};
