/**
 * Worked example: the customer pyramid and the 80/20 rule on generated data (CRM_MODELS.md §3).
 * Each customer's total spend over two years comes from a generated class export
 * (src/sample/classExport.ts, seed 80); VALUE.TIERS spills the pyramid tier of each, VALUE.PARETO
 * gives the share of the top 20% and of the top 10%, and the course's claims are tested in cells:
 * the top 20% bring about 80%; the top 10% bring more than 40% and spend at least twice the next 10%.
 */
import { classExport } from "../../../src/sample/classExport";
import { WorkedExample } from "../types";
import { block, langArg, say } from "./build";

const orders = classExport({ customers: 200, churn: 0.5, meanGapDays: 60, seed: 80 });
const totals = new Map<string, number>();
for (const [id, , , amount] of orders.rows) totals.set(id, (totals.get(id) ?? 0) + amount);
/** [customer, total spend] per customer, rounded to cents. */
export const CUSTOMER_VALUES: readonly (readonly [string, number])[] = [...totals].map(([id, v]) => [
  id,
  Math.round(v * 100) / 100,
]);
export const FIRST = 5;

export const pyramid8020: WorkedExample = {
  id: "pyramid-8020",
  title: { en: "The customer pyramid and the 80/20 rule", zh: "客户金字塔与80/20法则" },
  build(lang) {
    const L = langArg(lang);
    const last = FIRST + CUSTOMER_VALUES.length - 1;
    const range = `B${FIRST}:B${last}`;
    const tiers = lang === "zh" ? ["白金", "黄金", "铁质", "铅质"] : ["Platinum", "Gold", "Iron", "Lead"];
    return {
      sheetName: say(lang, "Pyramid 80-20", "金字塔80-20"),
      title: say(
        lang,
        "200 generated customers: pyramid tiers and the 80/20 rule",
        "200位生成的客户：金字塔分层与80/20法则",
      ),
      note: say(
        lang,
        "Change a customer's value in column B (try 50000 for one customer): the tiers and the shares in column F move. Look at F5: on this data the top 20% bring less than 80% (about 61%). Is the rule true for your class's data?",
        "修改B列某个客户的价值（比如把一个客户改成50000）：分层和F列的占比都会变化。看看F5：在这份数据上，前20%的客户带来的不到80%（约61%）。在你们班的数据上，这条法则成立吗？",
      ),
      cells: {
        ...block(`A${FIRST - 1}`, [
          lang === "zh"
            ? ["客户", "两年消费总额", "金字塔层级"]
            : ["Customer", "Total spend, 2 years", "Tier"],
        ]),
        ...block(
          `A${FIRST}`,
          CUSTOMER_VALUES.map(([id, v]) => [id, v]),
        ),
        [`C${FIRST}`]: `=VALUE.TIERS(${range},,,${L})`,
        ...block("E4", [
          [say(lang, "Claim", "说法"), say(lang, "On this data", "这份数据")],
          [say(lang, "Share of the top 20%", "前20%客户的占比"), `=VALUE.PARETO(${range})`],
          [say(lang, "Share of the top 10%", "前10%客户的占比"), `=VALUE.PARETO(${range},0.1)`],
          [say(lang, "Top 10% ÷ next 10%", "前10% ÷ 其后10%"), "=F6/(F5-F6)"],
          [
            say(lang, "Top 20% bring 80% or more?", "前20%带来80%以上？"),
            `=IF(F5>=0.8,"${say(lang, "yes", "是")}","${say(lang, "no", "否")}")`,
          ],
          [
            say(lang, "Top 10% bring more than 40%?", "前10%带来40%以上？"),
            `=IF(F6>0.4,"${say(lang, "yes", "是")}","${say(lang, "no", "否")}")`,
          ],
          [
            say(lang, "Top 10% spend at least twice the next 10%?", "前10%的消费至少是其后10%的2倍？"),
            `=IF(F7>=2,"${say(lang, "yes", "是")}","${say(lang, "no", "否")}")`,
          ],
        ]),
        ...block("E12", [
          [say(lang, "Tier", "层级"), say(lang, "Customers", "客户数")],
          ...tiers.map((t, i) => [t, `=COUNTIF(C${FIRST}:C${last},E${13 + i})`]),
        ]),
      },
      formats: { F5: "0%", F6: "0%", F7: "0.00" },
    };
  },
};
