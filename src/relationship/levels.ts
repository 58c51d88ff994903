/**
 * Kotler's five relationship levels (CRM_MODELS.md §7; seed 001's table of types and what the
 * seller does after the sale), and the "basic or reactive" choice his grid allows.
 */
import { Bilingual } from "../errors";

export type RelationshipLevel = "basic" | "reactive" | "accountable" | "proactive" | "partnership";
export type RelationshipChoice = RelationshipLevel | "basicOrReactive";

export const RELATIONSHIP_LEVELS: readonly RelationshipLevel[] = [
  "basic",
  "reactive",
  "accountable",
  "proactive",
  "partnership",
];

export const RELATIONSHIP_LEVEL_LABELS: Readonly<Record<RelationshipChoice, Bilingual>> = {
  basic: { en: "Basic", zh: "基本型" },
  reactive: { en: "Reactive", zh: "被动型" },
  accountable: { en: "Accountable", zh: "负责型" },
  proactive: { en: "Proactive", zh: "能动型" },
  partnership: { en: "Partnership", zh: "伙伴型" },
  basicOrReactive: { en: "Basic or reactive", zh: "基本型或被动型" },
};

/** Seed 001's description of each level. */
export const RELATIONSHIP_LEVEL_DESCRIPTIONS: Readonly<Record<RelationshipLevel, Bilingual>> = {
  basic: {
    en: "Sells the product and has no further contact.",
    zh: "销售人员把产品销售出去后就不再与客户接触。",
  },
  reactive: {
    en: "Sells the product and encourages the customer to call with questions or complaints.",
    zh: "销售人员把产品销售出去，同意或鼓励客户在遇到问题或有意见时联系企业。",
  },
  accountable: {
    en: "Calls the customer soon after the sale to ask whether the product meets expectations and how to improve it.",
    zh: "产品销售完成后，企业及时联系客户，询问产品是否符合要求，有何缺陷或不足，有何意见或建议。",
  },
  proactive: {
    en: "Keeps contacting the customer with suggestions for better use and news of new products.",
    zh: "销售完成后，企业不断联系客户，提供有关改进产品的建议和新产品的信息。",
  },
  partnership: {
    en: "Works continuously with the customer to solve problems and support the customer's success.",
    zh: "企业不断地协同客户努力，帮助客户解决问题，支持客户的成功，实现共同发展。",
  },
};
