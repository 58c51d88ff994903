import { Recipe } from "../workbook";

/** Eight customers: recency (days), frequency (purchases), monetary (money), with ties. */
export const RFM_CUSTOMERS: [string, number, number, number][] = [
  ["C01", 3, 12, 1480],
  ["C02", 45, 2, 210],
  ["C03", 12, 7, 950],
  ["C04", 200, 1, 35],
  ["C05", 12, 4, 400],
  ["C06", 90, 7, 1220],
  ["C07", 30, 2, 210],
  ["C08", 400, 1, 60],
];

/** Twelve transactions of four customers (one refund, one blank row in the middle). */
export const RFM_TRANSACTIONS: [string | null, number | string | null, number | null][] = [
  ["A", 45600, 120],
  ["B", 45610, 40],
  ["A", 45630, 80],
  ["C", "2024-12-20", 300],
  ["B", 45640, 25],
  ["A", 45650, 60],
  ["D", 45500, 15],
  [null, null, null],
  ["B", 45655, -25],
  ["C", 45656, 100],
  ["a", 45657, 30],
  ["D", 45520, 20],
];

const n = RFM_CUSTOMERS.length;
const last = n + 1; // last data row

/**
 * An RFM sheet as an analyst lays it out: a customer table with RFM.SCORES, RFM.CODE and
 * RFM.SEGMENT beside it; RFM.SCORE per cell next to the COUNTIF construction it must equal;
 * RFM.BREAKS spilled, then RFM.BIN over those breaks (a range, and nested) reproducing
 * RFM.SCORES; RFM.TABLE on a transactions block.
 */
export const rfmRecipe: Recipe = {
  title: "RFM: scores, codes and segments beside a customer table; breaks and bins; table from transactions",
  cells: {
    A1: "customer",
    B1: "recency (days)",
    C1: "frequency",
    D1: "monetary",
    E1: "R",
    F1: "F",
    G1: "M",
    H1: "code",
    I1: "segment",
    J1: "F by RFM.SCORE",
    K1: "F by COUNTIF",
    L1: "R by RFM.SCORE",
    M1: "R by COUNTIF",
    ...Object.fromEntries(
      RFM_CUSTOMERS.flatMap(([id, r, f, m], i) => {
        const row = i + 2;
        return [
          [`A${row}`, id],
          [`B${row}`, r],
          [`C${row}`, f],
          [`D${row}`, m],
        ];
      }),
    ),
    // whole columns at once (the fast path), spilled down from row 2
    E2: `=RFM.SCORES(B2:B${last}, 5, "R")`,
    F2: `=RFM.SCORES(C2:C${last})`,
    G2: `=RFM.SCORES(D2:D${last}, , "M")`,
    ...Object.fromEntries(
      RFM_CUSTOMERS.flatMap((_, i) => {
        const row = i + 2;
        return [
          [`H${row}`, `=RFM.CODE(E${row}, F${row}, G${row})`],
          [`I${row}`, `=RFM.SEGMENT(E${row}, F${row}, G${row})`],
          [`J${row}`, `=RFM.SCORE(C${row}, $C$2:$C$${last})`],
          [`K${row}`, `=1+INT(5*COUNTIF($C$2:$C$${last},"<"&C${row})/COUNT($C$2:$C$${last}))`],
          [`L${row}`, `=RFM.SCORE(B${row}, $B$2:$B$${last}, 5, "R")`],
          [`M${row}`, `=1+INT(5*COUNTIF($B$2:$B$${last},">"&B${row})/COUNT($B$2:$B$${last}))`],
        ];
      }),
    ),
    // breaks spilled once, then binned: a breaks range in cells, and RFM.BREAKS nested in RFM.BIN
    O1: "F breaks",
    O2: `=RFM.BREAKS(C2:C${last})`,
    P1: "F by RFM.BIN",
    P2: `=RFM.BIN(C2:C${last}, O2:O6)`,
    Q1: "R breaks",
    Q2: `=RFM.BREAKS(B2:B${last}, 5, "R")`,
    R1: "R by RFM.BIN",
    R2: `=RFM.BIN(B2:B${last}, Q2:Q6, "R")`,
    S1: "M by nested RFM.BIN",
    S2: `=RFM.BIN(D2:D${last}, RFM.BREAKS(D2:D${last}, , "M"), "M")`,
    T1: "R by the office-supplies retailer's 7/30/60/120 days",
    T2: `=RFM.BIN(B2:B${last}, , "R")`,
    // a transactions block and the per-customer table from it
    V1: "customer",
    W1: "date",
    X1: "amount",
    ...Object.fromEntries(
      RFM_TRANSACTIONS.flatMap(([id, date, amount], i) => {
        const row = i + 2;
        return [
          [`V${row}`, id],
          [`W${row}`, date],
          [`X${row}`, amount],
        ].filter(([, v]) => v !== null);
      }),
    ),
    Z1: `=RFM.TABLE(V2:V${RFM_TRANSACTIONS.length + 1}, W2:W${RFM_TRANSACTIONS.length + 1}, X2:X${RFM_TRANSACTIONS.length + 1}, DATE(2025,1,1))`,
  },
};
