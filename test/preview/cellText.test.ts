/**
 * The preview's grid shows the number formats the pane writes as Excel shows them (Excel's own
 * rendering of these formats: "0.0%" multiplies by 100 and rounds to one decimal, "#,##0.00" puts
 * thousands separators and two decimals); other formats fall back to General.
 */
import { cellText } from "../../taskpane/preview/cellText";

describe("cellText", () => {
  it.each([
    [0.1887, "0.0%", "18.9%"],
    [-0.25, "0%", "-25%"],
    [1234567.891, "#,##0.00", "1,234,567.89"],
    [1234.5, "#,##0", "1,235"],
    [3.14159, "0.00", "3.14"],
    [2.25, "0.0", "2.3"],
    [42, "0", "42"],
    [45292, "yyyy-mm-dd", "2024-01-01"],
    [0.123456789, "General", "0.123457"],
  ])("%p in %p shows %p", (v, format, text) => {
    expect(cellText(v, format).text).toBe(text);
  });
  it("text and errors are not formatted", () => {
    expect(cellText("0.5", "0%").text).toBe("0.5");
    expect(cellText({ excelError: "#NUM!", message: "no fit" }, "0.0%")).toEqual({
      text: "#NUM!",
      title: "no fit",
      kind: "error",
    });
  });
});
