import { Recipe } from "../workbook";

/**
 * A CLV sheet as an analyst builds it: a transactions block (A:C), the customer summary spilled
 * beside it (E:I), a BG/NBD fit on the spilled x / t_x / T columns (K:L), per-customer P(alive),
 * expected purchases, expected spend and 12-month CLV filled down beside the summary (N:S), a
 * Gamma-Gamma fit, and a cohort survivor row with its sBG fit and projected survival (rows 18+).
 *
 * The 14 customers are designed in weeks (calibration end 1997-09-30): customer i has x repeat
 * purchases, the last t_x weeks after the first, the first T weeks before the end, repeat days
 * spread evenly; repeat amounts average to the customer's mean spend exactly.
 */
const END = 35703; // 1997-09-30
/** The customer design (x, t_x, T in weeks, mean repeat spend): what the summary must show. */
export const DESIGN: readonly (readonly [x: number, tx: number, T: number, meanSpend: number])[] = [
  [0, 0, 38, 0],
  [1, 5, 38, 12],
  [2, 20, 38, 30],
  [0, 0, 30, 0],
  [3, 30, 39, 25],
  [1, 2, 25, 8],
  [0, 0, 20, 0],
  [4, 35, 39, 40],
  [2, 10, 32, 18],
  [1, 12, 30, 20],
  [0, 0, 39, 0],
  [6, 37, 39, 15],
  [0, 0, 35, 0],
  [2, 3, 36, 22],
];

/** Transaction rows [customer, date serial, amount], customer by customer. */
const TRANSACTIONS: [string, number, number][] = DESIGN.flatMap(([x, tx, T, z], i) => {
  const id = `C${String(i + 1).padStart(2, "0")}`;
  const first = END - 7 * T;
  const rows: [string, number, number][] = [[id, first, 10 + i]];
  for (let k = 1; k <= x; k++) {
    rows.push([id, first + Math.round((7 * tx * k) / x), z * (1 + 0.1 * (k - (x + 1) / 2))]);
  }
  return rows;
});

const N = TRANSACTIONS.length; // 36 rows: A2:C37
const LAST = DESIGN.length + 1; // summary rows 2…15
const BG = "$K$2:$L$8";
const GG = "$K$11:$L$15";
const SBG = "$K$21:$L$24";
const COHORT = [1000, 869, 743, 653, 593, 551, 517, 491]; // Fader & Hardie (2007), "High end"
const COLS = ["K", "L", "M", "N", "O", "P", "Q", "R"];

export const clvRecipe: Recipe = {
  title: "CLV: transactions → summary → BG/NBD and Gamma-Gamma fits → per-customer CLV; cohort → sBG",
  cells: {
    A1: "customer",
    B1: "date",
    C1: "amount",
    ...Object.fromEntries(
      TRANSACTIONS.flatMap(([id, day, amount], i) => [
        [`A${i + 2}`, id],
        // one date typed as text, as pasted exports often have it
        [`B${i + 2}`, i === 1 ? "1997-01-07" : day],
        [`C${i + 2}`, amount],
      ]),
    ),
    E1: `=CLV.SUMMARY(A2:A${N + 1}, B2:B${N + 1}, C2:C${N + 1}, DATE(1997,9,30), "weeks")`,
    K1: "BG/NBD (weeks)",
    K2: `=CLV.BGNBD(F2:F${LAST}, G2:G${LAST}, H2:H${LAST})`,
    K10: "Gamma-Gamma",
    K11: `=CLV.GGFIT(F2:F${LAST}, I2:I${LAST})`,
    N1: "P(alive)",
    O1: "purchases, next 39 weeks",
    P1: "spend per purchase",
    Q1: "CLV, 12 months at 10%",
    R1: "CLV, 12 months, no discount",
    S1: "spend × purchases in 12 months",
    ...Object.fromEntries(
      DESIGN.flatMap((_, i) => {
        const r = i + 2;
        return [
          [`N${r}`, `=CLV.PALIVE(${BG}, F${r}, G${r}, H${r})`],
          [`O${r}`, `=CLV.PURCHASES(${BG}, 39, F${r}, G${r}, H${r})`],
          [`P${r}`, `=CLV.SPEND(${GG}, F${r}, I${r})`],
          [`Q${r}`, `=CLV.FORECAST(${BG}, ${GG}, F${r}, G${r}, H${r}, I${r})`],
          [`R${r}`, `=CLV.FORECAST(${BG}, ${GG}, F${r}, G${r}, H${r}, I${r}, 12, 0, "months")`],
          [`S${r}`, `=P${r}*CLV.PURCHASES(${BG}, 12*30.4375/7, F${r}, G${r}, H${r})`],
        ];
      }),
    ),
    N17: "expected purchases, all customers",
    O17: `=SUM(O2:O${LAST})`,
    K17: "cohort, start of year",
    ...Object.fromEntries(
      COHORT.flatMap((n, t) => [
        [`${COLS[t]}18`, t],
        [`${COLS[t]}19`, n],
      ]),
    ),
    K21: "=CHURN.SBG(K19:R19)",
    K26: "projected active, start of year",
    ...Object.fromEntries(COLS.map((c) => [`${c}27`, `=$K$19*CHURN.SURVIVAL(${SBG}, ${c}18)`])),
  },
};
