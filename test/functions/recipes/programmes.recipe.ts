import { Recipe } from "../workbook";

/** Markets: number of customers and profit margin, for Kotler's relationship level. */
const MARKETS: [market: string, customers: number, margin: number][] = [
  ["Industrial pumps", 40, 0.35],
  ["Office software", 800, 0.25],
  ["Detergent", 50000, 0.05],
  ["Private banking", 300, 0.4],
  ["Mobile telecom", 2000000, 0.3],
  ["Car dealers", 100, 0.08],
  ["Machine tools", 60, 0.15],
  ["Groceries", 1000, 0.1],
];

/** Members' spend this year (yuan), for the points programme. */
const SPENDS: number[] = [1234, 499.99, 500, 1999.5, 0, 2750, 980, 1500];

/**
 * Members for the seed's follow-up mailing: last purchase (date serial, one typed as text),
 * purchases and spend in the last 6 months. As of 2025-01-01 (serial 45658).
 */
const MEMBERS: [id: string, last: number | string, purchases: number, spend: number][] = [
  ["M01", 45655, 7, 1850],
  ["M02", 45651, 3, 420],
  ["M03", 45640, 1, 1150],
  ["M04", 45628, 5, 2400],
  ["M05", "2024-11-20", 2, 640],
  ["M06", 45598, 6, 980],
  ["M07", 45560, 4, 1300],
  ["M08", 45400, 0, 0],
];

const M0 = 2; // first market row
const P0 = 14; // first member row of the points table
const PL = P0 + SPENDS.length - 1;
const R0 = 26; // first member row of the mailing list
const RL = R0 + MEMBERS.length - 1;

/**
 * Relationship programmes as a trainer's sheet:
 * - rows 1–11: markets with RELATIONSHIP.LEVEL beside an INDEX/COUNTIF lookup in Kotler's grid typed
 *   in cells (cuts in cells too), categories typed as words, a Chinese label;
 * - rows 13–21: a points programme per member: POINTS.REWARDS for rewards, points, points to the
 *   next reward and the seed's gift, beside INT(spend/500), INT(spend), 500 − MOD(points, 500);
 *   a double-points offer (2 points per yuan, a reward per 1000) beside INT(INT(2·spend)/1000);
 * - rows 25–33: the seed's follow-up mailing list: RFM.RECENCY beside the date subtraction, R from
 *   the seed's 7/30/60/120-day table (RFM.BIN) beside nested IFs, F and M by RFM.BIN on thresholds
 *   in cells beside 1 + COUNTIF, RFM.WEIGHTED beside SUMPRODUCT with the weights, RFM.TYPE against
 *   the means beside the IF construction, RFM.TYPES spilled for the whole list, RFM.ACTION.
 */
export const programmesRecipe: Recipe = {
  title: "Programmes: relationship level per market, points and rewards per member, follow-up mailing list",
  cells: {
    A1: "market",
    B1: "customers",
    C1: "margin",
    D1: "level (RELATIONSHIP.LEVEL)",
    E1: "level (INDEX on Kotler's grid)",
    F1: "level (zh)",
    H1: "customers \\ margin",
    I1: "low",
    J1: "medium",
    K1: "high",
    H2: "few",
    I2: "Accountable",
    J2: "Proactive",
    K2: "Partnership",
    H3: "medium",
    I3: "Reactive",
    J3: "Accountable",
    K3: "Proactive",
    H4: "many",
    I4: "Basic or reactive",
    J4: "Reactive",
    K4: "Accountable",
    H6: "customer cuts",
    I6: 100,
    J6: 1000,
    H7: "margin cuts",
    I7: 0.1,
    J7: 0.3,
    ...Object.fromEntries(
      MARKETS.flatMap(([market, customers, margin], i) => {
        const r = M0 + i;
        return [
          [`A${r}`, market],
          [`B${r}`, customers],
          [`C${r}`, margin],
          [`D${r}`, `=RELATIONSHIP.LEVEL(B${r}, C${r})`],
          [`E${r}`, `=INDEX($I$2:$K$4, 1+COUNTIF($I$6:$J$6,"<="&B${r}), 1+COUNTIF($I$7:$J$7,"<="&C${r}))`],
          [`F${r}`, `=RELATIONSHIP.LEVEL(B${r}, C${r}, $I$6:$J$6, $I$7:$J$7, "zh")`],
        ];
      }),
    ),
    H9: "few customers, low margin (words)",
    I9: '=RELATIONSHIP.LEVEL("few", "low")',
    H10: "多 / 高 (words in Chinese)",
    I10: '=RELATIONSHIP.LEVEL("多", "高", , , "zh")',
    H11: "800 customers with cuts 50 | 500",
    I11: `=RELATIONSHIP.LEVEL(B${M0 + 1}, C${M0 + 1}, {50,500})`,

    A13: "member spend",
    B13: "rewards (POINTS.REWARDS)",
    C13: "rewards INT(spend/500)",
    D13: "points (POINTS.REWARDS)",
    E13: "points INT(spend)",
    F13: "to next reward (POINTS.REWARDS)",
    G13: "to next reward 500 − MOD(points, 500)",
    H13: "gift",
    I13: "double points: rewards per 1000",
    J13: "double points INT(INT(2·spend)/1000)",
    ...Object.fromEntries(
      SPENDS.flatMap((spend, i) => {
        const r = P0 + i;
        return [
          [`A${r}`, spend],
          [`B${r}`, `=POINTS.REWARDS(A${r})`],
          [`C${r}`, `=INT(A${r}/500)`],
          [`D${r}`, `=POINTS.REWARDS(A${r}, , , "points")`],
          [`E${r}`, `=INT(A${r})`],
          [`F${r}`, `=POINTS.REWARDS(A${r}, , , "next")`],
          [`G${r}`, `=500-MOD(E${r},500)`],
          // below 500 points the seed has no gift: the cell shows #N/A (the engine's IFNA cannot catch it)
          [`H${r}`, `=POINTS.REWARDS(A${r}, , , "item")`],
          [`I${r}`, `=POINTS.REWARDS(A${r}, 2, 1000)`],
          [`J${r}`, `=INT(INT(2*A${r})/1000)`],
        ];
      }),
    ),
    A22: "gift for 1234 yuan (zh)",
    B22: `=POINTS.REWARDS(A${P0}, , , "item", "zh")`,
    A23: "total rewards issued",
    B23: `=SUM(B${P0}:B${PL})`,

    A25: "member",
    B25: "last purchase",
    C25: "purchases (6 months)",
    D25: "spend (6 months)",
    E25: "recency (RFM.RECENCY)",
    F25: "recency (as of − date)",
    G25: "R (RFM.BIN, the retailer's table)",
    H25: "F (RFM.BIN)",
    I25: "M (RFM.BIN)",
    J25: "R by IF 7/30/60/120",
    K25: "F by 1+COUNTIF",
    L25: "M by 1+COUNTIF",
    M25: "weighted (RFM.WEIGHTED)",
    N25: "weighted (SUMPRODUCT)",
    O25: "type (RFM.TYPE)",
    P25: "type (IF on the means)",
    Q25: "mailing (RFM.ACTION)",
    R25: "types (RFM.TYPES, one spilled call)",
    T25: "as of",
    U25: "=DATE(2025,1,1)",
    T26: "F thresholds",
    U26: 1,
    V26: 2,
    W26: 4,
    X26: 6,
    T27: "M thresholds",
    U27: 200,
    V27: 500,
    W27: 1000,
    X27: 2000,
    T28: "weights R, F, M",
    U28: 0.5,
    V28: 0.3,
    W28: 0.2,
    ...Object.fromEntries(
      MEMBERS.flatMap(([id, last, purchases, spend], i) => {
        const r = R0 + i;
        return [
          [`A${r}`, id],
          [`B${r}`, last],
          [`C${r}`, purchases],
          [`D${r}`, spend],
        ];
      }),
    ),
    // recency first, then its mean: formulas are evaluated in the order given
    ...Object.fromEntries(MEMBERS.map((_, i) => [`E${R0 + i}`, `=RFM.RECENCY(B${R0 + i}, $U$25)`])),
    T29: "mean recency",
    U29: `=AVERAGE(E${R0}:E${RL})`,
    T30: "mean purchases",
    U30: `=AVERAGE(C${R0}:C${RL})`,
    T31: "mean spend",
    U31: `=AVERAGE(D${R0}:D${RL})`,
    ...Object.fromEntries(
      MEMBERS.flatMap(([, last], i) => {
        const r = R0 + i;
        return [
          // the date pasted as text needs DATEVALUE in the subtraction; RFM.RECENCY reads it as is
          [`F${r}`, typeof last === "string" ? `=$U$25-DATEVALUE(B${r})` : `=$U$25-B${r}`],
          [`G${r}`, `=RFM.BIN(E${r}, , "R")`],
          [`H${r}`, `=RFM.BIN(C${r}, $U$26:$X$26)`],
          [`I${r}`, `=RFM.BIN(D${r}, $U$27:$X$27, "M")`],
          [`J${r}`, `=IF(F${r}<=7,5,IF(F${r}<=30,4,IF(F${r}<=60,3,IF(F${r}<=120,2,1))))`],
          [`K${r}`, `=1+COUNTIF($U$26:$X$26,"<"&C${r})`],
          [`L${r}`, `=1+COUNTIF($U$27:$X$27,"<"&D${r})`],
          [`M${r}`, `=RFM.WEIGHTED(G${r}, H${r}, I${r}, $U$28, $V$28, $W$28)`],
          [`N${r}`, `=SUMPRODUCT(G${r}:I${r}, $U$28:$W$28)`],
          [`O${r}`, `=RFM.TYPE(E${r}, C${r}, D${r}, $U$29, $U$30, $U$31)`],
          [
            `P${r}`,
            `=IF(D${r}>=$U$31,"Important","General")&" "&IF(E${r}<=$U$29,IF(C${r}>=$U$30,"value","development"),IF(C${r}>=$U$30,"retention","win-back"))`,
          ],
          [`Q${r}`, `=RFM.ACTION(G${r}, C${r})`],
        ];
      }),
    ),
    // the whole table's types at once: one call, the means computed inside, spilled down
    R26: `=RFM.TYPES(E${R0}:E${RL}, C${R0}:C${RL}, D${R0}:D${RL})`,
    A35: "R + F + M of the first member (unweighted)",
    B35: `=RFM.WEIGHTED(G${R0}, H${R0}, I${R0})`,
    A36: "type of the last member, means from the columns (zh)",
    B36: `=RFM.TYPE(E${RL}, C${RL}, D${RL}, E${R0}:E${RL}, C${R0}:C${RL}, D${R0}:D${RL}, "zh")`,
    A37: "mailing of the third member by recency only (zh)",
    B37: `=RFM.ACTION(G${R0 + 2}, , "zh")`,
    A38: "recency in weeks of the second member",
    B38: `=RFM.RECENCY(B${R0 + 1}, $U$25, "weeks")`,
  },
};
