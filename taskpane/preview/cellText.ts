/**
 * How the preview's grid shows a cell: numbers right-aligned (at most 6 decimals, as Excel's
 * General format shows about 10 significant digits), date serials in a date-formatted column as
 * yyyy-mm-dd (1900 date system: serial 1 = 1900-01-01, with Excel's phantom 1900-02-29), error
 * values as their code with the message as tooltip, text as typed. The number formats the pane
 * writes are shown as Excel shows them: "0", "0.0", "0.00", "#,##0", "#,##0.00" (thousands
 * separators), "0%", "0.0%" (percent); any other format as General.
 * @example cellText(45292, "yyyy-mm-dd").text // => "2024-01-01"
 * @example cellText(0.1887, "0.0%").text // => "18.9%"
 */
export interface GridCell {
  text: string;
  title?: string;
  kind?: "number" | "text" | "error" | "spill";
}
/** Reads the cell at a 0-based row and column; a click on one. */
export type CellReader = (row: number, col: number) => GridCell;
export type CellClick = (row: number, col: number) => void;

/** yyyy-mm-dd of an Excel serial (1900 system; serials after 60 skip the phantom leap day). */
export function serialToIso(serial: number): string {
  const days = Math.floor(serial) - (serial > 60 ? 1 : 0);
  return new Date(Date.UTC(1899, 11, 31) + days * 86_400_000).toISOString().slice(0, 10);
}

export function cellText(v: unknown, format?: string): GridCell {
  if (v === null || v === undefined || v === "") return { text: "" };
  if (typeof v === "number") {
    if (format === "yyyy-mm-dd" && v >= 1) return { text: serialToIso(v), kind: "number" };
    const shown = format === undefined ? undefined : formatted(v, format);
    if (shown !== undefined) return { text: shown, kind: "number" };
    const text = Number.isInteger(v) ? String(v) : String(Math.round(v * 1e6) / 1e6);
    return { text, kind: "number" };
  }
  if (typeof v === "boolean") return { text: v ? "TRUE" : "FALSE", kind: "number" };
  if (typeof v === "object") {
    const e = v as { excelError?: string; error?: string; message?: string };
    const code = e.excelError ?? e.error;
    if (code) return { text: code, title: e.message, kind: "error" };
  }
  return { text: String(v), kind: "text" };
}

/** `v` in one of the fixed number formats (see {@link cellText}), undefined for any other format. */
function formatted(v: number, format: string): string | undefined {
  const m = /^(#,##)?0(?:\.(0+))?(%)?$/.exec(format);
  if (!m || !Number.isFinite(v)) return undefined;
  const decimals = m[2]?.length ?? 0;
  const x = m[3] ? v * 100 : v;
  const text = m[1]
    ? x.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
    : x.toFixed(decimals);
  return m[3] ? `${text}%` : text;
}
