/** Concept cards: pyramid and 80/20, CLV as NPV, profit, retention CLV, delivered value (CRM_MODELS.md §3). */
import { ConceptCard } from "../types";

export const valueCards: readonly ConceptCard[] = [
  {
    id: "pyramid-pareto",
    section: "§3",
    title: { en: "The customer pyramid and the 80/20 rule", zh: "客户金字塔与80/20法则" },
    explanation: {
      en: "Rank customers by value and cut the ranking into tiers: platinum (top 5%), gold (next 15%), iron and lead. The 80/20 rule says the top 20% bring about 80% of the value; the course adds that the top 10% spend at least twice as much as the next tier and bring more than 40% of revenue. Test both claims on your own data.",
      zh: "按价值给客户排序，再切成几层：白金（前5%）、黄金（其后15%）、铁质和铅质。80/20法则说前20%的客户带来约80%的价值；课程还说排名前10%的客户消费比下一等级至少多2倍，占营业额40%以上。请用自己的数据检验这两个说法。",
    },
    formula: {
      en: "top-20% share = Σ value of the top 20% / Σ value of all",
      zh: "前20%占比 = 前20%客户价值之和 / 全部客户价值之和",
    },
    functions: ["VALUE.TIERS", "VALUE.TIER", "VALUE.PARETO"],
    mistake: {
      en: "Quoting 80/20 as a law: on many data sets the top 20% bring 50% or 95%. It is a question to ask of the data, not an answer.",
      zh: "把80/20当成定律：很多数据里前20%带来的是50%或95%。它是要向数据提出的问题，而不是现成的答案。",
    },
    example: "pyramid-8020",
  },
  {
    id: "clv-npv",
    section: "§3",
    title: { en: "Customer lifetime value as a net present value", zh: "客户终身价值：净现值" },
    explanation: {
      en: "A customer is worth the profit they will bring, year by year, discounted back to today: money next year is worth less than money now. The car industry's version: cars in a lifetime × average price, plus parts and service, plus loan interest.",
      zh: "一个客户的价值，是他今后每年带来的利润折现到今天的总和：明年的钱不如今天的钱值钱。汽车业的算法：一生买车数 × 平均售价，加上零件和维修服务，再加上购车贷款的利息。",
    },
    formula: { en: "CLV = Σ_{t=1..T} P(t) / (1 + i)^t", zh: "CLV = Σ_{t=1..T} P(t) / (1 + i)^t" },
    functions: ["CLV.NPV"],
    mistake: {
      en: "Putting the year-0 amount inside the NPV range: like Excel's NPV, the first value is discounted one full year. Add a today amount outside the function.",
      zh: "把第0年的金额放进NPV的范围：和Excel的NPV一样，第一个数会被折现一整年。今天发生的金额要放在函数外面相加。",
    },
    example: "automotive-clv",
  },
  {
    id: "clv-profit",
    section: "§3",
    title: { en: "Profit from its four costs", zh: "利润与四项成本" },
    explanation: {
      en: "The profit of a year is the relationship revenue minus four costs: acquiring the customer, developing the relationship, retaining it, and ending it. Acquisition is usually paid once, at the start.",
      zh: "每年的利润 = 关系收入 − 四项成本：获取成本、发展成本、保持成本、终止成本。获取成本通常只在开始时付一次。",
    },
    formula: {
      en: "P(t) = revenue − acquisition − development − retention − termination",
      zh: "P(t) = 收入 − 获取成本 − 发展成本 − 保持成本 − 终止成本",
    },
    functions: ["CLV.PROFIT", "CLV.NPV"],
    mistake: {
      en: "Charging the acquisition cost every year: it makes long relationships look worse than they are.",
      zh: "每年都扣一次获取成本：会让长期关系看起来比实际更差。",
    },
    example: "automotive-clv",
  },
  {
    id: "clv-retention",
    section: "§3, §6",
    title: { en: "Retention-based CLV and the value of retention", zh: "基于保持率的CLV与保持的价值" },
    explanation: {
      en: "If a customer brings margin m each period and stays with probability r, the expected margin of period t is m·r^t. Raising r a few points raises CLV a lot, which is what a retention budget buys.",
      zh: "如果客户每期带来毛利m，每期留下的概率是r，那么第t期的期望毛利是m·r^t。保持率提高几个百分点，CLV就会明显上升，这正是保持预算买到的东西。",
    },
    formula: {
      en: "CLV = Σ m·r^t/(1+d)^t − AC; infinite horizon m·r/(1+d−r) − AC",
      zh: "CLV = Σ m·r^t/(1+d)^t − AC；无限期 m·r/(1+d−r) − AC",
    },
    functions: ["CLV.RETENTION", "CHURN.VALUE", "CLV.SHARE"],
    mistake: {
      en: "Mixing periods: a monthly retention rate with a yearly discount rate. Both must be per the same period.",
      zh: "周期混用：月保持率配年折现率。两者必须是同一个周期的。",
    },
    example: "cohort-retention",
  },
  {
    id: "delivered-value",
    section: "§3",
    title: { en: "Customer delivered value", zh: "客户让渡价值" },
    explanation: {
      en: "What the customer gets (product, service, personnel, image) minus what it costs them (money, time, energy, psychic cost). A customer buys from the firm that delivers the most value, not always the cheapest.",
      zh: "客户得到的（产品、服务、人员、形象价值）减去客户付出的（货币、时间、精力、体力和精神成本）。客户会选择让渡价值最大的企业，而不一定是最便宜的。",
    },
    formula: {
      en: "delivered value = total customer value − total customer cost (or the ratio value ÷ cost)",
      zh: "让渡价值 = 顾客总价值 − 顾客总成本（或比值：价值 ÷ 成本）",
    },
    functions: ["VALUE.DELIVERED"],
    mistake: {
      en: "Counting only the price as the cost: the hours spent choosing and waiting for repairs are costs too.",
      zh: "只把价格算作成本：挑选的时间、等维修的时间同样是成本。",
    },
    example: "automotive-clv",
  },
];
