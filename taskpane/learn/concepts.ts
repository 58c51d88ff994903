/**
 * Every concept card of the Learn tab (issue 12.1), in the order a course teaches them:
 * the customer table and RFM (CRM_MODELS.md §1–§2), value (§3), the models (§3, §6),
 * lifecycle (§4), satisfaction and loyalty (§5), churn, relationship levels, points and
 * two-axis grids (§6–§9). Pure data: test/learn/concepts.test.ts checks every translation,
 * every function name against the catalogue, and every card's worked example.
 * @example conceptCards.find((c) => c.id === "rfm-scores")?.example // => "retailer-mailing"
 */
import { ConceptCard } from "./types";
import { rfmCards } from "./cards/rfm";
import { valueCards } from "./cards/value";
import { modelCards } from "./cards/models";
import { lifecycleCards } from "./cards/lifecycle";
import { satisfactionCards } from "./cards/satisfaction";
import { programmeCards } from "./cards/programmes";

export const conceptCards: readonly ConceptCard[] = [
  ...rfmCards,
  ...valueCards,
  ...modelCards,
  ...lifecycleCards,
  ...satisfactionCards,
  ...programmeCards,
];

export function conceptCard(id: string): ConceptCard | undefined {
  return conceptCards.find((c) => c.id === id);
}
