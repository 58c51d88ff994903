/**
 * A summary copied back from the warehouse and pasted into the Warehouse panel: tab-separated
 * (or comma / semicolon separated) rows under a header, read by the preview's delimited-text
 * reader (papaparse). Two kinds, by their columns (names in any case; other columns ignored):
 *
 * - the compressed calibration summary x, t_x, T, customers (one row per distinct history,
 *   CRM_MODELS.md §3) → columns x, t_x, T and weights for the BG/NBD and Pareto/NBD fits;
 * - the compressed Gamma-Gamma input x, mean_repeat_spend, customers → x, z̄ and weights for
 *   the Gamma-Gamma fit.
 *
 * Each row is checked with the core's own row checks (`checkCustomer`, `checkSpendRow`) and its
 * customer count must be a whole number ≥ 1; an error names the row (the header is row 1) and
 * shows what was pasted there, in English and Chinese.
 *
 * Cost O(characters). Throws `invalid` for a missing header column, no rows or a bad row.
 *
 * @example
 * readPurchaseSummary("x\tt_x\tT\tcustomers\n0\t0\t38.86\t1411\n").weights // => [1411]
 */
import { CrmError, invalidInput, isCrmError } from "../../src/errors";
import { checkCustomer } from "../../src/clv/customerTable";
import { checkSpendRow } from "../../src/clv/gammaGamma";
import { requireInteger } from "../../src/validate";
import { parseDelimited } from "../preview/delimited";

const WHERE = "warehouse";

export interface PurchaseSummary {
  readonly x: number[];
  readonly tx: number[];
  readonly T: number[];
  readonly weights: number[];
}

export interface SpendSummary {
  readonly x: number[];
  readonly spend: number[];
  readonly weights: number[];
}

type Cell = string | number;

/** The data rows of `text` and, per wanted column, its index (from the header, any case). */
function table(text: string, columns: readonly string[], what: { en: string; zh: string }) {
  const rows = parseDelimited(text).rows;
  const header = (rows[0] ?? []).map((h) => String(h).trim().toLowerCase());
  const at = columns.map((c) => header.indexOf(c.toLowerCase()));
  const missing = columns.filter((_, i) => at[i]! < 0);
  if (rows.length === 0 || missing.length > 0) {
    const found = header.length ? header.join(", ") : "nothing";
    throw invalidInput(
      WHERE,
      `The ${what.en} needs a header row with the columns ${columns.join(", ")}; missing ${missing.join(", ")} (the first row reads: ${found}). Paste the query's result with its header.`,
      `${what.zh}的第一行必须是表头，包含列 ${columns.join("、")}；缺少 ${missing.join("、")}（第一行是：${header.length ? header.join("、") : "空"}）。请连同表头一起粘贴查询结果。`,
    );
  }
  if (rows.length < 2)
    throw invalidInput(
      WHERE,
      `The ${what.en} has a header but no rows: paste the whole result.`,
      `${what.zh}只有表头，没有数据行：请粘贴完整的查询结果。`,
    );
  return { rows: rows.slice(1), at };
}

/** Re-throws a row check's error with the pasted row's number and text. */
function onRow<T>(what: { en: string; zh: string }, line: number, cells: Cell[], check: () => T): T {
  try {
    return check();
  } catch (e) {
    if (!isCrmError(e)) throw e;
    const shown = cells.map(String).join(" | ");
    // The core's checks start with "Row N: " (the same N); said once, here.
    const en = e.text.en.replace(/^Row \d+: /, "");
    const zh = e.text.zh.replace(/^第 \d+ 行[:：]/, "");
    throw new CrmError(e.code, WHERE, {
      en: `${what.en}, row ${line} (the header is row 1), which reads “${shown}”: ${en}`,
      zh: `${what.zh}第 ${line} 行（表头为第 1 行），内容为“${shown}”：${zh}`,
    });
  }
}

const customersOf = (line: number, v: unknown) =>
  requireInteger(
    WHERE,
    { en: `Row ${line}: customers`, zh: `第 ${line} 行：customers（客户数）` },
    v,
    1,
    Number.MAX_SAFE_INTEGER,
  );

const PURCHASE = { en: "Pasted summary (x, t_x, T, customers)", zh: "粘贴的摘要（x、t_x、T、customers）" };
const SPEND = {
  en: "Pasted spend summary (x, mean_repeat_spend, customers)",
  zh: "粘贴的消费额摘要（x、mean_repeat_spend、customers）",
};

export function readPurchaseSummary(text: string): PurchaseSummary {
  const { rows, at } = table(text, ["x", "t_x", "T", "customers"], PURCHASE);
  const out: PurchaseSummary = { x: [], tx: [], T: [], weights: [] };
  rows.forEach((r, j) => {
    const line = j + 2;
    const [x, tx, T, n] = at.map((k) => r[k]);
    onRow(PURCHASE, line, r, () => {
      const [xv, tv, Tv] = checkCustomer(WHERE, line - 1, x, tx, T);
      const w = customersOf(line, n);
      (out.x.push(xv), out.tx.push(tv), out.T.push(Tv), out.weights.push(w));
    });
  });
  return out;
}

export function readSpendSummary(text: string): SpendSummary {
  const { rows, at } = table(text, ["x", "mean_repeat_spend", "customers"], SPEND);
  const out: SpendSummary = { x: [], spend: [], weights: [] };
  rows.forEach((r, j) => {
    const line = j + 2;
    const [x, z, n] = at.map((k) => r[k]);
    onRow(SPEND, line, r, () => {
      const [xv, zv] = checkSpendRow(line - 1, x, z, WHERE);
      const w = customersOf(line, n);
      (out.x.push(xv), out.spend.push(zv), out.weights.push(w));
    });
  });
  return out;
}
