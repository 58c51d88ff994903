/**
 * Copies a text to the clipboard for the Warehouse panel: the asynchronous Clipboard API where
 * the page may use it (a secure origin, permission given), else the text of the given text area
 * is selected so the user can press Ctrl+C / ⌘C (the Office task pane and older browsers may
 * refuse the API). Returns which of the two happened. Cost O(length). Throws nothing.
 *
 * @example
 * await copyText("SELECT 1;", textArea) // => "copied" (or "selected")
 */
export type CopyOutcome = "copied" | "selected";

export async function copyText(text: string, area?: HTMLTextAreaElement | null): Promise<CopyOutcome> {
  try {
    if (typeof navigator !== "undefined" && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return "copied";
    }
  } catch {
    // refused: fall back to selecting the text
  }
  if (area) {
    area.focus();
    area.select();
    area.setSelectionRange(0, text.length);
  }
  return "selected";
}
