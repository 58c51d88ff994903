/**
 * A1 addresses: column letters ↔ numbers (A = 1, Z = 26, AA = 27), "B7" ↔ { row: 7, col: 2 }.
 * Cost O(length of the address).
 * @example [colLetters(28), parseAddress("$AB$3")] // => ["AB", { row: 3, col: 28 }]
 */
export function colNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0);
}

export function colLetters(n: number): string {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** Throws on anything but a plain cell address (letters then a row number, optional $). */
export function parseAddress(a: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a.toUpperCase().replace(/\$/g, ""));
  if (!m) throw new Error(`bad address ${a}`);
  return { row: Number(m[2]), col: colNumber(m[1]!) };
}

export const address = (row: number, col: number): string => `${colLetters(col)}${row}`;
