/**
 * Worked example: churn and a cohort retention triangle (CRM_MODELS.md §6). The orders of a
 * generated class export (src/sample/classExport.ts, seed 12) spill a monthly cohort table with
 * CHURN.COHORTS; beside it the churn rate of a period, an sBG fit on a contract cohort (Fader &
 * Hardie 2007, "high end": 1000, 869, 743, 653, 593, 551, 517, 491 → α 0.668, β 3.806) with its
 * projection, and the value of retention (CLV.RETENTION, CHURN.VALUE).
 */
import { classExport } from "../../../src/sample/classExport";
import { WorkedExample } from "../types";
import { block, langArg, say } from "./build";

export const COHORT_ORDERS = classExport({
  customers: 40,
  start: 45658,
  spanDays: 181,
  churn: 0.35,
  meanGapDays: 25,
  inactiveDays: 30,
  seed: 12,
});
export const SURVIVORS = [1000, 869, 743, 653, 593, 551, 517, 491];
const COLS = ["K", "L", "M", "N", "O", "P", "Q", "R"];

export const cohortRetention: WorkedExample = {
  id: "cohort-retention",
  title: { en: "Churn and a cohort retention triangle", zh: "客户流失与批次保持率三角表" },
  build(lang) {
    const L = langArg(lang);
    const n = COHORT_ORDERS.rows.length;
    return {
      sheetName: say(lang, "Cohorts", "批次保持率"),
      title: say(
        lang,
        "Who is still buying: cohorts by month of first purchase",
        "谁还在购买：按首购月份划分的批次",
      ),
      note: say(
        lang,
        "Change a customer id in column A or a date in column B: the triangle in D8 is counted again. Change a survivor count in row 20: α, β and the projection move. Change the retention in K29 from 80% to 85%: the lifetime value in K31 rises from 266.67 to 340.",
        "修改A列的客户编号或B列的日期：D8的三角表会重新统计。修改第20行的存活人数：α、β和预测值随之变化。把K29的保持率从80%改为85%：K31的终身价值从266.67升到340。",
      ),
      cells: {
        ...block("A7", [COHORT_ORDERS.header.slice(0, 2) as string[]]),
        ...block(
          "A8",
          COHORT_ORDERS.rows.map(([id, day]) => [id, day]),
        ),
        D7: say(lang, "Monthly cohorts", "月度批次"),
        D8: `=CHURN.COHORTS(A8:A${7 + n},B8:B${7 + n},"month",,${L})`,
        ...block("K4", [
          [say(lang, "Customers at the start", "期初客户数"), 200],
          [say(lang, "Lost in the period", "期内流失"), 30],
          [say(lang, "Churn rate", "流失率"), "=CHURN.RATE(L4,L5)"],
        ]),
        K18: say(lang, "A contract cohort: customers still subscribed", "一个签约批次：仍在订阅的客户数"),
        ...block("K19", [SURVIVORS.map((_, t) => t), SURVIVORS]),
        K22: "=CHURN.SBG(K20:R20)",
        K27: say(lang, "Projected", "预测"),
        ...Object.fromEntries(COLS.map((c) => [`${c}27`, `=$K$20*CHURN.SURVIVAL($K$22:$L$24,${c}19)`])),
        ...block("J28", [
          [say(lang, "Margin per period", "每期毛利"), 100],
          [say(lang, "Retention per period", "每期保持率"), 0.8],
          [say(lang, "Discount per period", "每期折现率"), 0.1],
          [say(lang, "CLV, infinite horizon", "CLV（无限期）"), "=CLV.RETENTION(K28,K29,K30)"],
          [
            say(
              lang,
              "Value of +5 points retention, 1000 customers",
              "保持率提高5个百分点的价值（1000位客户）",
            ),
            "=CHURN.VALUE(K28,K29,K30,0.05,1000)",
          ],
        ]),
      },
      formats: { [`B8:B${7 + n}`]: "yyyy-mm-dd", L6: "0%", K29: "0%", K30: "0%", K31: "0.00", K32: "#,##0" },
    };
  },
};
