/**
 * Worked example: the automotive lifetime value (CRM_MODELS.md §3). The car industry's
 * calculation from the course: cars a customer buys in a lifetime × the average price, plus
 * parts and service, plus the interest on car loans. Then the same customer as a ten-year profit
 * stream P(t) = revenue − the four costs (CLV.PROFIT), discounted (CLV.NPV), and the customer
 * delivered value of one purchase (VALUE.DELIVERED). The course gives the method, not the
 * figures: the amounts here are illustrative.
 */
import { WorkedExample } from "../types";
import { block, say } from "./build";

/** Revenue per year (margin on a car in years 1 and 6, service every year), acquisition, development, retention, termination. */
export const YEARS: readonly (readonly [number, number, number, number, number])[] = Array.from(
  { length: 10 },
  (_, i) => [i === 0 || i === 5 ? 24000 : 4000, i === 0 ? 3000 : 0, 500, 300, i === 9 ? 1000 : 0],
);

export const automotiveClv: WorkedExample = {
  id: "automotive-clv",
  title: { en: "The automotive lifetime value", zh: "汽车业的客户终身价值" },
  build(lang) {
    const z = lang === "zh";
    return {
      sheetName: say(lang, "Car buyer CLV", "购车客户CLV"),
      title: say(lang, "The car industry's customer lifetime value", "汽车业的客户终身价值"),
      note: say(
        lang,
        "Change the cars in a lifetime (B5) or the average price (B6): the lifetime value in B10 moves. Change the discount rate in B25: the CLV in B26 falls as the rate rises, while the undiscounted total in B27 stays. Look at year 1: the acquisition cost is paid once.",
        "修改一生购车数（B5）或平均售价（B6）：B10的终身价值随之变化。修改B25的折现率：利率越高，B26的CLV越低，而B27的未折现合计不变。看看第1年：获取成本只付一次。",
      ),
      cells: {
        ...block("A4", [
          [say(lang, "The course's calculation", "课程中的算法"), null],
          [say(lang, "Cars in a lifetime", "一生购车数"), 6],
          [say(lang, "Average price", "平均售价"), 150000],
          [say(lang, "Parts and service per year", "每年零件和维修服务"), 4000],
          [say(lang, "Years as a customer", "作为客户的年数"), 30],
          [say(lang, "Loan interest per car", "每辆车的贷款利息"), 8000],
          [say(lang, "Lifetime value (undiscounted)", "终身价值（未折现）"), "=B5*B6+B7*B8+B5*B9"],
        ]),
        A12: say(lang, "Ten years of profit", "十年的利润"),
        ...block("A13", [
          z
            ? ["年份t", "收入", "获取成本", "发展成本", "保持成本", "终止成本", "", "利润P(t)"]
            : [
                "Year t",
                "Revenue",
                "Acquisition",
                "Development",
                "Retention",
                "Termination",
                "",
                "Profit P(t)",
              ],
        ]),
        ...block(
          "A14",
          YEARS.map(([rev, acq, dev, ret, ter], i) => [
            i + 1,
            rev,
            acq,
            dev,
            ret,
            ter,
            null,
            `=CLV.PROFIT(B${14 + i},C${14 + i},D${14 + i},E${14 + i},F${14 + i})`,
          ]),
        ),
        ...block("A25", [
          [say(lang, "Discount rate per year", "年折现率"), 0.1],
          [say(lang, "CLV (NPV of P(t))", "CLV（P(t)的净现值）"), "=CLV.NPV(H14:H23,B25)"],
          [say(lang, "Total profit, undiscounted", "未折现的利润合计"), "=SUM(H14:H23)"],
        ]),
        ...block("J4", [
          [say(lang, "Customer delivered value of one purchase", "一次购买的客户让渡价值"), null, null],
          [
            say(lang, "Value to the customer", "顾客总价值"),
            null,
            say(lang, "Cost to the customer", "顾客总成本"),
          ],
          [say(lang, "Product", "产品价值"), 60, say(lang, "Money", "货币成本")],
          [say(lang, "Service", "服务价值"), 20, say(lang, "Time", "时间成本")],
          [say(lang, "Personnel", "人员价值"), 10, say(lang, "Energy", "精力成本")],
          [say(lang, "Image", "形象价值"), 10, say(lang, "Psychic", "体力和精神成本")],
        ]),
        ...block("M6", [[50], [10], [5], [5]]),
        ...block("J11", [
          [
            say(lang, "Delivered value (value − cost)", "让渡价值（价值 − 成本）"),
            "=VALUE.DELIVERED(K6:K9,M6:M9)",
          ],
          [say(lang, "Value ÷ cost", "价值 ÷ 成本"), '=VALUE.DELIVERED(K6:K9,M6:M9,"ratio")'],
        ]),
      },
      formats: { B25: "0%", B6: "#,##0", B10: "#,##0", B26: "#,##0", B27: "#,##0", K12: "0.00" },
    };
  },
};
