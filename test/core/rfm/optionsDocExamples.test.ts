/** Doc examples of the RFM option modules (ruleRows, schemes, actions, rfmParameters, cellNumber). */
import { segmentRuleRows, segmentRulesFromRows } from "../../../src/rfm/ruleRows";
import { RFM_PACKAGE_SEGMENT_RULES, schemeRules } from "../../../src/rfm/schemes";
import { followUpAction } from "../../../src/rfm/actions";
import { scoringText } from "../../../src/reports/rfmParameters";
import { cellNumber, isBlank } from "../../../src/cells/cellNumber";
import { codeOf } from "../../helpers/errors";

test("segmentRulesFromRows and segmentRuleRows", () => {
  expect(
    segmentRulesFromRows(
      [
        ["name", "r_min", "r_max", "f_min", "f_max", "m_min", "m_max"],
        ["VIP", 4, 5, 4, 5, "", ""],
      ],
      { en: "rules", zh: "规则" },
    )[0],
  ).toEqual({ key: "row2", label: { en: "VIP", zh: "VIP" }, r: [4, 5], f: [4, 5], m: [1, 9] });
  expect(
    segmentRuleRows([{ key: "a", label: { en: "A", zh: "甲" }, r: [1, 2], f: [1, 9], m: [1, 9] }], "zh")[1],
  ).toEqual(["甲", 1, 2, 1, 9, 1, 9]);
  // Written out and read back: the same ranges in the same order (row keys, the labels as shown).
  const back = segmentRulesFromRows(segmentRuleRows(RFM_PACKAGE_SEGMENT_RULES, "en"), { en: "r", zh: "r" });
  expect(back.map((x) => [x.label.en, x.r, x.f, x.m])).toEqual(
    RFM_PACKAGE_SEGMENT_RULES.map((x) => [x.label.en, x.r, x.f, x.m]),
  );
  expect(
    codeOf(() =>
      segmentRulesFromRows([["only a header", "a", "b", "c", "d", "e", "f"]], { en: "r", zh: "r" }),
    ),
  ).toBe("invalid");
});

test("schemes, followUpAction, scoringText, cellNumber", () => {
  expect(RFM_PACKAGE_SEGMENT_RULES[1]).toMatchObject({
    key: "potentialLoyalist",
    r: [3, 5],
    f: [3, 5],
    m: [2, 5],
  });
  expect(schemeRules("rfmPackage")).toHaveLength(10);
  expect(schemeRules("types")).toBeUndefined();
  expect(followUpAction(4, 1, "en")).toBe(
    "Send a catalogue and the points offer within a week; Mail a catalogue every two months",
  );
  expect(followUpAction(5, undefined, "zh")).toBe("立即寄送商品目录及奖励积分计划");
  const t = (thresholds: number[]) => ({ thresholds });
  expect(
    scoringText(
      { method: "quantile", fixed: ["R"], breaks: { r: t([7, 30, 60, 120]), f: t([]), m: t([]) } },
      "en",
    ),
  ).toBe("R by fixed thresholds 7/30/60/120 days; F, M by equal-count quantiles");
  expect(scoringText({ method: "rfm", fixed: [], breaks: { r: t([]), f: t([]), m: t([]) } }, "zh")).toBe(
    "方法 rfm（R 包兼容）",
  );
  expect([cellNumber(" 7 "), cellNumber("45%"), cellNumber("seven"), isBlank("  ")]).toEqual([
    7,
    0.45,
    undefined,
    true,
  ]);
});
