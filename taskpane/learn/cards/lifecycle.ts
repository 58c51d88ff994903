/** Concept cards: lifecycle stages, loyalty evolution, lifecycle customer types (CRM_MODELS.md §4–§5). */
import { ConceptCard } from "../types";

export const lifecycleCards: readonly ConceptCard[] = [
  {
    id: "lifecycle-stages",
    section: "§4",
    title: { en: "Lifecycle stages and what each one gives", zh: "客户生命周期的阶段与投入产出" },
    explanation: {
      en: "A relationship goes through exploration, formation, stability and decline. In exploration the firm invests heavily and earns little; in formation volume and willingness to pay rise fast; in stability volume, price, indirect benefit (referrals) and profit are at their peak; in decline volume falls towards zero. Decline can come from any stage.",
      zh: "客户关系会经历考察期、形成期、稳定期和退化期。考察期企业投入大、收益小；形成期交易量和支付意愿快速上升；稳定期交易量、价格、间接收益（如推荐）和利润都达到最高；退化期交易量降向零。退化可能发生在任何阶段。",
    },
    formula: {
      en: "Decline: last window < (1 − d) × best earlier window; Formation: last window > (1 + g) × the window before; Stability otherwise",
      zh: "退化期：最近窗口 < (1 − d) × 此前最好的窗口；形成期：最近窗口 > (1 + g) × 前一窗口；其余为稳定期",
    },
    functions: ["LIFECYCLE.STAGE", "LIFECYCLE.REASON", "CLV.SHARE"],
    mistake: {
      en: "Reading one bad month as decline: compare windows (a quarter of monthly data), not single periods.",
      zh: "一个月不好就判为退化期：应该比较窗口（月度数据用一个季度），而不是单个月份。",
    },
    example: "lifecycle-customer",
  },
  {
    id: "loyalty-evolution",
    section: "§5",
    title: { en: "How loyalty grows through the stages", zh: "忠诚度随阶段的演变" },
    explanation: {
      en: "Loyalty is built in steps: basic trust in exploration, behavioural loyalty (habit) in formation, emotional loyalty early in stability, sustainable loyalty late in stability. Each step needs the one before.",
      zh: "忠诚是一步步建立起来的：考察期是基本信任，形成期是行为忠诚（习惯），稳定期前期是情感忠诚，稳定期后期是可持续的忠诚。每一步都以前一步为基础。",
    },
    formula: {
      en: "stage → loyalty: Exploration → trust; Formation → behavioural; Stability → emotional, then sustainable",
      zh: "阶段 → 忠诚：考察期 → 基本信任；形成期 → 行为忠诚；稳定期 → 情感忠诚，继而可持续忠诚",
    },
    functions: ["LIFECYCLE.STAGE"],
    mistake: {
      en: "Expecting emotional loyalty from a new customer: a customer in exploration can only trust you, not love you.",
      zh: "指望新客户有情感忠诚：考察期的客户只能信任你，还谈不上喜爱。",
    },
    example: "lifecycle-customer",
  },
  {
    id: "lifecycle-types",
    section: "§4",
    title: { en: "Customer types along the lifecycle", zh: "生命周期中的客户类型" },
    explanation: {
      en: "Potential (no purchase yet), new, frequent, old (long history but also buys elsewhere), loyal (long, stable and buys mostly from us). The difference between old and loyal is the share of wallet.",
      zh: "潜在客户（还没有交易）、新客户、经常性客户、老客户（交易历史长，但也在别处购买）、忠诚客户（关系长期稳定，基本只在本公司消费）。老客户与忠诚客户的区别在于客户份额。",
    },
    formula: {
      en: "by tenure, purchases and share of wallet = our revenue ÷ the customer's total spend",
      zh: "依据关系时长、购买次数和客户份额（本公司收入 ÷ 客户在该品类的总支出）",
    },
    functions: ["LIFECYCLE.TYPE", "CLV.SHARE"],
    mistake: {
      en: "Calling every long-standing customer loyal: without the share of wallet you cannot tell old from loyal.",
      zh: "把所有老交情的客户都叫忠诚客户：没有客户份额，就分不清老客户和忠诚客户。",
    },
    example: "lifecycle-customer",
  },
];
