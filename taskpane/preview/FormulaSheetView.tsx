/**
 * The formula sheet: type a value or a formula such as =RFM.CODE(5,4,3), =CLV.NPV(A1:A5,0.1) or
 * =RFM.TABLE(A2:A5000,B2:B5000,C2:C5000) into a cell and see the result, spills included, with
 * the custom functions evaluated as in Excel (formulas/formulaSheet.ts). An error shows as its
 * code (#VALUE!, #NUM!, …) with the function's message on hover. A data sheet can be copied in
 * first so formulas can work over it. The functions load on first use (a separate chunk).
 */
import * as React from "react";
import { Body1, Button, Caption1, Input, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { MemoryWorkbookAdapter } from "../adapter/memory";
import { cellText } from "./cellText";
import { FormulaSheet, address, isExcelError, parseAddress } from "./formulas/formulaSheet";
import { SheetGrid } from "./SheetGrid";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  bar: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export function FormulaSheetView({ adapter }: { adapter: MemoryWorkbookAdapter }): React.JSX.Element {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const [sheet, setSheet] = React.useState<FormulaSheet | null>(null);
  const [version, setVersion] = React.useState(0);
  const [at, setAt] = React.useState("A1");
  const [text, setText] = React.useState("");
  const [loadError, setLoadError] = React.useState<string | null>(null);
  const registry = React.useRef<typeof import("./formulas/registry") | null>(null);

  React.useEffect(() => {
    let live = true;
    import("./formulas/registry")
      .then(async (r) => {
        registry.current = r;
        r.setFunctionLanguage(i18n.language === "zh" ? "zh-CN" : "en-US");
        const callees = await r.loadCallees();
        if (live) setSheet(new FormulaSheet(callees));
      })
      .catch((e: unknown) => setLoadError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, []);

  React.useEffect(() => {
    if (!sheet || !registry.current) return;
    registry.current.setFunctionLanguage(i18n.language === "zh" ? "zh-CN" : "en-US");
    sheet.evaluate();
    setVersion((v) => v + 1);
  }, [i18n.language, sheet]);

  const select = (cellAt: string) => {
    setAt(cellAt);
    setText(String(sheet?.input(cellAt) ?? ""));
  };

  const commit = () => {
    if (!sheet) return;
    try {
      parseAddress(at);
    } catch {
      return;
    }
    sheet.set(
      at,
      text.trim() === ""
        ? ""
        : /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text.trim())
          ? Number(text)
          : text,
    );
    sheet.evaluate();
    setVersion((v) => v + 1);
    const p = parseAddress(at);
    select(address(p.row + 1, p.col));
  };

  const copyIn = () => {
    const source = adapter.sheets.find((s) => s.name === adapter.selectedSheet);
    if (!sheet || !source) return;
    source.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v === "number" || (typeof v === "string" && v !== "")) sheet.set(address(r + 1, c + 1), v);
      }),
    );
    sheet.evaluate();
    setVersion((v) => v + 1);
  };

  const extent = sheet?.extent() ?? { rows: 0, cols: 0 };
  const selected = (() => {
    try {
      const p = parseAddress(at);
      return { row: p.row - 1, col: p.col - 1 };
    } catch {
      return undefined;
    }
  })();
  const value = sheet?.get(at) ?? null;

  return (
    <section className={styles.section} data-testid="formulas" data-version={version}>
      <Subtitle2 as="h2">{t("formulas.title")}</Subtitle2>
      <Body1>{t("formulas.hint")}</Body1>
      {loadError && <Caption1>{t("formulas.loadFailed", { message: loadError })}</Caption1>}
      <div className={styles.bar}>
        <Input
          value={at}
          onChange={(_, d) => setAt(d.value.toUpperCase())}
          style={{ width: 80 }}
          aria-label={t("formulas.cell")}
          data-testid="formula-cell"
        />
        <Input
          value={text}
          onChange={(_, d) => setText(d.value)}
          onKeyDown={(e) => e.key === "Enter" && commit()}
          placeholder="=RFM.CODE(5,4,3)"
          style={{ flexGrow: 1 }}
          aria-label={t("formulas.input")}
          disabled={!sheet}
          data-testid="formula-input"
        />
        <Button onClick={commit} disabled={!sheet} data-testid="formula-enter">
          {t("formulas.enter")}
        </Button>
      </div>
      <Caption1 block data-testid="formula-value" title={isExcelError(value) ? value.message : undefined}>
        {t("formulas.value", { at, value: cellText(value).text })}
        {isExcelError(value) && value.message ? ` — ${value.message}` : ""}
      </Caption1>
      <div>
        <Button size="small" onClick={copyIn} disabled={!sheet} data-testid="formula-copy">
          {t("formulas.copy", { sheet: adapter.selectedSheet })}
        </Button>
      </div>
      <SheetGrid
        rows={Math.max(30, extent.rows + 5)}
        cols={Math.max(8, extent.cols + 2)}
        label={t("formulas.title")}
        testId="formula-grid"
        selected={selected}
        onCellClick={(r, c) => select(address(r + 1, c + 1))}
        cell={(r, c) => {
          const cellAt = address(r + 1, c + 1);
          const g = cellText(sheet?.get(cellAt) ?? null);
          return sheet?.spillSource(cellAt) && g.kind !== "error" ? { ...g, kind: "spill" } : g;
        }}
      />
    </section>
  );
}
