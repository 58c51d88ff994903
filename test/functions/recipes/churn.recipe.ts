import { Recipe } from "../workbook";

/** Quarters of 2024: customers at the start of Q1, then lost and new customers per quarter. */
const QUARTERS: [quarter: string, lost: number, gained: number][] = [
  ["2024 Q1", 120, 150],
  ["2024 Q2", 90, 80],
  ["2024 Q3", 150, 60],
  ["2024 Q4", 70, 200],
];
const START_Q1 = 1000;

/** Purchases (customer, date): dates typed as text, two as serials, one blank row. */
const PURCHASES: [string | null, string | number | null][] = [
  ["a", "2024-01-05"],
  ["b", "2024-01-20"],
  ["c", "2024-01-28"],
  ["d", 45325], // 2024-02-03
  ["a", "2024-02-10"],
  ["e", "2024-02-14"],
  ["d", "2024-02-25"],
  ["b", "2024-03-02"],
  [null, null],
  ["f", "2024-03-05"],
  ["a", "2024-03-15"],
  ["e", "2024-03-20"],
  ["g", "2024-03-30"],
  ["f", 45383], // 2024-04-01
  ["d", "2024-04-11"],
  ["h", "2024-04-15"],
];

/** A customer summary (x repeat purchases, t_x and T in weeks), one cohort acquired 39 weeks ago. */
const SUMMARY: [x: number, tx: number, T: number][] = [
  [0, 0, 39],
  [0, 0, 39],
  [0, 0, 39],
  [0, 0, 39],
  [1, 3, 39],
  [1, 30, 39],
  [2, 4, 39],
  [3, 6, 39],
  [5, 36, 39],
  [8, 38, 39],
  [0, 0, 39],
  [2, 35, 39],
  [4, 8, 39],
  [0, 0, 39],
  [1, 1, 39],
  [6, 10, 39],
];

const P0 = 21; // first purchase row
const PL = P0 + PURCHASES.length - 1;
const S0 = 21; // first summary row
const SL = S0 + SUMMARY.length - 1;
const PNBD = "$R$20:$S$26";

/**
 * A churn sheet:
 * - rows 1–5: customers per quarter (the start is the previous quarter's end), CHURN.RATE and
 *   CHURN.RETENTION beside lost/start and (end − new)/start;
 * - L1:M15: the value of five more points of retention, CHURN.VALUE beside the difference of two
 *   CLV.RETENTION cells times the customers (infinite horizon and 8 quarters), and of a loss;
 * - A20:B36: a purchases block with CHURN.COHORTS spilled beside it (by month, by quarter, zh);
 * - K20:P36: a customer summary, the Pareto/NBD fit CLV.PNBD spilled at R20, CLV.PALIVE per
 *   customer and a "probably churned" flag, counted with COUNTIF.
 */
export const churnRecipe: Recipe = {
  title: "Churn: rates per quarter, value of retention, cohort table, Pareto/NBD P(alive)",
  cells: {
    A1: "quarter",
    B1: "customers at start",
    C1: "lost",
    D1: "new",
    E1: "customers at end",
    F1: "churn rate (CHURN.RATE)",
    G1: "churn rate (lost / start)",
    H1: "retention (CHURN.RETENTION)",
    I1: "retention ((end − new) / start)",
    J1: "retention if new customers are forgotten",
    ...Object.fromEntries(
      QUARTERS.flatMap(([quarter, lost, gained], i) => {
        const r = i + 2;
        return [
          [`A${r}`, quarter],
          [`B${r}`, i === 0 ? START_Q1 : `=E${r - 1}`],
          [`C${r}`, lost],
          [`D${r}`, gained],
          [`E${r}`, `=B${r}-C${r}+D${r}`],
          [`F${r}`, `=CHURN.RATE(B${r}, C${r})`],
          [`G${r}`, `=C${r}/B${r}`],
          [`H${r}`, `=CHURN.RETENTION(B${r}, E${r}, D${r})`],
          [`I${r}`, `=(E${r}-D${r})/B${r}`],
          [`J${r}`, `=CHURN.RETENTION(B${r}, E${r})`],
        ];
      }),
    ),

    L1: "margin per customer per quarter",
    M1: 50,
    L2: "retention per quarter (mean of 2024)",
    M2: "=AVERAGE(H2:H5)",
    L3: "discount rate per quarter",
    M3: 0.03,
    L4: "retention gain",
    M4: 0.05,
    L5: "customers",
    M5: "=E5",
    L6: "horizon (quarters)",
    M6: 8,
    L8: "value of the gain (CHURN.VALUE)",
    M8: "=CHURN.VALUE(M1, M2, M3, M4, M5)",
    L9: "CLV at the higher retention",
    M9: "=CLV.RETENTION(M1, M2+M4, M3)",
    L10: "CLV at today's retention",
    M10: "=CLV.RETENTION(M1, M2, M3)",
    L11: "value of the gain (difference × customers)",
    M11: "=(M9-M10)*M5",
    L12: "value of the gain over 8 quarters (CHURN.VALUE)",
    M12: "=CHURN.VALUE(M1, M2, M3, M4, M5, M6)",
    L13: "value over 8 quarters (difference × customers)",
    M13: "=(CLV.RETENTION(M1, M2+M4, M3, M6)-CLV.RETENTION(M1, M2, M3, M6))*M5",
    L14: "cost of losing the five points (CHURN.VALUE)",
    M14: "=CHURN.VALUE(M1, M2, M3, -M4, M5)",
    L15: "cost of losing them (difference × customers)",
    M15: "=(CLV.RETENTION(M1, M2-M4, M3)-M10)*M5",

    A20: "customer",
    B20: "date",
    ...Object.fromEntries(
      PURCHASES.flatMap(([id, date], i) =>
        [
          [`A${P0 + i}`, id],
          [`B${P0 + i}`, date],
        ].filter(([, v]) => v !== null),
      ),
    ),
    D20: `=CHURN.COHORTS(A${P0}:A${PL}, B${P0}:B${PL})`,
    D27: `=CHURN.COHORTS(A${P0}:A${PL}, B${P0}:B${PL}, "quarter")`,
    D31: `=CHURN.COHORTS(A${P0}:A${PL}, B${P0}:B${PL}, , , "zh")`,

    K20: "customer",
    L20: "x",
    M20: "t_x (weeks)",
    N20: "T (weeks)",
    O20: "P(alive) (CLV.PALIVE)",
    P20: "status",
    ...Object.fromEntries(
      SUMMARY.flatMap(([x, tx, T], i) => {
        const r = S0 + i;
        return [
          [`K${r}`, `K${String(i + 1).padStart(2, "0")}`],
          [`L${r}`, x],
          [`M${r}`, tx],
          [`N${r}`, T],
        ];
      }),
    ),
    R20: `=CLV.PNBD(L${S0}:L${SL}, M${S0}:M${SL}, N${S0}:N${SL})`,
    ...Object.fromEntries(
      SUMMARY.flatMap((_, i) => {
        const r = S0 + i;
        return [
          [`O${r}`, `=CLV.PALIVE(${PNBD}, L${r}, M${r}, N${r})`],
          [`P${r}`, `=IF(O${r}<0.5,"probably churned","active")`],
        ];
      }),
    ),
    R28: "customers probably churned",
    S28: `=COUNTIF(P${S0}:P${SL},"probably churned")`,
    R29: "expected customers still active",
    S29: `=SUM(O${S0}:O${SL})`,
  },
};
