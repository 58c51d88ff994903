import { Recipe } from "../workbook";

/**
 * A CLV sheet as an analyst builds it: a transactions block (A:C), the customer summary spilled
 * beside it (E:I), per-customer P(alive), expected purchases, expected spend and 12-month CLV
 * filled down beside the summary (N:S), a BG/NBD and a Gamma-Gamma fit on the spilled columns
 * (U:AC, room for their uncertainty columns), and a cohort survivor row with its sBG fit and
 * projected survival (rows 18+).
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
const BG = "$U$2:$V$8";
const GG = "$U$11:$V$15";
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
    U1: "BG/NBD (weeks)",
    U2: `=CLV.BGNBD(F2:F${LAST}, G2:G${LAST}, H2:H${LAST})`,
    U10: "Gamma-Gamma",
    U11: `=CLV.GGFIT(F2:F${LAST}, I2:I${LAST})`,
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

/** Donor histories of Fader, Hardie & Shang (2010) (data/bgbb/donations.csv): x, t_x, n, donors. */
export const DONORS: readonly (readonly [number, number, number, number])[] = [
  [0, 0, 6, 3464],
  [1, 1, 6, 1091],
  [1, 2, 6, 277],
  [1, 3, 6, 129],
  [1, 4, 6, 78],
  [1, 5, 6, 119],
  [1, 6, 6, 129],
  [2, 2, 6, 613],
  [2, 3, 6, 255],
  [2, 4, 6, 155],
  [2, 5, 6, 173],
  [2, 6, 6, 234],
  [3, 3, 6, 322],
  [3, 4, 6, 181],
  [3, 5, 6, 225],
  [3, 6, 6, 357],
  [4, 4, 6, 240],
  [4, 5, 6, 284],
  [4, 6, 6, 512],
  [5, 5, 6, 335],
  [5, 6, 6, 728],
  [6, 6, 6, 1203],
];

/** A customer table in weeks with 26-week holdout purchases (the comparison's example data). */
export const HOLDOUT_TABLE: readonly (readonly [x: number, tx: number, T: number, holdout: number])[] = [
  [0, 0, 26, 0],
  [5, 25, 27, 3],
  [1, 1, 28, 0],
  [3, 22, 29, 1],
  [5, 24, 30, 2],
  [1, 3, 31, 0],
  [7, 26, 32, 4],
  [1, 28, 33, 1],
  [3, 27, 34, 2],
  [1, 13, 35, 0],
  [0, 0, 36, 0],
  [2, 8, 37, 0],
  [1, 4, 38, 0],
  [3, 39, 39, 2],
  [0, 0, 26, 1],
  [0, 0, 27, 0],
  [2, 8, 28, 1],
  [1, 10, 29, 0],
  [0, 0, 30, 0],
  [4, 23, 31, 2],
  [4, 15, 32, 1],
  [2, 26, 33, 1],
  [0, 0, 34, 0],
  [1, 1, 35, 0],
];

const D = DONORS.length + 1; // donor rows 2…23
const H = HOLDOUT_TABLE.length + 1; // customer rows 2…25
const BB = "$F$2:$G$7";
const MBG = "$F$30:$G$36";

/**
 * The models past the peers on one sheet: donor histories (A:D) → BG/BB fit (F:N) → P(alive in
 * 2002), expected donations 2002–2006, P(X(6) = k), E[X(6)] (P:T); a customer table with holdout
 * purchases (A:D, rows 29+) → MBG/NBD fit → DERT per customer (P), the holdout check (V:Y) and
 * the model comparison (AA:AF).
 */
export const clvModelsRecipe: Recipe = {
  title: "CLV models past the peers: donors → BG/BB; customers → MBG/NBD, DERT, holdout check, comparison",
  cells: {
    A1: "x",
    B1: "t_x",
    C1: "n",
    D1: "donors",
    ...Object.fromEntries(DONORS.flatMap((row, i) => row.map((v, c) => [`${"ABCD"[c]}${i + 2}`, v]))),
    F1: "BG/BB",
    F2: `=CLV.BGBB(A2:A${D}, B2:B${D}, C2:C${D}, D2:D${D})`,
    P1: "P(alive in 2002)",
    Q1: "donations 2002–2006",
    ...Object.fromEntries(
      DONORS.flatMap((_, i) => {
        const r = i + 2;
        return [
          [`P${r}`, `=CLV.PALIVE(${BB}, A${r}, B${r}, C${r})`],
          [`Q${r}`, `=CLV.PURCHASES(${BB}, 5, A${r}, B${r}, C${r})`],
        ];
      }),
    ),
    S1: "k",
    T1: "P(X(6) = k)",
    ...Object.fromEntries(
      Array.from({ length: 7 }, (_, k) => [
        [`S${k + 2}`, k],
        [`T${k + 2}`, `=CLV.PMF(${BB}, 6, S${k + 2})`],
      ]).flat(),
    ),
    S10: "E[X(6)]",
    T10: `=CLV.EXPECTED(${BB}, 6)`,
    T11: "=SUMPRODUCT(S2:S8, T2:T8)",
    A28: "x",
    B28: "t_x",
    C28: "T (weeks)",
    D28: "holdout, 26 weeks",
    ...Object.fromEntries(HOLDOUT_TABLE.flatMap((row, i) => row.map((v, c) => [`${"ABCD"[c]}${i + 29}`, v]))),
    F29: "MBG/NBD",
    F30: `=CLV.MBGNBD(A29:A${H + 27}, B29:B${H + 27}, C29:C${H + 27}, "weeks", 0.01)`,
    P28: "DERT at 15%",
    ...Object.fromEntries(
      HOLDOUT_TABLE.map((_, i) => [
        `P${i + 29}`,
        `=CLV.DERT(${MBG}, A${i + 29}, B${i + 29}, C${i + 29}, 15%)`,
      ]),
    ),
    V28: "holdout check",
    V29: `=CLV.CHECK(${MBG}, A29:A${H + 27}, B29:B${H + 27}, C29:C${H + 27}, D29:D${H + 27}, 26)`,
    W45: `=SUM(D29:D${H + 27})`,
    AA28: "which model?",
    AA29: `=CLV.COMPARE(A29:A${H + 27}, B29:B${H + 27}, C29:C${H + 27}, D29:D${H + 27}, 26)`,
  },
};
