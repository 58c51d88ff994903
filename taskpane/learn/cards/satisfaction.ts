/** Concept cards: c = b/a, CSAT, NPS, the ACSI-style index, loyalty measures, the satisfaction trap (CRM_MODELS.md §5). */
import { ConceptCard } from "../types";

export const satisfactionCards: readonly ConceptCard[] = [
  {
    id: "satisfaction-ratio",
    section: "§5",
    title: { en: "Satisfaction as perceived ÷ expected", zh: "满意度：感知 ÷ 期望" },
    explanation: {
      en: "Kotler's satisfaction compares what the customer got (b, perceived value) with what they expected (a). Above 1 the customer is delighted, around 1 satisfied, below 1 dissatisfied and likely to complain. Raising expectations in advertising can lower satisfaction with the same product.",
      zh: "科特勒的满意度把客户得到的（b，感知价值）与他期望的（a，期望价值）相比。大于1是十分满意，约等于1是比较满意，小于1是不满意，容易抱怨。广告把期望抬得太高，同样的产品反而会让人不满意。",
    },
    formula: {
      en: "c = b / a; delighted if c > 1 + tol, dissatisfied if c < 1 − tol (tol = 0.05)",
      zh: "c = b / a；c > 1 + 容差为十分满意，c < 1 − 容差为不满意（容差 = 0.05）",
    },
    functions: ["CSAT.RATIO", "CSAT.LEVEL"],
    mistake: {
      en: "Dividing the other way round (a / b): a delighted customer then looks dissatisfied.",
      zh: "除反了（a / b）：十分满意的客户会被算成不满意。",
    },
    example: "csat-survey",
  },
  {
    id: "csat",
    section: "§5",
    title: { en: "CSAT: the share of satisfied answers", zh: "CSAT：满意回答的比例" },
    explanation: {
      en: "Ask “How satisfied are you?” on a 1–5 scale and count the top two boxes (4 and 5). CSAT is that count divided by all answers.",
      zh: "用1到5分问“您对我们满意吗？”，数最高两档（4分和5分）的人数。CSAT = 这个人数 ÷ 全部回答数。",
    },
    formula: { en: "CSAT = answers in the top 2 boxes / answers", zh: "CSAT = 最高两档的回答数 / 回答总数" },
    functions: ["CSAT.SCORE"],
    mistake: {
      en: "Averaging the scores instead: an average of 3.8 hides whether a third of customers are unhappy.",
      zh: "改成求平均分：平均3.8分看不出是不是有三分之一的客户不满意。",
    },
    example: "csat-survey",
  },
  {
    id: "nps",
    section: "§5",
    title: { en: "NPS: would you recommend us?", zh: "NPS：您会推荐我们吗？" },
    explanation: {
      en: "On a 0–10 scale, 9 and 10 are promoters, 0 to 6 detractors, 7 and 8 passives. NPS is the percentage of promoters minus the percentage of detractors, from −100 to +100.",
      zh: "用0到10分提问，9和10分是推荐者，0到6分是贬损者，7和8分是被动者。NPS = 推荐者百分比 − 贬损者百分比，范围从−100到+100。",
    },
    formula: {
      en: "NPS = 100 · (share of 9–10 − share of 0–6)",
      zh: "NPS = 100 · (9–10分的比例 − 0–6分的比例)",
    },
    functions: ["CSAT.NPS"],
    mistake: {
      en: "Counting 7 and 8 as promoters: passives are left out of both shares but stay in the total.",
      zh: "把7分和8分算作推荐者：被动者不计入两边的比例，但要计入总人数。",
    },
    example: "csat-survey",
  },
  {
    id: "acsi-index",
    section: "§5",
    title: { en: "An ACSI-style satisfaction index", zh: "ACSI式满意度指数" },
    explanation: {
      en: "The American Customer Satisfaction Index turns several weighted drivers (expectations, perceived quality, perceived value) into one number from 0 to 100. Here the weights are yours; the index rescales the weighted mean of the answers to 0–100.",
      zh: "美国顾客满意度指数（ACSI）把几个加权的驱动因素（顾客期望、感知质量、感知价值）合成一个0到100的数。这里权重由你来定，指数把回答的加权平均值换算到0到100。",
    },
    formula: {
      en: "index = 100 · (Σ w·x̄ − Σ w·min) / (Σ w·(max − min))",
      zh: "指数 = 100 · (Σ w·x̄ − Σ w·min) / (Σ w·(max − min))",
    },
    functions: ["CSAT.INDEX"],
    mistake: {
      en: "Reading 70 as “70% satisfied”: it is a position on the scale, not a share of customers.",
      zh: "把70读成“70%的人满意”：它是在量表上的位置，不是客户的比例。",
    },
    example: "csat-survey",
  },
  {
    id: "loyalty-measures",
    section: "§5",
    title: { en: "Measuring loyalty", zh: "忠诚度的衡量" },
    explanation: {
      en: "Loyalty shows in behaviour and attitude: intention to buy again and to buy other products, willingness to recommend, low price sensitivity, share of wallet, little time spent choosing, indifference to competitors, tolerance of a quality incident. Rate each and combine them with weights.",
      zh: "忠诚体现在行为和态度上：重复购买意向、交叉购买意向、推荐意愿、对价格不敏感、客户份额高、挑选时间短、对竞争对手冷淡、对质量事故宽容。每一项打分，再加权合成。",
    },
    formula: {
      en: "loyalty index = 100 · (Σ w·score − Σ w·min) / (Σ w·(max − min))",
      zh: "忠诚指数 = 100 · (Σ w·得分 − Σ w·最低分) / (Σ w·(最高分 − 最低分))",
    },
    functions: ["LOYALTY.INDEX"],
    mistake: {
      en: "Measuring only repeat purchases: a customer with no alternative repeats too, without being loyal.",
      zh: "只看重复购买：没有别的选择的客户也会重复购买，但并不忠诚。",
    },
    example: "csat-survey",
  },
  {
    id: "satisfaction-trap",
    section: "§5",
    title: { en: "The satisfaction trap", zh: "客户满意陷阱" },
    explanation: {
      en: "Satisfied is not loyal. Many customers who say they are satisfied still switch; some dissatisfied customers stay because they cannot leave (hostages). Put satisfaction and loyalty on two axes and the four quadrants tell you who to worry about.",
      zh: "满意不等于忠诚。很多说自己满意的客户照样会转投别家；也有不满意的客户因为走不了而留下（人质型）。把满意度和忠诚度放在两条轴上，四个象限告诉你该担心谁。",
    },
    formula: {
      en: "quadrant = (satisfaction ≥ cut, loyalty ≥ cut)",
      zh: "象限 = (满意度 ≥ 分界, 忠诚度 ≥ 分界)",
    },
    functions: ["LOYALTY.QUADRANT", "VALUE.GRID"],
    mistake: {
      en: "Celebrating a high CSAT while repeat purchases fall: look at the satisfied-but-not-loyal quadrant.",
      zh: "CSAT很高就庆祝，而重复购买却在下降：去看“满意但不忠诚”的那个象限。",
    },
    example: "csat-survey",
  },
];
