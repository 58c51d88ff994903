import fc from "fast-check";
import { LIFECYCLE_CUSTOMER_TYPE_LABELS, lifecycleCustomerType } from "../../../src/lifecycle/customerType";
import { LOYALTY_PHASE_LABELS, loyaltyEvolution } from "../../../src/lifecycle/loyaltyEvolution";
import { LIFECYCLE_STAGES } from "../../../src/lifecycle/stages";
import { codeOf } from "../../helpers/errors";

describe("lifecycleCustomerType (seed 003 §3.3)", () => {
  it("doc examples and one case per type", () => {
    expect(lifecycleCustomerType(900, 25, 0.8)).toBe("loyal");
    expect(lifecycleCustomerType(900, 25)).toBe("old");
    expect(lifecycleCustomerType(900, 25, 0.3)).toBe("old");
    expect(lifecycleCustomerType(120, 6)).toBe("frequent");
    expect(lifecycleCustomerType(30, 1)).toBe("new");
    expect(lifecycleCustomerType(0, 0)).toBe("potential");
  });
  it("thresholds are inclusive and configurable", () => {
    expect(lifecycleCustomerType(730, 1, 0.7)).toBe("loyal");
    expect(lifecycleCustomerType(729, 4)).toBe("frequent");
    expect(lifecycleCustomerType(400, 2, 0.9, { longTenureDays: 365, loyalShare: 0.9 })).toBe("loyal");
    expect(lifecycleCustomerType(100, 2, null, { frequentPurchases: 2 })).toBe("frequent");
  });
  it("property: never loyal without share data; potential iff no purchase; labels exist", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 100 }), (t, n) => {
        const type = lifecycleCustomerType(t, n);
        expect(type).not.toBe("loyal");
        expect(type === "potential").toBe(n === 0);
        expect(LIFECYCLE_CUSTOMER_TYPE_LABELS[type].zh.length).toBeGreaterThan(0);
      }),
      { seed: 61 },
    );
  });
  it("edge cases: negative tenure, fractional purchases, share out of range, bad options", () => {
    expect(codeOf(() => lifecycleCustomerType(-1, 3))).toBe("invalid");
    expect(codeOf(() => lifecycleCustomerType(10, 2.5))).toBe("invalid");
    expect(codeOf(() => lifecycleCustomerType(10, 2, 1.2))).toBe("invalid");
    expect(codeOf(() => lifecycleCustomerType(NaN, 2))).toBe("invalid");
    expect(codeOf(() => lifecycleCustomerType(10, 2, 0.5, { frequentPurchases: 0 }))).toBe("invalid");
  });
});

describe("loyaltyEvolution (seed 003 loyalty evolution model)", () => {
  it("maps stages to the seed's phases", () => {
    expect(loyaltyEvolution("exploration")).toBe("basicTrust");
    expect(loyaltyEvolution("formation")).toBe("behavioural");
    expect(loyaltyEvolution("stability")).toBe("emotional");
    expect(loyaltyEvolution("stability", true)).toBe("sustainable");
    expect(loyaltyEvolution("decline")).toBe("eroding");
    expect(loyaltyEvolution("terminated", true)).toBe("none");
    expect(LOYALTY_PHASE_LABELS.emotional.zh).toBe("精神忠诚");
    for (const s of LIFECYCLE_STAGES)
      expect(LOYALTY_PHASE_LABELS[loyaltyEvolution(s)].en.length).toBeGreaterThan(0);
  });
});
