/**
 * Typing into a worked example's sheet in the preview, as a student does in Excel: a cell
 * address and a value (a number, a text, or a formula starting with "="), entered through the
 * memory workbook's setInput, which recalculates the sheet.
 */
import * as React from "react";
import { Button, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { MemoryWorkbookAdapter } from "../adapter/memory";

const useStyles = makeStyles({
  bar: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  address: { width: "6em" },
});

/** What typing `text` enters: a number when it reads as one, else the text (formulas included). */
export function typedInput(text: string): string | number {
  const t = text.trim();
  return t !== "" && !t.startsWith("=") && Number.isFinite(Number(t)) ? Number(t) : text;
}

export function ExampleInput({ adapter, sheet }: { adapter: MemoryWorkbookAdapter; sheet: string }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [at, setAt] = React.useState("");
  const [value, setValue] = React.useState("");
  const enter = () => {
    if (/^[A-Za-z]{1,3}[1-9][0-9]*$/.test(at.trim())) adapter.setInput(sheet, at.trim(), typedInput(value));
  };
  return (
    <div className={styles.bar} data-testid="example-input">
      <Input
        className={styles.address}
        value={at}
        onChange={(_, d) => setAt(d.value)}
        placeholder="B8"
        aria-label={t("workbook.cell")}
        data-testid="example-cell"
      />
      <Input
        value={value}
        onChange={(_, d) => setValue(d.value)}
        placeholder={t("workbook.valueOrFormula")}
        aria-label={t("workbook.valueOrFormula")}
        data-testid="example-value"
        onKeyDown={(e) => e.key === "Enter" && enter()}
      />
      <Button onClick={enter} data-testid="example-enter">
        {t("workbook.enter")}
      </Button>
    </div>
  );
}
