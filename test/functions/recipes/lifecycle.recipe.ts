import { Recipe } from "../workbook";

/**
 * Monthly purchase volumes (Jan–Dec 2024) of seven customers, oldest month first; null is a blank
 * cell (a month without purchase). Then tenure in days and the latest share of wallet (null: unknown).
 */
const LIFECYCLE_CUSTOMERS: [id: string, volumes: (number | null)[], tenure: number, share: number | null][] =
  [
    ["Steady", [100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100], 1100, 0.75],
    ["Fading", [100, 100, 100, 100, 100, 100, 80, 70, 60, 50, 40, 30], 800, 0.4],
    ["Growing", [null, null, null, null, 20, 20, 20, 30, 30, 40, 50, 60], 250, null],
    ["Newcomer", [null, null, null, null, null, null, null, null, null, null, 50, 70], 45, null],
    ["Trial", [null, null, 30, null, null, null, null, null, null, null, null, 25], 300, null],
    ["Gone", [80, 90, 100, 60, 40, 20, 0, 0, 0, 0, 0, 0], 400, 0.2],
    ["Wallet", [100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100], 900, null],
  ];

/** The "Wallet" customer's share of wallet per month: our volume holds, its business grows elsewhere. */
const WALLET_SHARES = [0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.7, 0.6, 0.5, 0.4, 0.4, 0.4];

const MONTHS = ["B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M"];

/**
 * A lifecycle sheet: customers in rows, twelve monthly volumes in B:M, LIFECYCLE.STAGE and
 * LIFECYCLE.REASON beside them, with the sums the rule compares (last quarter, the quarter before)
 * and the months with a purchase by built-ins; LIFECYCLE.TYPE from tenure, purchases (the COUNTIF
 * column) and share of wallet. Below: the share-of-wallet series of one customer, seed 002's stage
 * names and Chinese, and the thresholds passed as arguments.
 */
export const lifecycleRecipe: Recipe = {
  title: "Lifecycle: stage, reason and customer type beside monthly volumes per customer",
  cells: {
    A1: "customer",
    ...Object.fromEntries(MONTHS.map((c, i) => [`${c}1`, `2024-${String(i + 1).padStart(2, "0")}`])),
    N1: "stage (LIFECYCLE.STAGE)",
    O1: "why (LIFECYCLE.REASON)",
    P1: "last 3 months (SUM)",
    Q1: "3 months before (SUM)",
    R1: "months with a purchase (COUNTIF)",
    S1: "tenure (days)",
    T1: "share of wallet",
    U1: "type (LIFECYCLE.TYPE)",
    ...Object.fromEntries(
      LIFECYCLE_CUSTOMERS.flatMap(([id, volumes, tenure, share], i) => {
        const r = i + 2;
        return [
          [`A${r}`, id],
          ...volumes.flatMap((v, k) => (v === null ? [] : [[`${MONTHS[k]}${r}`, v]])),
          [`N${r}`, `=LIFECYCLE.STAGE(B${r}:M${r})`],
          [`O${r}`, `=LIFECYCLE.REASON(B${r}:M${r})`],
          [`P${r}`, `=SUM(K${r}:M${r})`],
          [`Q${r}`, `=SUM(H${r}:J${r})`],
          [`R${r}`, `=COUNTIF(B${r}:M${r},">0")`],
          [`S${r}`, tenure],
          ...(share === null ? [] : [[`T${r}`, share]]),
          [`U${r}`, `=LIFECYCLE.TYPE(S${r}, R${r}, T${r})`],
        ];
      }),
    ),
    A10: "Wallet: share of wallet",
    ...Object.fromEntries(WALLET_SHARES.map((s, k) => [`${MONTHS[k]}10`, s])),
    N10: "=LIFECYCLE.STAGE(B8:M8, B10:M10)",
    O10: "=LIFECYCLE.REASON(B8:M8, B10:M10)",
    A12: 'Fading, "tasks" names',
    N12: '=LIFECYCLE.STAGE(B3:M3, , , , , , , , "tasks")',
    A13: 'Fading, "tasks" names, Chinese',
    N13: '=LIFECYCLE.STAGE(B3:M3, , , , , , , , "tasks", "zh")',
    O13: '=LIFECYCLE.REASON(B3:M3, , , , , , , , "tasks", "zh")',
    A14: "Fading, only a 70% fall is decline",
    N14: "=LIFECYCLE.STAGE(B3:M3, , 6, 3, 2, 0.7)",
    O14: "=LIFECYCLE.REASON(B3:M3, , 6, 3, 2, 0.7)",
    A15: "Growing, monthly window",
    N15: "=LIFECYCLE.STAGE(B4:M4, , , , , , , 1)",
    O15: "=LIFECYCLE.REASON(B4:M4, , , , , , , 1)",
    A17: "a prospect: no purchase yet",
    U17: "=LIFECYCLE.TYPE(0, 0)",
    A18: "Steady, old after 3 years, loyal from 90% (zh)",
    U18: '=LIFECYCLE.TYPE(S2, R2, T2, 1095, 4, 0.9, "zh")',
  },
};
