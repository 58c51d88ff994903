/** Concept cards: churn and cohorts, churn causes, Kotler's levels, points, two-axis grids (CRM_MODELS.md §6–§9). */
import { ConceptCard } from "../types";

export const programmeCards: readonly ConceptCard[] = [
  {
    id: "churn-retention",
    section: "§6",
    title: { en: "Churn and cohort retention", zh: "客户流失与批次保持率" },
    explanation: {
      en: "Churn rate is the customers lost in a period divided by the customers at its start; retention is one minus churn. A cohort table follows the customers acquired in the same month: what share of them still buys 1, 2, 3… months later.",
      zh: "流失率 = 期内流失的客户数 ÷ 期初客户数；保持率 = 1 − 流失率。批次表追踪同一个月获得的客户：1个月、2个月、3个月……之后还有多大比例在购买。",
    },
    formula: {
      en: "churn = lost / at start; retention = (at end − new) / at start",
      zh: "流失率 = 流失数 / 期初数；保持率 = (期末数 − 新增数) / 期初数",
    },
    functions: ["CHURN.RATE", "CHURN.RETENTION", "CHURN.COHORTS"],
    mistake: {
      en: "Counting new customers as retained: a period that wins 50 and loses 50 has churn, not perfect retention.",
      zh: "把新客户算成保持下来的客户：一期新增50个、流失50个，是有流失的，而不是保持率100%。",
    },
    example: "cohort-retention",
  },
  {
    id: "churn-causes",
    section: "§6",
    title: { en: "Why customers leave", zh: "客户流失的原因" },
    explanation: {
      en: "The peripherals maker's five customers show the usual causes: unstable quality (A), a reorganisation at the customer (B), a salesperson leaving with the customer (C), internal disagreement on terms while a competitor moves in (D), and no innovation (E). Tell causes you can change from those you can only watch.",
      zh: "电脑外设制造商的五个客户展示了常见的流失原因：质量不稳定（A）、客户公司机构调整（B）、业务员离职带走客户（C）、内部对付款条件意见不一而竞争对手乘虚而入（D）、缺乏创新（E）。要区分哪些原因能改变，哪些只能观察。",
    },
    formula: {
      en: "A: this year's purchases 40% of last year's → a 60% drop > d = 30% → Decline",
      zh: "A：今年采购量为去年同期的40% → 下降60% > d = 30% → 退化期",
    },
    functions: ["LIFECYCLE.STAGE", "LIFECYCLE.REASON", "CHURN.RATE"],
    mistake: {
      en: "Treating every lost customer as a price problem: of the five, only D is about payment terms, and even there the cause is inside the firm.",
      zh: "把所有流失都当成价格问题：五个客户里只有D与付款条件有关，而且原因还在企业内部。",
    },
    example: "peripherals-churn",
  },
  {
    id: "kotler-levels",
    section: "§7",
    title: { en: "Kotler's relationship levels", zh: "科特勒的客户关系水平" },
    explanation: {
      en: "Five levels, from basic (sell and forget) through reactive, accountable and proactive to partnership. Which one pays depends on how many customers you have and how much margin each sale makes: few customers with high margins deserve a partnership, many with low margins a basic or reactive relationship.",
      zh: "五个水平：从基本型（卖完即止），经被动型、负责型、能动型，到伙伴型。哪一种划算，取决于客户数量和每笔销售的利润率：客户少而利润高的值得做伙伴，客户多而利润低的用基本型或被动型就够了。",
    },
    formula: {
      en: "level = grid[customers: many / medium / few][margin: high / medium / low]",
      zh: "水平 = 表格[客户数：多 / 中 / 少][利润率：高 / 中 / 低]",
    },
    functions: ["RELATIONSHIP.LEVEL"],
    mistake: {
      en: "Offering a partnership to everyone: it costs more than thin margins on many customers can pay back.",
      zh: "对所有客户都搞伙伴关系：客户多、利润薄的时候，成本根本收不回来。",
    },
    example: "kotler-grid",
  },
  {
    id: "points-programme",
    section: "§8",
    title: { en: "The points programme", zh: "会员积分计划" },
    explanation: {
      en: "One point per yuan spent, a reward at every 500 points: 500 brings washing powder, 1,000 dish soap and toothpaste, 1,500 a tissue pack and a notebook. Points make the next purchase worth more than the last one, which is why they keep customers in the maintenance stage.",
      zh: "每消费1元积1分，每满500分奖励一次：500分一包洗衣粉，1000分一盒洗洁精加一支牙膏，1500分一袋卫生纸加一本笔记本。积分让下一次购买比上一次更值，这就是它能在维持期留住客户的原因。",
    },
    formula: {
      en: "points = floor(amount × points per yuan); rewards = floor(points / 500)",
      zh: "积分 = floor(金额 × 每元积分)；奖励次数 = floor(积分 / 500)",
    },
    functions: ["POINTS.REWARDS"],
    mistake: {
      en: "Rounding points up: 499.9 yuan earns 499 points, not a reward.",
      zh: "积分向上取整：消费499.9元只有499分，还拿不到奖励。",
    },
    example: "points-table",
  },
  {
    id: "two-axis",
    section: "§9",
    title: { en: "Two-axis classifications", zh: "二维客户分类" },
    explanation: {
      en: "Put customers on two measures at once, such as loyalty × credit rating or loyalty × size, with a cut point on each axis and a label for each cell. The satisfaction-trap quadrant and Kotler's grid are two such grids.",
      zh: "同时用两个指标给客户分类，比如忠诚度 × 信用等级，或忠诚度 × 客户规模：每条轴一个分界点，每个格子一个名称。满意陷阱的四象限和科特勒的表格都是这样的二维分类。",
    },
    formula: {
      en: "cell = (row band of measure 1, column band of measure 2)",
      zh: "格子 = (指标1所在的行区间, 指标2所在的列区间)",
    },
    functions: ["VALUE.GRID"],
    mistake: {
      en: "Choosing cut points after looking at who falls where: fix them first, then classify.",
      zh: "先看谁落在哪里再定分界点：应该先定分界点，再分类。",
    },
    example: "kotler-grid",
  },
];
