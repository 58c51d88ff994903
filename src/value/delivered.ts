/**
 * Customer delivered value 客户让渡价值 (CRM_MODELS.md §3, seed 003 §3.2 after Kotler; seed 004
 * defines customer value the same way):
 *
 *     delivered value = total customer value − total customer cost
 *     value ratio     = total customer value ÷ total customer cost
 *
 * total customer value = Σ benefits (product, service, personnel, image value);
 * total customer cost = Σ costs (money, time, energy, psychic cost), all ≥ 0 in one unit
 * (money or survey points). A single number counts as a total. Cost O(n) in the components.
 *
 * Throws `invalid` for an empty list or a negative or non-numeric component; the ratio throws
 * `numeric` when the total cost is 0.
 *
 * @example
 * deliveredValue([60, 20, 10, 10], [50, 10, 5, 5])      // => 30
 * deliveredValueRatio([60, 20, 10, 10], [50, 10, 5, 5]) // => 1.428…  (100 / 70)
 */
import { Bilingual, invalidInput, numericFailure } from "../errors";
import { requireFiniteArray } from "../validate";

const BENEFITS: Bilingual = { en: "The customer benefits", zh: "顾客总价值" };
const COSTS: Bilingual = { en: "The customer costs", zh: "顾客总成本" };

function total(where: string, what: Bilingual, parts: number | readonly number[]): number {
  const xs = requireFiniteArray(where, what, typeof parts === "number" ? [parts] : parts);
  let sum = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] as number;
    if (x < 0) {
      throw invalidInput(
        where,
        `${what.en}: item ${i + 1} is ${x}; every component must be ≥ 0.`,
        `${what.zh}：第 ${i + 1} 项为 ${x}；每一项都必须 ≥ 0。`,
      );
    }
    sum += x;
  }
  return sum;
}

export function deliveredValue(
  benefits: number | readonly number[],
  costs: number | readonly number[],
): number {
  return total("deliveredValue", BENEFITS, benefits) - total("deliveredValue", COSTS, costs);
}

export function deliveredValueRatio(
  benefits: number | readonly number[],
  costs: number | readonly number[],
): number {
  const value = total("deliveredValueRatio", BENEFITS, benefits);
  const cost = total("deliveredValueRatio", COSTS, costs);
  if (cost === 0) {
    throw numericFailure(
      "deliveredValueRatio",
      "The total customer cost is 0, so value ÷ cost is undefined: give at least one cost > 0.",
      "顾客总成本为 0，价值 ÷ 成本无意义：请至少给出一项大于 0 的成本。",
    );
  }
  return value / cost;
}
