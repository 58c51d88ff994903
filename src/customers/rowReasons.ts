/**
 * The list of rejected rows a reader fills (CRM_MODELS.md §1: rows that cannot be read are
 * counted and listed with their row numbers, never dropped silently): `reject(i, reason, detail)`
 * records row i (0-based) as row i + 1 with the bilingual text of {@link rejectText}, or of
 * {@link errorCellText} for an Excel error (detail [column, "#N/A"]). Cost O(1) per row.
 *
 * @example
 * const { rejected, reject } = rejector();
 * reject(2, "errorCell", ["id", "#N/A"]);
 * rejected[0]!.row // => 3
 */
import { Bilingual } from "../errors";
import { RejectReason, RejectedRow, errorCellText, rejectText } from "./rejects";

export function rejector(): {
  rejected: RejectedRow[];
  reject: (i: number, reason: RejectReason, detail: unknown) => void;
} {
  const rejected: RejectedRow[] = [];
  const reject = (i: number, reason: RejectReason, detail: unknown) => {
    let text: Bilingual;
    if (reason === "badDate") text = detail as Bilingual;
    else if (reason === "errorCell") {
      const [column, code] = detail as [Parameters<typeof errorCellText>[0], string];
      text = errorCellText(column, code);
    } else text = rejectText(reason, detail);
    rejected.push({ row: i + 1, reason, text });
  };
  return { rejected, reject };
}
