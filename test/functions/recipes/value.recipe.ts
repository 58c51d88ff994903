import { Recipe } from "../workbook";

/** Six years of one relationship: revenue and the four cost lines of CLV.PROFIT. */
const VALUE_YEARS: [revenue: number, acq: number, dev: number, ret: number, term: number][] = [
  [400, 900, 100, 0, 0],
  [1200, 0, 150, 60, 0],
  [1500, 0, 100, 80, 0],
  [1700, 0, 50, 90, 0],
  [1300, 0, 0, 120, 0],
  [600, 0, 0, 60, 150],
];

/**
 * Twenty customers: our spend, their category spend, yearly profit (two tie at 800 across the
 * iron/lead boundary, ranks 10 and 11), loyalty (0–100) and credit score.
 */
const VALUE_CUSTOMERS: [
  id: string,
  ours: number,
  total: number,
  profit: number,
  loyalty: number,
  credit: number,
][] = [
  ["C01", 1200, 4000, 800, 55, 720],
  ["C02", 5200, 6500, 5200, 90, 780],
  ["C03", 300, 3000, 120, 20, 560],
  ["C04", 2600, 5200, 2400, 75, 690],
  ["C05", 950, 1000, 950, 82, 640],
  ["C06", 0, 800, 0, 10, 520],
  ["C07", 3100, 3100, 3100, 70, 700],
  ["C08", 640, 2560, 640, 40, 600],
  ["C09", 1500, 2500, 1500, 65, 710],
  ["C10", 180, 900, 180, 30, 650],
  ["C11", 2900, 3625, 2900, 88, 610],
  ["C12", 420, 2100, 420, 45, 580],
  ["C13", 1800, 2400, 1800, 60, 705],
  ["C14", 60, 600, 60, 15, 700],
  ["C15", 1400, 1750, 1400, 72, 560],
  ["C16", 800, 1600, 800, 50, 690],
  ["C17", 500, 5000, 500, 35, 740],
  ["C18", 1200, 1500, 1200, 68, 600],
  ["C19", 260, 1300, 260, 25, 680],
  ["C20", 300, 600, 300, 39.5, 699],
];

const Y = VALUE_YEARS.length; // profit rows 2…7
const C0 = 13; // first customer row
const CL = C0 + VALUE_CUSTOMERS.length - 1; // last customer row (32)
const PROFITS = `$F$${C0}:$F$${CL}`;

/**
 * Customer value as a trainer lays it out on one sheet:
 * - rows 1–7: a relationship's yearly revenue and costs, CLV.PROFIT beside the plain subtraction,
 *   a discount factor per year from ROW offsets, and CLV.NPV next to the same NPV by SUMPRODUCT
 *   and by an explicit sum (the formula engine has no NPV built-in);
 * - M1:Q10: retention-based CLV (infinite and 5-year horizons) beside m·r/(1+d−r) and a term table;
 * - rows 12–32: a customer table with share of wallet, pyramid tier per cell next to the
 *   COUNTIF/COUNT construction, VALUE.TIERS spilled, the Pareto share beside SUMIF over the
 *   ranks, and VALUE.GRID on a loyalty × credit label grid typed in cells beside INDEX/COUNTIF;
 * - rows 35–49: delivered value of our offer and a rival's, parts in cells.
 */
export const valueRecipe: Recipe = {
  title:
    "Customer value: profit and NPV, retention CLV, share of wallet, pyramid, Pareto, value grid, delivered value",
  cells: {
    A1: "year",
    B1: "revenue",
    C1: "acquisition",
    D1: "development",
    E1: "retention",
    F1: "termination",
    G1: "profit (CLV.PROFIT)",
    H1: "profit (subtraction)",
    I1: "discount factor",
    ...Object.fromEntries(
      VALUE_YEARS.flatMap(([rev, acq, dev, ret, term], i) => {
        const r = i + 2;
        return [
          [`A${r}`, i + 1],
          [`B${r}`, rev],
          [`C${r}`, acq],
          [`D${r}`, dev],
          [`E${r}`, ret],
          // no termination cost until the last year: left blank (CLV.PROFIT's default 0)
          ...(term > 0 ? [[`F${r}`, term]] : []),
          [
            `G${r}`,
            term > 0
              ? `=CLV.PROFIT(B${r}, C${r}, D${r}, E${r}, F${r})`
              : `=CLV.PROFIT(B${r}, C${r}, D${r}, E${r})`,
          ],
          [`H${r}`, `=B${r}-C${r}-D${r}-E${r}-F${r}`],
          [`I${r}`, `=1/POWER(1+$K$2, ROW(A${r})-ROW($A$1))`],
        ];
      }),
    ),
    K1: "discount rate",
    K2: 0.1,
    K3: "CLV (CLV.NPV)",
    K4: `=CLV.NPV(G2:G${Y + 1}, K2)`,
    K5: "CLV (SUMPRODUCT of profits × factors)",
    K6: `=SUMPRODUCT(G2:G${Y + 1}, I2:I${Y + 1})`,
    K7: "CLV (explicit sum)",
    K8: "=" + Array.from({ length: Y }, (_, i) => `G${i + 2}/POWER(1+K2,${i + 1})`).join("+"),
    K9: "CLV if the relationship began today (year 1 undiscounted)",
    K10: `=G2+CLV.NPV(G3:G${Y + 1}, K2)`,

    // the term table first: formulas are evaluated in the order given
    P1: "t",
    Q1: "m·r^t/(1+d)^t",
    ...Object.fromEntries(
      [1, 2, 3, 4, 5].flatMap((t) => [
        [`P${t + 1}`, t],
        [`Q${t + 1}`, `=$N$1*POWER($N$2,P${t + 1})/POWER(1+$N$3,P${t + 1})`],
      ]),
    ),

    M1: "margin per year",
    N1: 120,
    M2: "retention rate",
    N2: 0.75,
    M3: "discount rate",
    N3: 0.12,
    M4: "periods",
    N4: 5,
    M5: "acquisition cost",
    N5: 40,
    M6: "CLV, infinite horizon (CLV.RETENTION)",
    N6: "=CLV.RETENTION(N1, N2, N3)",
    M7: "CLV, infinite horizon (m·r/(1+d−r))",
    N7: "=N1*N2/(1+N3-N2)",
    M8: "CLV, 5 years, less acquisition (CLV.RETENTION)",
    N8: "=CLV.RETENTION(N1, N2, N3, N4, N5)",
    M9: "CLV, 5 years, less acquisition (term table)",
    N9: "=SUM(Q2:Q6)-N5",
    A12: "customer",
    B12: "our spend",
    C12: "category spend",
    D12: "share of wallet (CLV.SHARE)",
    E12: "share of wallet (division)",
    F12: "profit",
    G12: "tier (VALUE.TIER)",
    H12: "customers with more profit",
    I12: "tier (COUNTIF/COUNT)",
    J12: "tiers (VALUE.TIERS)",
    K12: "loyalty",
    L12: "credit score",
    M12: "action (VALUE.GRID)",
    N12: "action (INDEX/COUNTIF)",
    ...Object.fromEntries(
      VALUE_CUSTOMERS.flatMap(([id, ours, total, profit, loyalty, credit], i) => {
        const r = C0 + i;
        return [
          [`A${r}`, id],
          [`B${r}`, ours],
          [`C${r}`, total],
          [`D${r}`, `=CLV.SHARE(B${r}, C${r})`],
          [`E${r}`, `=B${r}/C${r}`],
          [`F${r}`, profit],
          [`G${r}`, `=VALUE.TIER(F${r}, ${PROFITS})`],
          [`H${r}`, `=COUNTIF(${PROFITS},">"&F${r})`],
          [
            `I${r}`,
            `=IF(H${r}/COUNT(${PROFITS})<0.05,"Platinum",IF(H${r}/COUNT(${PROFITS})<0.2,"Gold",IF(H${r}/COUNT(${PROFITS})<0.5,"Iron","Lead")))`,
          ],
          [`K${r}`, loyalty],
          [`L${r}`, credit],
          [`M${r}`, `=VALUE.GRID(K${r}, L${r}, $Q$18:$R$18, $Q$19:$R$19, $Q$13:$S$15)`],
          [
            `N${r}`,
            `=INDEX($Q$13:$S$15, 3-COUNTIF($Q$19:$R$19,"<="&L${r}), 1+COUNTIF($Q$18:$R$18,"<="&K${r}))`,
          ],
        ];
      }),
    ),
    J13: `=VALUE.TIERS(F${C0}:F${CL})`,
    // the label grid as on the chart: columns loyalty low → high, rows credit HIGH (top) → low
    P12: "credit \\ loyalty",
    Q12: "low",
    R12: "medium",
    S12: "high",
    P13: "high",
    Q13: "Develop",
    R13: "Grow",
    S13: "Reward",
    P14: "medium",
    Q14: "Watch",
    R14: "Maintain",
    S14: "Retain",
    P15: "low",
    Q15: "Exit",
    R15: "Secure payment",
    S15: "Limit credit",
    P17: "cuts",
    P18: "loyalty",
    Q18: 40,
    R18: 70,
    P19: "credit",
    Q19: 600,
    R19: 700,
    P21: "top 20% share (VALUE.PARETO)",
    Q21: `=VALUE.PARETO(F${C0}:F${CL})`,
    P22: "top 20% share (SUMIF over ranks)",
    Q22: `=SUMIF(H${C0}:H${CL},"<"&0.2*COUNT(F${C0}:F${CL}),F${C0}:F${CL})/SUM(F${C0}:F${CL})`,
    P23: "top 12.5% share (2.5 customers)",
    Q23: `=VALUE.PARETO(F${C0}:F${CL}, 12.5%)`,
    P24: 'tiers, "vip" labels in Chinese',
    Q24: `=VALUE.TIERS(F${C0}:F${C0 + 4}, , "vip", "zh")`,

    A35: "customer value",
    B35: "our offer",
    C35: "rival offer",
    A36: "product value",
    B36: 60,
    C36: 70,
    A37: "service value",
    B37: 20,
    C37: 10,
    A38: "personnel value",
    B38: 10,
    C38: 5,
    A39: "image value",
    B39: 10,
    C39: 15,
    A40: "customer cost",
    A41: "money",
    B41: 50,
    C41: 45,
    A42: "time",
    B42: 10,
    C42: 20,
    A43: "energy",
    B43: 5,
    // the rival's energy cost was not surveyed: a blank part is skipped
    A44: "psychic",
    B44: 5,
    C44: 10,
    A46: "delivered value (VALUE.DELIVERED)",
    B46: "=VALUE.DELIVERED(B36:B39, B41:B44)",
    C46: "=VALUE.DELIVERED(C36:C39, C41:C44)",
    A47: "delivered value (SUM − SUM)",
    B47: "=SUM(B36:B39)-SUM(B41:B44)",
    C47: "=SUM(C36:C39)-SUM(C41:C44)",
    A48: "value ratio (VALUE.DELIVERED)",
    B48: '=VALUE.DELIVERED(B36:B39, B41:B44, "ratio")',
    C48: '=VALUE.DELIVERED(C36:C39, C41:C44, "ratio")',
    A49: "value ratio (SUM / SUM)",
    B49: "=SUM(B36:B39)/SUM(B41:B44)",
    C49: "=SUM(C36:C39)/SUM(C41:C44)",
  },
};
