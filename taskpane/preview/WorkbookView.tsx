/**
 * The in-memory workbook made visible: a tab per sheet (the source data, every imported sheet,
 * every result sheet) and the formula sheet; the sheet in a virtualised grid; a result sheet's
 * charts drawn from their ChartSpec; downloads (the sheet as .csv, the whole workbook as .xlsx —
 * exportXlsx and excelts load on first use, in their own chunk). Clicking a data sheet's tab also makes it the
 * pane's selection (as clicking a sheet in Excel would); a result sheet is shown, not selected,
 * so the next analysis still reads the data. A new result sheet is shown when it is written.
 */
import * as React from "react";
import {
  Button,
  Caption1,
  Checkbox,
  Input,
  Select,
  Spinner,
  Subtitle2,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { MemorySheet, MemoryWorkbookAdapter } from "../adapter/memory";
import { cellText } from "./cellText";
import { ExampleInput } from "./ExampleInput";
import { ChartView } from "./ChartView";
import { sheetToCsv } from "./csvOut";
import { download, fileNameFor } from "./download";
import { GridSpecView } from "./GridSpecView";
import { SheetGrid } from "./SheetGrid";
import { TableView, tableOrder, tableWidth } from "./tableView";

/** Result sheets (memory.ts writeReport) hold their customer table's header on row 4. */
const TABLE_HEADER_ROW = 3;

const FORMULAS = "\u0000formulas";
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** The formula sheet and its engine load on first use (their own chunk). */
const FormulaSheetView = React.lazy(() =>
  import("./FormulaSheetView").then((m) => ({ default: m.FormulaSheetView })),
);

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  charts: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(320px, 1fr))",
    gap: tokens.spacingHorizontalM,
  },
  tabs: { overflowX: "auto" },
});

function useVersion(adapter: MemoryWorkbookAdapter): number {
  const [version, setVersion] = React.useState(0);
  React.useEffect(() => adapter.subscribe(() => setVersion((v) => v + 1)), [adapter]);
  return version;
}

/** A sheet the pane wrote (shown, never selected as the data to analyse). */
const isResult = (s: MemorySheet) => s.output !== undefined || (s.chartSpecs?.length ?? 0) > 0;
/**
 * The sheet row of the table's header, when the sheet holds a results table: where the one run's
 * writeSheets put it (its Customers table), else row 4 of a single analysis's report sheet;
 * undefined for a sheet without a table (the run's Summary, the user's data).
 */
const tableHeaderRow = (s: MemorySheet): number | undefined =>
  s.output !== undefined
    ? s.output.table?.row
    : (s.chartSpecs?.length ?? 0) > 0
      ? TABLE_HEADER_ROW
      : undefined;

function formatOf(sheet: MemorySheet, row: number, col: number): string | undefined {
  return sheet.formats?.[row]?.[col] || undefined;
}

export function WorkbookView({ adapter }: { adapter: MemoryWorkbookAdapter }): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const version = useVersion(adapter);
  const [shown, setShown] = React.useState(adapter.selectedSheet);
  const [raw, setRaw] = React.useState(false);
  const [xlsx, setXlsx] = React.useState<{ busy: boolean; error?: string }>({ busy: false });
  const [view, setView] = React.useState<TableView>({ column: null, descending: false, filter: "" });
  const count = React.useRef(adapter.sheets.length);

  // Show a sheet when it is added: the selected one if it is new (an import, the first of an
  // .xlsx's worksheets), else the last (a result).
  React.useEffect(() => {
    const sheets = adapter.sheets;
    if (sheets.length > count.current) {
      const added = sheets.slice(count.current).map((s) => s.name);
      setShown(added.includes(adapter.selectedSheet) ? adapter.selectedSheet : added[added.length - 1]!);
    }
    count.current = sheets.length;
  }, [version, adapter]);

  const sheet = adapter.sheets.find((s) => s.name === shown);
  const headerRow = sheet === undefined ? undefined : tableHeaderRow(sheet);
  const result = headerRow !== undefined;
  const width = sheet && headerRow !== undefined ? tableWidth(sheet.values, headerRow) : 0;
  const order = React.useMemo(
    () => (sheet && headerRow !== undefined ? tableOrder(sheet.values, headerRow, view) : null),
    [sheet, headerRow, view],
  );
  /** The sheet row shown at grid row r, column c: table cells follow the filter/sort. */
  const sourceRow = (r: number, c: number): number => {
    if (!order || headerRow === undefined || r <= headerRow || c >= width) return r;
    return order[r - headerRow - 1] ?? -1;
  };
  const columns = sheet
    ? Math.min(
        200,
        sheet.values.reduce((w, r) => Math.max(w, r.length), 0),
      )
    : 0;

  const downloadXlsx = async () => {
    setXlsx({ busy: true });
    try {
      const { exportXlsx } = await import("./exportXlsx");
      const bytes = await exportXlsx(adapter.sheets);
      download(
        fileNameFor(t("workbook.fileName"), "xlsx"),
        new Blob([bytes as BlobPart], { type: XLSX_TYPE }),
      );
      setXlsx({ busy: false });
    } catch (e) {
      setXlsx({
        busy: false,
        error: t("workbook.xlsxFailed", { message: e instanceof Error ? e.message : String(e) }),
      });
    }
  };

  const show = (name: string) => {
    setShown(name);
    setView({ column: null, descending: false, filter: "" });
    const target = adapter.sheets.find((s) => s.name === name);
    if (target && !isResult(target)) adapter.select(name);
  };

  return (
    <div className={styles.root} data-testid="workbook">
      <Subtitle2 as="h2">{t("workbook.title")}</Subtitle2>
      <div className={styles.tabs}>
        <TabList
          size="small"
          selectedValue={shown}
          onTabSelect={(_, d) => show(String(d.value))}
          aria-label={t("workbook.sheets")}
        >
          {adapter.sheets.map((s) => (
            <Tab key={s.name} value={s.name} data-testid={`sheet-tab-${s.name}`}>
              {s.name}
              {s.name === adapter.selectedSheet ? ` · ${t("workbook.selected")}` : ""}
            </Tab>
          ))}
          <Tab value={FORMULAS} data-testid="sheet-tab-formulas">
            {t("formulas.tab")}
          </Tab>
        </TabList>
      </div>
      {shown === FORMULAS ? (
        <React.Suspense fallback={<Spinner size="small" />}>
          <FormulaSheetView adapter={adapter} />
        </React.Suspense>
      ) : sheet ? (
        <>
          <Caption1 block data-testid="sheet-size">
            {t("workbook.size", { rows: sheet.values.length.toLocaleString(), columns })}
          </Caption1>
          {result && (
            <div className={styles.bar} data-testid="table-view">
              <Input
                value={view.filter}
                onChange={(_, d) => setView({ ...view, filter: d.value })}
                placeholder={t("workbook.filter")}
                aria-label={t("workbook.filter")}
                data-testid="table-filter"
              />
              <Select
                value={view.column === null ? "" : String(view.column)}
                onChange={(_, d) => setView({ ...view, column: d.value === "" ? null : Number(d.value) })}
                aria-label={t("workbook.sortBy")}
                data-testid="table-sort"
              >
                <option value="">{t("workbook.sheetOrder")}</option>
                {(sheet.values[headerRow!] ?? []).slice(0, width).map((h, i) => (
                  <option key={i} value={String(i)}>
                    {t("workbook.sortByColumn", { column: String(h) })}
                  </option>
                ))}
              </Select>
              <Checkbox
                checked={view.descending}
                onChange={(_, d) => setView({ ...view, descending: d.checked === true })}
                label={t("workbook.descending")}
                data-testid="table-descending"
              />
              <Caption1 data-testid="table-count">
                {t("workbook.shown", { count: order?.length ?? 0 })}
              </Caption1>
            </div>
          )}
          {sheet.inputs && <ExampleInput adapter={adapter} sheet={sheet.name} />}
          <SheetGrid
            rows={sheet.values.length}
            cols={Math.max(1, columns)}
            label={sheet.name}
            testId="sheet-grid"
            cell={(r, c) => {
              const from = sourceRow(r, c);
              return cellText(sheet.values[from]?.[c], formatOf(sheet, from, c));
            }}
          />
          <div className={styles.bar}>
            <Button
              onClick={() =>
                download(
                  fileNameFor(sheet.name, "csv"),
                  new Blob([sheetToCsv(sheet.values, { raw })], { type: "text/csv;charset=utf-8" }),
                )
              }
              data-testid="download-csv"
            >
              {t("workbook.csv")}
            </Button>
            <Checkbox
              checked={raw}
              onChange={(_, d) => setRaw(d.checked === true)}
              label={t("workbook.raw")}
              data-testid="download-raw"
            />
            <Button
              onClick={() => void downloadXlsx()}
              disabled={xlsx.busy}
              icon={xlsx.busy ? <Spinner size="tiny" /> : undefined}
              data-testid="download-xlsx"
            >
              {t("workbook.xlsx")}
            </Button>
          </div>
          <Caption1 block>{raw ? t("workbook.rawNote") : t("workbook.csvNote")}</Caption1>
          <Caption1 block data-testid="xlsx-note">
            {t("workbook.xlsxNote")}
          </Caption1>
          {xlsx.error && (
            <Caption1 block data-testid="xlsx-error">
              {xlsx.error}
            </Caption1>
          )}
          {(sheet.chartSpecs?.length ?? 0) > 0 && (
            <div className={styles.charts} data-testid="charts">
              {sheet.chartSpecs!.map((spec) => (
                <ChartView
                  key={`${sheet.name}-${spec.id}-${version}`}
                  spec={spec}
                  fileName={fileNameFor(`${sheet.name} ${spec.id}`, "png")}
                />
              ))}
            </div>
          )}
          {sheet.grids?.map((g) => (
            <GridSpecView key={g.id} spec={g} />
          ))}
        </>
      ) : null}
    </div>
  );
}
