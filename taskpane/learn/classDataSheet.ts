/**
 * The class data generator's output as a sheet to insert (issue 12.3): the export's header and
 * rows as typed cells (ids and order ids text, dates as date serials formatted yyyy-mm-dd,
 * amounts numbers), through WorkbookAdapter.insertExample like a worked example. Pure, O(rows).
 * @example classDataSheet(classExport({ customers: 1 }), "en").cells.A1 // => "customer_id"
 */
import { ClassExport } from "../../src/sample/classExport";
import { FormulaSheetSpec } from "../adapter/types";
import { LearnLang } from "./types";

export function classDataSheet(data: ClassExport, lang: LearnLang): FormulaSheetSpec {
  const cells: Record<string, string | number> = {};
  ["A", "B", "C", "D"].forEach((c, i) => (cells[`${c}1`] = data.header[i] ?? ""));
  data.rows.forEach(([id, day, order, amount], i) => {
    const r = i + 2;
    cells[`A${r}`] = id;
    cells[`B${r}`] = day;
    cells[`C${r}`] = order;
    cells[`D${r}`] = amount;
  });
  return {
    sheetName: lang === "zh" ? "班级数据" : "Class data",
    cells,
    formats: { [`B2:B${data.rows.length + 1}`]: "yyyy-mm-dd", [`D2:D${data.rows.length + 1}`]: "0.00" },
  };
}
