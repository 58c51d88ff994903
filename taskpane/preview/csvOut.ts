/**
 * A sheet as a .csv download: RFC 4180 quoting, CRLF line ends, UTF-8 with a byte-order mark so
 * Excel opens Chinese text correctly. CSV injection (OWASP, https://owasp.org/www-community/attacks/CSV_Injection):
 * by default a field starting with = + - @ tab or carriage return gets a leading apostrophe, so a
 * spreadsheet opening the file shows it as text instead of running it as a formula; `raw` keeps
 * the values as they are. Numbers are written as numbers (a negative number is not text and is
 * never prefixed).
 * Cost: O(cells).
 * @example sheetToCsv([["id"], ["=1+1"]]) // => "\uFEFFid\r\n'=1+1\r\n"
 */
const RISKY = /^[=+\-@\t\r]/;

function field(v: unknown, raw: boolean): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  let s =
    typeof v === "object" && "excelError" in v
      ? String((v as { excelError: unknown }).excelError)
      : String(v);
  if (!raw && RISKY.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function sheetToCsv(values: readonly (readonly unknown[])[], options: { raw?: boolean } = {}): string {
  const lines = values.map((r) => r.map((v) => field(v, options.raw === true)).join(","));
  return "\uFEFF" + lines.map((l) => l + "\r\n").join("");
}
