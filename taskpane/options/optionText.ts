/**
 * Numbers typed into the pane's option fields: blank → undefined (the report's default), a
 * decimal comma accepted, anything else NaN so the core's own check names the option and says
 * what to fix (no value is silently replaced). Percent fields divide by 100. Cost O(1).
 *
 * @example
 * [numberFromText(" 0,5 "), numberFromText(""), percentFromText("10")] // => [0.5, undefined, 0.1]
 */
export function numberFromText(text: string): number | undefined {
  const s = text.trim().replace(",", ".");
  if (s === "") return undefined;
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s) ? Number(s) : NaN;
}

export function percentFromText(text: string): number | undefined {
  const v = numberFromText(text.replace(/%\s*$/, ""));
  return v === undefined ? undefined : v / 100;
}
