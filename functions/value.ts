/**
 * VALUE family: customer lifetime value and customer value (CRM_MODELS.md §3) and the two-axis
 * label grid (§9). Thin wrappers: shape the Excel arguments, call the core in src/value and
 * src/grid, map failures to Excel errors.
 */
import { gridClassify } from "../src/grid";
import { describe, invalidInput } from "../src/index";
import {
  clvNpv,
  DEFAULT_PARETO_TOP_SHARE,
  deliveredValue,
  deliveredValueRatio,
  paretoShare,
  PYRAMID_LABELS,
  relationshipProfit,
  retentionClv,
  shareOfWallet,
  valueTier,
  valueTiers,
} from "../src/value";
import {
  flatCells,
  isBlank,
  maybeNumberArg,
  numberArg,
  numberColumn,
  optionalNumberArg,
} from "./runtime/args";
import { choiceArg } from "./runtime/choice";
import { excel } from "./runtime/errors";
import { langArg } from "./runtime/lang";

/**
 * Net present value of per-period profits, exactly like Excel's NPV(rate, profits): CLV = Σ P(t)/(1+rate)^t, t = 1…T.
 * @customfunction CLV.NPV
 * @param profits Profits per period P(1)…P(T), oldest first, one column or one row; P(1) is discounted one full period, as in Excel's NPV (add a profit made today outside: =P0 + CLV.NPV(…)). As NPV does with a range, only numbers count: blank cells, text (even a number typed as text, such as "50") and TRUE/FALSE are ignored and take no period (later profits move one period earlier). This is the one exception to the rule that numbers typed as text are read. An error value in the range is returned as is.
 * @param rate Discount rate per period as a fraction (0.1 or 10% for 10%); any value except −1 (−1 gives #NUM!).
 * @returns The present value, in the unit of the profits.
 * @helpurl https://localhost:3000/help/functions.html#CLV.NPV
 */
export function clvNpvFn(profits: unknown[][], rate: unknown): number {
  return excel("CLV.NPV", () =>
    clvNpv(npvFlows(profits), numberArg(rate, { en: "rate", zh: "折现率 rate" })),
  );
}

/**
 * The cash flows Excel's NPV reads from a range or array: its numbers, in order. Microsoft's NPV
 * reference (WorksheetFunction.Npv, Remarks,
 * https://learn.microsoft.com/previous-versions/office/ff838647(v=office.14)): "Arguments that
 * are numbers, empty cells, logical values, or text representations of numbers are counted" —
 * arguments typed directly, as in =NPV(10%, "50") — but "If an argument is an array or reference,
 * only numbers in that array or reference are counted. Empty cells, logical values, text, or
 * error values in the array or reference are ignored." Microsoft KB Q103634 (Excel 3–5) goes
 * further: text representations of numbers are ignored even as direct arguments. CLV.NPV takes
 * one range, and Excel passes even a value typed directly (=CLV.NPV("50", 10%)) as a one-cell
 * array, so the wrapper cannot tell the two apart and follows the range rule: {100;"50";100} at
 * 10% is 100/1.1 + 100/1.1² = 173.554, as in Excel. The remark lists error values as ignored
 * too; an error value that reaches us in the range is returned as the result instead (no silent
 * failure, STYLE.md rule 5; a MrExcel forum thread reports Excel's NPV returning such errors as
 * well). Cost O(T).
 * @example npvFlows([[100], ["50"], [true], [null], [100]]) // => [100, 100]
 */
function npvFlows(profits: unknown[][]): number[] {
  const what = { en: "profits", zh: "各期利润 profits" };
  const flows: number[] = [];
  for (const c of flatCells(profits, what)) {
    if (c instanceof CustomFunctions.Error) throw c;
    if (typeof c === "number") flows.push(c);
  }
  if (flows.length === 0) {
    throw invalidInput(
      "args",
      'profits holds no number. As in Excel\'s NPV, only numbers in the range count: blank cells, text (even "50") and TRUE/FALSE are ignored. Enter the profits as numbers.',
      "各期利润 profits 中没有数字。与 Excel 的 NPV 相同，区域中只有数字才计入：空白单元格、文本（即使是“50”这样的数字文本）和 TRUE/FALSE 都会被忽略。请以数字形式输入各期利润。",
    );
  }
  return flows;
}

/**
 * Relationship profit of one period: revenue − acquisition − development − retention − termination costs.
 * @customfunction CLV.PROFIT
 * @param revenue Relationship revenue of the period (money; may be negative after refunds).
 * @param [acquisition] Acquisition cost of the period, ≥ 0; default 0.
 * @param [development] Development cost of the period, ≥ 0; default 0.
 * @param [retention] Retention cost of the period, ≥ 0; default 0.
 * @param [termination] Termination cost of the period, ≥ 0; default 0.
 * @returns The period's profit P(t), to feed to CLV.NPV.
 * @helpurl https://localhost:3000/help/functions.html#CLV.PROFIT
 */
export function clvProfit(
  revenue: unknown,
  acquisition: unknown,
  development: unknown,
  retention: unknown,
  termination: unknown,
): number {
  return excel("CLV.PROFIT", () =>
    relationshipProfit(
      numberArg(revenue, { en: "revenue", zh: "关系收入 revenue" }),
      optionalNumberArg(acquisition, { en: "acquisition", zh: "获取成本 acquisition" }, 0),
      optionalNumberArg(development, { en: "development", zh: "发展成本 development" }, 0),
      optionalNumberArg(retention, { en: "retention", zh: "维持成本 retention" }, 0),
      optionalNumberArg(termination, { en: "termination", zh: "终止成本 termination" }, 0),
    ),
  );
}

/**
 * Retention-based CLV (Gupta & Lehmann): Σ m·r^t/(1+d)^t over the periods, or m·r/(1+d−r) when periods is empty, minus the acquisition cost.
 * @customfunction CLV.RETENTION
 * @param margin Margin per customer per period (money, any sign), earned at the end of each period by the customers still retained.
 * @param retention Retention rate per period, 0 to 1 (0.8 or 80%).
 * @param discount Discount rate per period, ≥ 0 (0.1 or 10%).
 * @param [periods] Number of periods, a whole number ≥ 1; omit or leave empty for an infinite horizon (0 is refused, not read as "infinite").
 * @param [acquisition_cost] Acquisition cost per customer, ≥ 0, subtracted once; default 0.
 * @returns The customer's lifetime value in money. #NUM! when the infinite sum does not converge (retention 1 and discount 0).
 * @helpurl https://localhost:3000/help/functions.html#CLV.RETENTION
 */
export function clvRetention(
  margin: unknown,
  retention: unknown,
  discount: unknown,
  periods: unknown,
  acquisition_cost: unknown,
): number {
  return excel("CLV.RETENTION", () =>
    retentionClv(
      numberArg(margin, { en: "margin", zh: "每期利润 margin" }),
      numberArg(retention, { en: "retention", zh: "保留率 retention" }),
      numberArg(discount, { en: "discount", zh: "折现率 discount" }),
      maybeNumberArg(periods, { en: "periods", zh: "期数 periods" }),
      optionalNumberArg(acquisition_cost, { en: "acquisition_cost", zh: "获取成本 acquisition_cost" }, 0),
    ),
  );
}

/**
 * Share of wallet (customer share): our revenue from the customer ÷ the customer's total spend in the category.
 * @customfunction CLV.SHARE
 * @param our_spend What the customer spent with us, ≥ 0, same currency and period as total_spend.
 * @param total_spend The customer's total spend in the category (including ours), > 0.
 * @returns A share from 0 to 1. #NUM! when total_spend is 0.
 * @helpurl https://localhost:3000/help/functions.html#CLV.SHARE
 */
export function clvShare(our_spend: unknown, total_spend: unknown): number {
  return excel("CLV.SHARE", () =>
    shareOfWallet(
      numberArg(our_spend, { en: "our_spend", zh: "本企业收入 our_spend" }),
      numberArg(total_spend, { en: "total_spend", zh: "客户总支出 total_spend" }),
    ),
  );
}

/**
 * Customer delivered value (Kotler): total customer value − total customer cost, or their ratio.
 * @customfunction VALUE.DELIVERED
 * @param benefits Total customer value: a number, or a range of its parts (product, service, personnel, image value), each ≥ 0; blank cells are skipped.
 * @param costs Total customer cost: a number, or a range of its parts (money, time, energy, psychic cost), each ≥ 0, same unit as benefits; blank cells are skipped.
 * @param [measure] "difference" (default): value − cost; "ratio": value ÷ cost (#NUM! when the cost is 0).
 * @returns The delivered value (difference) or the value ratio.
 * @helpurl https://localhost:3000/help/functions.html#VALUE.DELIVERED
 */
export function valueDelivered(benefits: unknown[][], costs: unknown[][], measure: unknown): number {
  return excel("VALUE.DELIVERED", () => {
    const how = choiceArg(
      measure,
      { en: "measure", zh: "计算方式 measure" },
      { difference: "difference", ratio: "ratio", 差值: "difference", 比值: "ratio" },
      "difference",
    );
    const b = numberColumn(benefits, { en: "benefits", zh: "顾客总价值 benefits" });
    const c = numberColumn(costs, { en: "costs", zh: "顾客总成本 costs" });
    return how === "ratio" ? deliveredValueRatio(b, c) : deliveredValue(b, c);
  });
}

// ---- customer pyramid ----------------------------------------------------------------------

/**
 * The label sets a user types: "metal" (Platinum … Lead) and "vip" (VIP … Small customer). The
 * core keeps its older key for the second; the course-file name "seed002" of saved workbooks is
 * still accepted but no longer shown.
 */
const LABEL_SETS = {
  metal: "metal",
  金属: "metal",
  vip: "seed002",
  seed002: "seed002",
  "seed 002": "seed002",
} as const;
const LABELS_WHAT = { en: "labels", zh: "标签组 labels" };

function labelSet(v: unknown): "metal" | "seed002" {
  return choiceArg(v, LABELS_WHAT, LABEL_SETS, "metal", ["metal", "vip"]);
}

/** Tier widths from a range; omitted or all blank → the core's default. */
function cutsArg(v: unknown): number[] | undefined {
  if (v === null || v === undefined) return undefined;
  const cuts = numberColumn(v, { en: "cuts", zh: "层级宽度 cuts" });
  return cuts.length === 0 ? undefined : cuts;
}

/**
 * Customer pyramid tier of one value within a population: Platinum (top 5%), Gold (next 15%), Iron (next 30%), Lead (the rest); equal values share the higher tier (unlike RFM scores, where ties share the lower score). For a whole column use VALUE.TIERS, the fast path on big sheets.
 * @customfunction VALUE.TIER
 * @param value The customer's value (e.g. profit or revenue); it need not be in the population.
 * @param population Range of every customer's value, one column or row; blank cells are skipped. Ties share a tier (a tie across a boundary goes to the better tier).
 * @param [cuts] Range of three shares of customers: platinum, gold, iron widths (default 0.05, 0.15, 0.3; lead is the rest); each 0–1, total ≤ 1.
 * @param [labels] Label set: "metal" (default: Platinum/Gold/Iron/Lead, 白金/黄金/铁质/铅质) or "vip" (VIP/Major/Ordinary/Small customer, VIP客户/主要客户/普通客户/小客户).
 * @param [lang] Language of the label: "en" or "zh"; default the Office display language.
 * @returns The tier label. Recomputes over the whole population in every cell (O(n) each): prefer VALUE.TIERS for long columns.
 * @helpurl https://localhost:3000/help/functions.html#VALUE.TIER
 */
export function valueTierFn(
  value: unknown,
  population: unknown[][],
  cuts: unknown[][],
  labels: unknown,
  lang: unknown,
): string {
  return excel("VALUE.TIER", () => {
    const set = labelSet(labels);
    const tier = valueTier(
      numberArg(value, { en: "value", zh: "客户价值 value" }),
      numberColumn(population, { en: "population", zh: "客户价值总体 population" }),
      cutsArg(cuts),
    );
    return PYRAMID_LABELS[set][tier][langArg(lang)];
  });
}

/**
 * Customer pyramid tiers for a whole column at once (the fast path): one label per value, spilled beside the data; equal values share the higher tier.
 * @customfunction VALUE.TIERS
 * @param values Range of customer values, one column or row; blank cells give a blank label so the spill stays aligned row by row with the data. No header row is spilled, so place the formula on the first data row.
 * @param [cuts] Range of three shares of customers: platinum, gold, iron widths (default 0.05, 0.15, 0.3; lead is the rest); each 0–1, total ≤ 1.
 * @param [labels] Label set: "metal" (default: Platinum/Gold/Iron/Lead, 白金/黄金/铁质/铅质) or "vip" (VIP/Major/Ordinary/Small customer, VIP客户/主要客户/普通客户/小客户).
 * @param [lang] Language of the labels: "en" or "zh"; default the Office display language.
 * @returns A spilled column (a row for a row of values) of tier labels, same length as values, no header.
 * @helpurl https://localhost:3000/help/functions.html#VALUE.TIERS
 */
export function valueTiersFn(
  values: unknown[][],
  cuts: unknown[][],
  labels: unknown,
  lang: unknown,
): string[][] {
  return excel("VALUE.TIERS", () => {
    const what = { en: "values", zh: "客户价值 values" };
    const set = PYRAMID_LABELS[labelSet(labels)];
    const language = langArg(lang);
    const cells = flatCells(values, what);
    const tiers = valueTiers(numberColumn(values, what), cutsArg(cuts));
    let k = 0;
    const out = cells.map((c) => (isBlank(c) ? "" : set[tiers[k++] ?? "lead"][language]));
    const isRow = Array.isArray(values) && values.length === 1 && cells.length > 1;
    return isRow ? [out] : out.map((label) => [label]);
  });
}

/**
 * Pareto (80/20) share: the share of the total value held by the top share of customers.
 * @customfunction VALUE.PARETO
 * @param values Range of customer values, each ≥ 0, one column or row; blank cells are skipped.
 * @param [top_share] Share of customers counted as the top, above 0 up to 1 (0.2 or 20%); default 0.2. A fractional customer counts for its fraction.
 * @returns The share of the total, 0 to 1. #NUM! when every value is 0.
 * @helpurl https://localhost:3000/help/functions.html#VALUE.PARETO
 */
export function valuePareto(values: unknown[][], top_share: unknown): number {
  return excel("VALUE.PARETO", () =>
    paretoShare(
      numberColumn(values, { en: "values", zh: "客户价值 values" }),
      optionalNumberArg(
        top_share,
        { en: "top_share", zh: "头部客户占比 top_share" },
        DEFAULT_PARETO_TOP_SHARE,
      ),
    ),
  );
}

// ---- two-axis grid -------------------------------------------------------------------------

/**
 * Label from a two-axis grid (e.g. loyalty × credit rating): the cell of the labels range in x's column band and y's row band.
 * @customfunction VALUE.GRID
 * @param x Value on the horizontal axis (columns of the grid).
 * @param y Value on the vertical axis (rows of the grid).
 * @param x_cuts Range of x cut points, strictly ascending (blank cells skipped); a value equal to a cut goes to the higher band.
 * @param y_cuts Range of y cut points, strictly ascending (blank cells skipped); a value equal to a cut goes to the higher band.
 * @param labels The grid laid out as on a chart: columns left to right = x bands lowest to highest; rows top to bottom = y bands HIGHEST to lowest (top row = highest y). Size (y cuts + 1) rows × (x cuts + 1) columns, no blank cell.
 * @returns The label (text or number) of the grid cell.
 * @helpurl https://localhost:3000/help/functions.html#VALUE.GRID
 */
export function valueGrid(
  x: unknown,
  y: unknown,
  x_cuts: unknown[][],
  y_cuts: unknown[][],
  labels: unknown[][],
): string | number {
  return excel("VALUE.GRID", () => {
    const xs = numberColumn(x_cuts, { en: "x_cuts", zh: "横轴分界点 x_cuts" });
    const ys = numberColumn(y_cuts, { en: "y_cuts", zh: "纵轴分界点 y_cuts" });
    const grid = Array.isArray(labels) ? labels : [[labels]];
    // Blank labels are reported at their position on the sheet (the core sees the rows reversed).
    if (grid.length === ys.length + 1 && grid.every((r) => r.length === xs.length + 1)) {
      grid.forEach((row, i) =>
        row.forEach((cell, j) => {
          if (isBlank(cell)) {
            throw invalidInput(
              "args",
              `labels: the cell in row ${i + 1}, column ${j + 1} of the grid is empty (${describe(cell)}): fill every cell.`,
              `标签表 labels：第 ${i + 1} 行第 ${j + 1} 列为空（${describe(cell)}）：请填写每一个格子。`,
            );
          }
        }),
      );
    }
    const label = gridClassify(
      numberArg(x, { en: "x", zh: "横轴值 x" }),
      numberArg(y, { en: "y", zh: "纵轴值 y" }),
      xs,
      ys,
      [...grid].reverse(), // the core lists rows lowest y first; the sheet shows the highest on top
    );
    return typeof label === "number" ? label : String(label);
  });
}
