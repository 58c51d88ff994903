/**
 * Worked example: the computer-peripherals maker's five customers A–E and why they left
 * (CRM_MODELS.md §6, §4). Only A's numbers are in the case: this year's purchases are 40% of the
 * same period last year, a 60% drop, more than the 30% that marks Decline. B's, C's and E's
 * volumes are illustrative (B and C stopped buying, E buys as before but only low-margin lines;
 * D has not ordered yet). Stage by LIFECYCLE.STAGE on the two years (window 1, no trial rule).
 */
import { WorkedExample } from "../types";
import { block, langArg, say } from "./build";

export const peripheralsChurn: WorkedExample = {
  id: "peripherals-churn",
  title: { en: "The peripherals maker's customers A–E", zh: "电脑外设制造商的客户A–E" },
  build(lang) {
    const L = langArg(lang);
    const stage = (row: number) =>
      `=IFERROR(LIFECYCLE.STAGE(C${row}:D${row},,6,0,0,$B$4,0.2,1,,${L}),"${say(lang, "Potential (no order yet)", "潜在客户（尚未下单）")}")`;
    const cases: [string, string, number, number, string, string, string][] =
      lang === "zh"
        ? [
            [
              "A",
              "合作3年",
              100,
              40,
              "质量不稳定：返修率高，维修周期长",
              "能改变",
              "全面质量管理，缩短维修周期",
            ],
            [
              "B",
              "合作3年",
              80,
              0,
              "客户机构调整：本省办事处并入华东分公司",
              "只能观察",
              "跟进原办事处主任，联系华东分公司",
            ],
            [
              "C",
              "合作1年多",
              60,
              0,
              "员工跳槽带走客户：业务骨干王生离职",
              "能改变",
              "客户由团队而不是个人维护",
            ],
            [
              "D",
              "跟进半年",
              0,
              0,
              "短期行为作梗：高层对付款条件意见不一，竞争对手乘虚而入",
              "能改变",
              "统一政策，尽快答复付款条件",
            ],
            [
              "E",
              "大学城3家店",
              90,
              95,
              "缺乏创新：没有开发客户要的感应鼠标，只买利润薄的主打产品",
              "能改变",
              "评估新品，做市场的引导者",
            ],
          ]
        : [
            [
              "A",
              "3 years",
              100,
              40,
              "Unstable quality: many returns, slow repairs",
              "can change",
              "Total quality management; shorter repairs",
            ],
            [
              "B",
              "3 years",
              80,
              0,
              "Reorganisation at the customer: the provincial office merged into the East China branch",
              "can only watch",
              "Follow the former office head; contact the branch",
            ],
            [
              "C",
              "1 year+",
              60,
              0,
              "A salesperson left with the customer (Wang resigned)",
              "can change",
              "Keep accounts with a team, not one person",
            ],
            [
              "D",
              "6 months of follow-up",
              0,
              0,
              "Disagreement at the top on payment terms; a competitor got a first order",
              "can change",
              "One policy; answer on the terms quickly",
            ],
            [
              "E",
              "3 shops at a university town",
              90,
              95,
              "No innovation: the sensor mouse they asked for was never made; they buy only thin-margin lines",
              "can change",
              "Assess the new product; lead the market",
            ],
          ];
    return {
      sheetName: say(lang, "Churn A-E", "客户流失A-E"),
      title: say(
        lang,
        "The peripherals maker: five customers and why they left",
        "电脑外设制造商：五个客户及其流失原因",
      ),
      note: say(
        lang,
        "Change A's purchases this year in D7 (40 = 40% of last year) or the decline threshold in B4: from 70 (a 30% drop, not more) A is no longer in decline. Look at which causes the firm can change and which it can only watch.",
        "修改D7中A今年的采购量（40即去年的40%）或B4的退化阈值：A达到70（下降30%，未超过阈值）及以上就不再是退化期。再看看哪些原因企业能改变，哪些只能观察。",
      ),
      cells: {
        ...block("A4", [[say(lang, "Decline when the drop exceeds", "下降超过此比例为退化期"), 0.3]]),
        ...block("A6", [
          lang === "zh"
            ? [
                "客户",
                "合作时间",
                "去年采购量",
                "今年采购量",
                "今年/去年",
                "生命周期阶段",
                "流失原因",
                "企业能否改变",
                "对策",
                "今年流失",
              ]
            : [
                "Customer",
                "Relationship",
                "Last year",
                "This year",
                "This / last year",
                "Stage",
                "Cause",
                "Can the firm change it?",
                "Response",
                "Lost this year",
              ],
        ]),
        ...block(
          "A7",
          cases.map(([id, rel, last, now, cause, can, response], i) => [
            id,
            rel,
            last,
            now,
            `=IF(C${7 + i}=0,"",D${7 + i}/C${7 + i})`,
            stage(7 + i),
            cause,
            can,
            response,
            `=IF(AND(C${7 + i}>0,D${7 + i}=0),1,0)`,
          ]),
        ),
        ...block("A13", [
          [say(lang, "Customers last year", "去年的客户数"), '=COUNTIF(C7:C11,">0")'],
          [say(lang, "Of them, no order this year", "其中今年没有下单的"), "=SUM(J7:J11)"],
          [say(lang, "Churn rate", "流失率"), "=CHURN.RATE(B13,B14)"],
        ]),
      },
      formats: { B4: "0%", "E7:E11": "0%", B15: "0%" },
    };
  },
};
