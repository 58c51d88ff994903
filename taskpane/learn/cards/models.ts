/** Concept cards: BG/NBD and P(alive), Gamma-Gamma, sBG retention (CRM_MODELS.md §3, §6). */
import { ConceptCard } from "../types";

export const modelCards: readonly ConceptCard[] = [
  {
    id: "bgnbd",
    section: "§3",
    title: { en: "BG/NBD: future purchases and P(alive)", zh: "BG/NBD模型：未来购买与存活概率" },
    explanation: {
      en: "In a shop with no contract you never see a customer leave: they just stop coming. BG/NBD assumes each customer buys at their own steady rate while alive and may drop out right after any purchase. From x (repeat purchases), t_x (when the last one was) and T (how long we have known them) it estimates P(alive) and the purchases to come. Use it for non-contractual, continuous buying (shops, websites); with a contract (subscriptions) use sBG; with fixed occasions (yearly events) use BG/BB.",
      zh: "没有合同的生意里，你看不到客户离开：他只是不再来了。BG/NBD假设每个客户“活着”时按自己的稳定频率购买，每次购买后都可能流失。根据x（重复购买次数）、t_x（最后一次重复购买的时间）和T（认识这个客户多久了），它估计客户仍然活跃的概率P(alive)和今后的购买次数。它适用于非契约、连续购买的场景（商店、网站）；有合同（订阅）的用sBG；购买机会固定（每年一次的活动）的用BG/BB。",
    },
    formula: {
      en: "fit r, α, a, b by maximum likelihood; P(alive | x, t_x, T) = 1 / (1 + δ(x>0) · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x))",
      zh: "用最大似然估计r、α、a、b；P(alive | x, t_x, T) = 1 / (1 + δ(x>0) · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x))",
    },
    functions: ["CLV.BGNBD", "CLV.PALIVE", "CLV.PURCHASES", "CLV.PNBD"],
    mistake: {
      en: "Counting the first purchase in x: x is repeat purchases only, and t_x is measured from the first purchase, not from the start of the data.",
      zh: "把第一次购买也算进x：x只数重复购买，t_x从客户第一次购买算起，而不是从数据开始算起。",
    },
    example: "cdnow-bgnbd",
  },
  {
    id: "gamma-gamma",
    section: "§3",
    title: { en: "Gamma-Gamma: spend per purchase", zh: "Gamma-Gamma模型：每次消费金额" },
    explanation: {
      en: "BG/NBD counts purchases; Gamma-Gamma predicts how much each one will be, pulling a customer's own average towards the average of everybody (more so when they have bought only once or twice). Purchases × spend, discounted, gives CLV.",
      zh: "BG/NBD数的是购买次数；Gamma-Gamma预测每次买多少钱：把客户自己的平均消费向全体平均值拉近（只买过一两次的客户拉得更多）。购买次数 × 每次金额，再折现，就得到CLV。",
    },
    formula: {
      en: "E(spend | x, m̄) = (γ + x·m̄)·p / (p·x + q − 1)",
      zh: "E(消费 | x, m̄) = (γ + x·m̄)·p / (p·x + q − 1)",
    },
    functions: ["CLV.GGFIT", "CLV.SPEND", "CLV.FORECAST"],
    mistake: {
      en: "Ignoring its key assumption: spend per purchase must not depend on how often the customer buys. Check the correlation of x and mean spend before you trust it.",
      zh: "忽视它的关键假设：每次消费金额与购买频率无关。使用前先看看x与平均金额的相关系数。",
    },
    example: "cdnow-bgnbd",
  },
  {
    id: "sbg",
    section: "§6",
    title: { en: "sBG: retention when customers sign a contract", zh: "sBG模型：有合同时的保持率" },
    explanation: {
      en: "With contracts you see every cancellation. Each customer has their own chance of leaving each period, and the chances differ from customer to customer, so the cohort's retention rate rises over time: the ones likely to leave leave first.",
      zh: "有合同时，每一次退订你都看得到。每个客户每期都有自己的流失概率，而且各人不同，所以整个批次的保持率会随时间上升：容易离开的人先离开了。",
    },
    formula: {
      en: "S(t) = B(α, β + t) / B(α, β); retention r(t) = (β + t − 1) / (α + β + t − 1)",
      zh: "S(t) = B(α, β + t) / B(α, β)；保持率 r(t) = (β + t − 1) / (α + β + t − 1)",
    },
    functions: ["CHURN.SBG", "CHURN.SURVIVAL"],
    mistake: {
      en: "Projecting with one constant retention rate: it under-predicts the customers left in later years.",
      zh: "用一个固定不变的保持率做预测：会低估后几年剩下的客户。",
    },
    example: "cohort-retention",
  },
];
