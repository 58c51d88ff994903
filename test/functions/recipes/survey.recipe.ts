import { Recipe } from "../workbook";

/**
 * Ten respondents: overall satisfaction (1–5, one left blank), would-recommend (0–10), three
 * drivers (1–10: quality, service, price) and the eight loyalty measures (1–5), the fourth asked
 * the other way round ("I would switch for a lower price"), reversed in the means row.
 */
const RESPONDENTS: [
  overall: number | null,
  recommend: number,
  drivers: [number, number, number],
  loyalty: [number, number, number, number, number, number, number, number],
][] = [
  [5, 10, [9, 8, 6], [5, 4, 5, 2, 4, 4, 3, 4]],
  [4, 9, [8, 9, 7], [4, 4, 5, 2, 3, 4, 4, 3]],
  [3, 8, [7, 6, 5], [3, 2, 3, 4, 2, 3, 2, 3]],
  [5, 7, [9, 8, 7], [5, 4, 4, 1, 5, 4, 4, 4]],
  [2, 0, [4, 3, 4], [2, 1, 1, 5, 1, 2, 1, 2]],
  [4, 6, [8, 7, 6], [4, 3, 4, 3, 3, 3, 3, 3]],
  [null, 9, [7, 8, 6], [4, 3, 4, 2, 3, 4, 3, 3]],
  [5, 10, [9, 9, 8], [5, 4, 5, 1, 4, 4, 4, 4]],
  [3, 8, [6, 5, 5], [3, 2, 3, 4, 2, 3, 2, 3]],
  [4, 5, [8, 7, 6], [4, 3, 4, 2, 3, 3, 4, 3]],
];

/** Segments with their satisfaction and loyalty indices (0–100), for the quadrant table. */
const SEGMENTS: [name: string, satisfaction: number, loyalty: number][] = [
  ["Price hunters", 85, 40],
  ["Locked-in contracts", 50, 80],
  ["Fans", 80, 80],
  ["Lapsed", 60, 50],
  ["On both cuts", 75, 75],
];

const LOYALTY_COLS = ["G", "H", "I", "J", "K", "L", "M", "N"];
const R1 = 2;
const RN = R1 + RESPONDENTS.length - 1; // 11

/**
 * A survey panel sheet: answers per respondent in rows; a means row (AVERAGE, one measure reversed
 * with min + max − mean) and weight rows under them; beside, the CSAT share by CSAT.SCORE next to
 * COUNTIF/COUNT, the satisfaction index (CSAT.INDEX) and loyalty index (LOYALTY.INDEX) next to the
 * ACSI rescaling written with SUMPRODUCT/SUM/AVERAGE, the panel's LOYALTY.QUADRANT; then a
 * segment table with LOYALTY.QUADRANT beside nested IFs.
 */
export const surveyRecipe: Recipe = {
  title: "Panel survey: CSAT share, satisfaction and loyalty indices, satisfaction-trap quadrants",
  cells: {
    A1: "respondent",
    B1: "overall (1–5)",
    C1: "recommend (0–10)",
    D1: "quality (1–10)",
    E1: "service (1–10)",
    F1: "price (1–10)",
    G1: "would buy again",
    H1: "would buy other lines",
    I1: "would recommend",
    J1: "would switch for a lower price (reversed below)",
    K1: "buys most of the category here",
    L1: "chooses quickly",
    M1: "ignores competitors' offers",
    N1: "forgives a quality incident",
    ...Object.fromEntries(
      RESPONDENTS.flatMap(([overall, recommend, drivers, loyalty], i) => {
        const r = R1 + i;
        return [
          [`A${r}`, `R${String(i + 1).padStart(2, "0")}`],
          ...(overall === null ? [] : [[`B${r}`, overall]]),
          [`C${r}`, recommend],
          ...drivers.map((v, k) => [`${["D", "E", "F"][k]}${r}`, v]),
          ...loyalty.map((v, k) => [`${LOYALTY_COLS[k]}${r}`, v]),
        ];
      }),
    ),
    A13: "mean",
    ...Object.fromEntries(
      ["B", "C", "D", "E", "F", ...LOYALTY_COLS].map((c) => [
        `${c}13`,
        c === "J" ? `=1+5-AVERAGE(J${R1}:J${RN})` : `=AVERAGE(${c}${R1}:${c}${RN})`,
      ]),
    ),
    A14: "driver weights",
    D14: 0.5,
    E14: 0.3,
    F14: 0.2,
    A15: "loyalty weights",
    ...Object.fromEntries(LOYALTY_COLS.map((c, k) => [`${c}15`, 8 - k])),

    P1: "CSAT top-2-box (CSAT.SCORE)",
    Q1: `=CSAT.SCORE(B${R1}:B${RN})`,
    P2: "CSAT top-2-box (COUNTIF/COUNT)",
    Q2: `=COUNTIF(B${R1}:B${RN},">=4")/COUNT(B${R1}:B${RN})`,
    P3: "recommend top-3-box of 0–10 (CSAT.SCORE)",
    Q3: `=CSAT.SCORE(C${R1}:C${RN}, 10, 3, 0)`,
    P4: "recommend top-3-box (COUNTIF/COUNT)",
    Q4: `=COUNTIF(C${R1}:C${RN},">=8")/COUNT(C${R1}:C${RN})`,
    P5: "satisfaction index (CSAT.INDEX)",
    Q5: "=CSAT.INDEX(D13:F13, D14:F14)",
    P6: "satisfaction index (SUMPRODUCT)",
    Q6: "=100*(SUMPRODUCT(D13:F13,D14:F14)-SUM(D14:F14)*1)/(SUM(D14:F14)*(10-1))",
    P7: "overall satisfaction on 0–100 (CSAT.INDEX)",
    Q7: "=CSAT.INDEX(B13, , 1, 5)",
    P8: "overall satisfaction on 0–100 (rescaled)",
    Q8: "=100*(B13-1)/(5-1)",
    P9: "loyalty index (LOYALTY.INDEX)",
    Q9: "=LOYALTY.INDEX(G13:N13)",
    P10: "loyalty index (AVERAGE rescaled)",
    Q10: "=100*(AVERAGE(G13:N13)-1)/(5-1)",
    P11: "loyalty index, weighted (LOYALTY.INDEX)",
    Q11: "=LOYALTY.INDEX(G13:N13, G15:N15)",
    P12: "loyalty index, weighted (SUMPRODUCT)",
    Q12: "=100*(SUMPRODUCT(G13:N13,G15:N15)-SUM(G15:N15)*1)/(SUM(G15:N15)*(5-1))",
    P13: "panel quadrant (cuts 75 / 75)",
    Q13: "=LOYALTY.QUADRANT(Q5, Q9)",
    P14: "panel quadrant (cuts 60 / 55)",
    Q14: "=LOYALTY.QUADRANT(Q5, Q9, 60, 55)",
    P15: "panel quadrant (zh)",
    Q15: '=LOYALTY.QUADRANT(Q5, Q9, , , "zh")',

    A17: "segment",
    B17: "satisfaction",
    C17: "loyalty",
    D17: "quadrant (LOYALTY.QUADRANT)",
    E17: "quadrant (IF)",
    ...Object.fromEntries(
      SEGMENTS.flatMap(([name, sat, loyal], i) => {
        const r = 18 + i;
        return [
          [`A${r}`, name],
          [`B${r}`, sat],
          [`C${r}`, loyal],
          [`D${r}`, `=LOYALTY.QUADRANT(B${r}, C${r})`],
          [
            `E${r}`,
            `=IF(B${r}>=75,IF(C${r}>=75,"Advocate (satisfied and loyal)","Mercenary (satisfied, not loyal)"),IF(C${r}>=75,"Hostage (loyal, dissatisfied)","Defector (neither)"))`,
          ],
        ];
      }),
    ),
  },
};
