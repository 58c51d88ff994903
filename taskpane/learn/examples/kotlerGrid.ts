/**
 * Worked example: Kotler's relationship levels by number of customers × profit margin
 * (CRM_MODELS.md §7), each cell of the course's grid computed by RELATIONSHIP.LEVEL from its row
 * and column categories; a firm's own count and margin beside it; and a two-axis classification
 * (loyalty × credit rating, §9) with VALUE.GRID on cut points the class chooses.
 */
import { WorkedExample } from "../types";
import { block, langArg, say } from "./build";

export const kotlerGrid: WorkedExample = {
  id: "kotler-grid",
  title: { en: "Kotler's grid of relationship levels", zh: "科特勒的客户关系水平表" },
  build(lang) {
    const L = langArg(lang);
    const z = lang === "zh";
    const rows = z ? ["多", "中", "少"] : ["many", "medium", "few"];
    const cols = z ? ["高", "中", "低"] : ["high", "medium", "low"];
    const cell = (r: number, c: string) => `=RELATIONSHIP.LEVEL($A${r},${c}$5,,,${L})`;
    return {
      sheetName: say(lang, "Kotler grid", "科特勒表"),
      title: say(
        lang,
        "Which relationship level pays: customers × margin",
        "哪种关系水平划算：客户数 × 利润率",
      ),
      note: say(
        lang,
        "Type a category (many, medium, few; high, medium, low) in A6:A8 or B5:D5 and the grid follows. Change your firm's customers (B11) or margin (B12): 250 customers at 35% ask for a proactive relationship; try 5000 at 5%.",
        "在A6:A8或B5:D5中输入类别（多、中、少；高、中、低），表格随之变化。修改本企业的客户数（B11）或利润率（B12）：250个客户、35%的利润率适合能动型关系；再试试5000个客户、5%。",
      ),
      cells: {
        A4: say(lang, "customers \\ margin", "客户数 \\ 利润率"),
        ...block("B5", [cols]),
        ...block(
          "A6",
          rows.map((r, i) => [r, cell(6 + i, "B"), cell(6 + i, "C"), cell(6 + i, "D")]),
        ),
        ...block("A10", [
          [say(lang, "Your firm", "本企业"), null],
          [say(lang, "Customers", "客户数"), 250],
          [say(lang, "Profit margin", "利润率"), 0.35],
          [say(lang, "Level", "关系水平"), `=RELATIONSHIP.LEVEL(B11,B12,,,${L})`],
        ]),
        ...block("F4", [
          [say(lang, "Loyalty × credit rating", "忠诚度 × 信用等级"), null, null],
          [say(lang, "Loyalty cut (0–10)", "忠诚度分界（0–10）"), 5, null],
          [say(lang, "Credit cut (1–5)", "信用分界（1–5）"), 3, null],
          [null, say(lang, "low loyalty", "忠诚度低"), say(lang, "high loyalty", "忠诚度高")],
          [
            say(lang, "high credit", "信用高"),
            say(lang, "Develop loyalty", "培养忠诚"),
            say(lang, "Key customer", "核心客户"),
          ],
          [
            say(lang, "low credit", "信用低"),
            say(lang, "Limit exposure", "控制风险"),
            say(lang, "Check terms", "审核付款条件"),
          ],
          [say(lang, "This customer's loyalty", "该客户的忠诚度"), 7, null],
          [say(lang, "This customer's credit", "该客户的信用等级"), 2, null],
          [say(lang, "Class", "类别"), "=VALUE.GRID(G10,G11,G5,G6,G8:H9)", null],
        ]),
      },
      formats: { B12: "0%" },
    };
  },
};
