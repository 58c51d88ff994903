/** Concept cards: the customer table, RFM scores and codes, the eight types, named segments (CRM_MODELS.md §1–§2). */
import { ConceptCard } from "../types";

export const rfmCards: readonly ConceptCard[] = [
  {
    id: "customer-table",
    section: "§1",
    title: { en: "The customer table and the as-of date", zh: "客户表与研究时间点" },
    explanation: {
      en: "Every analysis starts by turning order rows into one row per customer: last purchase, number of purchases, total spend. All of it is measured against one as-of date, so the same data always gives the same numbers.",
      zh: "所有分析的第一步，都是把一行行订单汇总成“一个客户一行”：最近一次购买、购买次数、消费总额。这些数都相对同一个研究时间点来计算，所以同样的数据永远得到同样的结果。",
    },
    formula: {
      en: "R = as-of date − last purchase (days); F = number of purchases; M = total net amount",
      zh: "R = 研究时间点 − 最近一次购买日期（天）；F = 购买次数；M = 净消费总额",
    },
    functions: ["RFM.TABLE", "RFM.RECENCY", "CLV.SUMMARY"],
    mistake: {
      en: "Using today's date (TODAY()) as the as-of date: the scores then change every morning and nobody can reproduce last week's report. Type the date into a cell instead.",
      zh: "用TODAY()当研究时间点：分数每天早上都会变，上周的报告谁也复现不了。应该把日期写进一个单元格。",
    },
    example: "retailer-mailing",
  },
  {
    id: "rfm-scores",
    section: "§2",
    title: { en: "RFM scores and the RFM code", zh: "RFM评分与RFM代码" },
    explanation: {
      en: "Each of R, F and M becomes a score from 1 to 5, 5 being best: the most recent, the most frequent, the biggest spender. Scores come either from fixed thresholds (the office-supplies retailer: 7, 30, 60, 120 days) or from quintiles. The three scores side by side make the RFM code, such as 543.",
      zh: "R、F、M各自变成1到5分，5分最好：最近买过、买得最勤、花得最多。分数可以按固定阈值来定（办公用品零售商：7、30、60、120天），也可以按五等分来定。三个分数并排写，就是RFM代码，比如543。",
    },
    formula: {
      en: "code = 100·R + 10·F + M; quintile score = 1 + floor(5 · customers strictly worse / customers)",
      zh: "代码 = 100·R + 10·F + M；五等分分数 = 1 + floor(5 · 严格更差的客户数 / 客户总数)",
    },
    functions: ["RFM.BIN", "RFM.SCORE", "RFM.SCORES", "RFM.BREAKS", "RFM.CODE", "RFM.WEIGHTED", "RFM.ACTION"],
    mistake: {
      en: "Forgetting that recency is reversed: fewer days is better, so 3 days scores 5 and 200 days scores 1.",
      zh: "忘了R是反向的：天数越少越好，3天得5分，200天得1分。",
    },
    example: "retailer-mailing",
  },
  {
    id: "rfm-types",
    section: "§2",
    title: { en: "The eight RFM customer types", zh: "八类RFM客户" },
    explanation: {
      en: "Compare each customer with the average: high or low on R, F and M gives 2 × 2 × 2 = 8 types, from important value customers (high on all three) to general win-back customers (low on all three).",
      zh: "把每个客户和平均值比较：R、F、M各分高低，2 × 2 × 2 = 8类，从重要价值客户（三项都高）到一般挽留客户（三项都低）。",
    },
    formula: {
      en: "high R = fewer days than the mean; high F = more purchases than the mean; high M = more spend than the mean",
      zh: "R高 = 天数少于均值；F高 = 次数多于均值；M高 = 金额高于均值",
    },
    functions: ["RFM.TYPES", "RFM.TYPE"],
    mistake: {
      en: "Computing the means row by row inside each formula on a filtered list: the means must be those of the whole customer table, computed once.",
      zh: "在筛选后的列表上逐行计算均值：均值必须是整张客户表的均值，只算一次。",
    },
    example: "retailer-mailing",
  },
  {
    id: "rfm-segments",
    section: "§2",
    title: { en: "Named segments", zh: "命名的客户细分" },
    explanation: {
      en: "Marketers prefer names to codes: Champions, Loyal customers, At risk, Hibernating… Each name is a rule over the R and F (and M) scores, and the rules are data you can read and change.",
      zh: "营销人员更喜欢名字而不是代码：冠军客户、忠诚客户、流失风险客户、沉睡客户……每个名字都是R、F（和M）分数上的一条规则，规则本身是可以查看、可以修改的数据。",
    },
    formula: {
      en: "segment = first rule whose R, F, M ranges contain the scores",
      zh: "细分 = 第一条其R、F、M范围包含该客户分数的规则",
    },
    functions: ["RFM.SEGMENT"],
    mistake: {
      en: "Treating the names as facts: a customer called At risk is a customer whose scores fell in a rule somebody chose. Say which rules you used.",
      zh: "把名字当成事实：“流失风险客户”只是分数落进了某人定下的规则里。报告时要说明用的是哪套规则。",
    },
    example: "retailer-mailing",
  },
];
