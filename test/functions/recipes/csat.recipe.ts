import { Recipe } from "../workbook";

/**
 * A survey sheet: expected and perceived scores per customer with CSAT.RATIO / CSAT.LEVEL beside
 * them, and NPS over the recommendation column, checked against the same NPS built from COUNTIF.
 */
export const csatRecipe: Recipe = {
  title: "Survey: satisfaction ratio and level per customer, NPS of the panel",
  cells: {
    A1: "customer",
    B1: "expected",
    C1: "perceived",
    D1: "recommend (0-10)",
    E1: "ratio",
    F1: "level",
    ...Object.fromEntries(
      [
        ["A", 8, 9, 10],
        ["B", 8, 8.2, 8],
        ["C", 9, 6, 3],
        ["D", 7, 7, 9],
        ["E", 6, 4, 6],
      ].flatMap(([id, exp, per, rec], i) => [
        [`A${i + 2}`, id],
        [`B${i + 2}`, exp],
        [`C${i + 2}`, per],
        [`D${i + 2}`, rec],
        [`E${i + 2}`, `=CSAT.RATIO(C${i + 2}, B${i + 2})`],
        [`F${i + 2}`, `=CSAT.LEVEL(C${i + 2}, B${i + 2})`],
      ]),
    ),
    H1: "NPS",
    H2: "=CSAT.NPS(D2:D6)",
    I1: "NPS by COUNTIF",
    I2: '=100*(COUNTIF(D2:D6,">=9")-COUNTIF(D2:D6,"<=6"))/COUNT(D2:D6)',
    H4: "levels, spilled from a range",
    H5: '=CSAT.LEVEL(C2:C6, B2:B6, , "zh")',
  },
};
