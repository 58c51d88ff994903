/**
 * Your data in: open or drop a .csv/.tsv/.txt file (parsed in a worker with progress), an .xlsx
 * (every worksheet with data becomes a sheet; read by importXlsx in its own worker, with progress),
 * either with Cancel while it reads, or paste
 * cells copied from any spreadsheet (tab-separated) — each becomes a new sheet of the in-memory
 * workbook, selected for the pane. The detected encoding, delimiter and header row are shown and
 * can be changed (the sheet is read again). Nothing leaves the page.
 */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { MemoryWorkbookAdapter } from "../adapter/memory";
import { ENCODINGS, Encoding } from "./decode";
import { DELIMITERS, Delimiter, parseDelimited } from "./delimited";
import { applyHeaderFormats, applyHeaderRow, detectHeaderRow } from "./headerRow";
import { ImportChoices } from "./importText";
import { importInWorker } from "./openFile";
import { importXlsxInWorker } from "./openXlsx";
import { isAbortError } from "../adapter/output";
import { measureSince, now } from "../timing";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  dropActive: { backgroundColor: tokens.colorBrandBackground2 },
  choices: { display: "grid", gridTemplateColumns: "1fr 1fr 1fr", gap: tokens.spacingHorizontalS },
  progress: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    gap: tokens.spacingHorizontalS,
    alignItems: "start",
  },
});

const DELIMITER_KEYS: Record<Delimiter, string> = {
  ",": "comma",
  "\t": "tab",
  ";": "semicolon",
  "|": "pipe",
};

interface Opened {
  file: File;
  sheet: string;
  rows: unknown[][];
  /** Cell formats of an opened .xlsx sheet; a text file has neither these nor a delimiter choice. */
  formats?: string[][];
  encoding?: Encoding;
  delimiter?: Delimiter;
  headerRow: number;
}

export function ImportPanel({ adapter }: { adapter: MemoryWorkbookAdapter }): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const [opened, setOpened] = React.useState<Opened | null>(null);
  const [progress, setProgress] = React.useState<number | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [dragging, setDragging] = React.useState(false);
  const [pasted, setPasted] = React.useState("");
  const controller = React.useRef<AbortController | null>(null);

  /** Starts a reading: progress from 0, a fresh Cancel. */
  const begin = (): AbortSignal => {
    setError(null);
    setProgress(0);
    controller.current = new AbortController();
    return controller.current.signal;
  };
  const failed = (e: unknown) => {
    if (isAbortError(e)) setError(t("preview.big.cancelled"));
    else setError(t("import.failed", { message: e instanceof Error ? e.message : String(e) }));
  };
  const toProgress = (done: number, total: number) => setProgress(done < 0 ? -1 : done / Math.max(1, total));

  const read = async (file: File, choices: ImportChoices, sheet?: string, headerRow?: number) => {
    const signal = begin();
    try {
      const r = await importInWorker(file, choices, toProgress, signal);
      const t0 = now();
      const header = headerRow ?? r.headerRow;
      const values = applyHeaderRow(r.rows, header);
      const name = sheet ?? adapter.addSheet(file.name.replace(/\.[^.]+$/, ""), values);
      if (sheet) adapter.replaceSheet(sheet, values);
      adapter.select(name);
      setOpened({
        file,
        sheet: name,
        rows: r.rows,
        encoding: r.encoding,
        delimiter: r.delimiter,
        headerRow: header,
      });
      measureSince("open: add the sheet", t0);
    } catch (e) {
      failed(e);
    } finally {
      setProgress(null);
    }
  };

  /** An .xlsx: each worksheet with data becomes a sheet; the first is selected and shown. */
  const readXlsx = async (file: File) => {
    const signal = begin();
    try {
      const sheets = (await importXlsxInWorker(file, toProgress, signal)).filter((s) => s.rows.length > 0);
      if (sheets.length === 0) throw new Error(t("import.xlsxEmpty"));
      const base = file.name.replace(/\.[^.]+$/, "");
      const added = sheets.map((s) => {
        const header = detectHeaderRow(s.rows);
        const name = adapter.addSheet(
          sheets.length === 1 ? base : s.name,
          applyHeaderRow(s.rows, header),
          applyHeaderFormats(s.formats, header),
          s.dateSystem,
        );
        return { file, sheet: name, rows: s.rows, formats: s.formats, headerRow: header };
      });
      adapter.select(added[0]!.sheet);
      setOpened(added[0]!);
    } catch (e) {
      failed(e);
    } finally {
      setProgress(null);
    }
  };

  const open = (file: File | undefined) => {
    if (!file) return;
    if (/\.xlsx$/i.test(file.name)) return void readXlsx(file);
    if (!/\.(csv|tsv|txt)$/i.test(file.name)) return setError(t("import.unknownType", { name: file.name }));
    void read(file, {});
  };

  const setHeader = (headerRow: number) => {
    if (!opened) return;
    adapter.replaceSheet(
      opened.sheet,
      applyHeaderRow(opened.rows, headerRow),
      opened.formats && applyHeaderFormats(opened.formats, headerRow),
    );
    setOpened({ ...opened, headerRow });
  };

  const addPasted = () => {
    const { rows } = parseDelimited(pasted, "\t");
    if (rows.length === 0) return setError(t("import.pasteEmpty"));
    adapter.addSheet(t("import.pastedSheet"), applyHeaderRow(rows, detectHeaderRow(rows)));
    setPasted("");
  };

  return (
    <section className={styles.section} data-testid="import">
      <Subtitle2 as="h2">{t("import.title")}</Subtitle2>
      <div
        className={dragging ? `${styles.drop} ${styles.dropActive}` : styles.drop}
        data-testid="import-drop"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          open(e.dataTransfer.files[0]);
        }}
      >
        <Body1>{t("import.hint")}</Body1>
        <input
          type="file"
          accept=".csv,.tsv,.txt,.xlsx,text/csv,text/plain"
          aria-label={t("import.open")}
          data-testid="import-file"
          onChange={(e) => {
            open(e.target.files?.[0]);
            e.target.value = "";
          }}
        />
        <Caption1>{t("import.private")}</Caption1>
      </div>
      {progress !== null && (
        <div className={styles.progress}>
          <Field
            validationMessage={
              progress < 0
                ? t("preview.big.unzipping")
                : t("import.reading", { percent: Math.round(100 * progress) })
            }
            validationState="none"
          >
            <ProgressBar value={progress < 0 ? undefined : progress} data-testid="import-progress" />
          </Field>
          <Button onClick={() => controller.current?.abort()} data-testid="import-cancel">
            {t("preview.big.cancel")}
          </Button>
        </div>
      )}
      {error && (
        <MessageBar intent="error" data-testid="import-error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {opened && (
        <div data-testid="import-choices">
          <Caption1 block>
            {t("import.opened", { name: opened.file.name, sheet: opened.sheet, rows: opened.rows.length })}
          </Caption1>
          <div className={styles.choices}>
            {opened.encoding && (
              <Field label={t("import.encoding")}>
                <Select
                  value={opened.encoding}
                  data-testid="import-encoding"
                  onChange={(_, d) =>
                    void read(
                      opened.file,
                      { encoding: d.value as Encoding, delimiter: opened.delimiter },
                      opened.sheet,
                    )
                  }
                >
                  {ENCODINGS.map((e) => (
                    <option key={e} value={e}>
                      {t(`import.encodings.${e}`)}
                    </option>
                  ))}
                </Select>
              </Field>
            )}
            {opened.delimiter && (
              <Field label={t("import.delimiter")}>
                <Select
                  value={opened.delimiter}
                  data-testid="import-delimiter"
                  onChange={(_, d) =>
                    void read(
                      opened.file,
                      { encoding: opened.encoding, delimiter: d.value as Delimiter },
                      opened.sheet,
                    )
                  }
                >
                  {DELIMITERS.map((d) => (
                    <option key={d} value={d}>
                      {t(`import.delimiters.${DELIMITER_KEYS[d]}`)}
                    </option>
                  ))}
                </Select>
              </Field>
            )}
            <Field label={t("import.headerRow")}>
              <Select
                value={String(opened.headerRow)}
                data-testid="import-header"
                onChange={(_, d) => setHeader(Number(d.value))}
              >
                <option value="-1">{t("import.noHeader")}</option>
                {Array.from({ length: Math.min(10, opened.rows.length) }, (_, i) => (
                  <option key={i} value={String(i)}>
                    {t("import.row", { row: i + 1 })}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
        </div>
      )}
      <Field label={t("import.paste")} hint={t("import.pasteHint")}>
        <Textarea
          value={pasted}
          onChange={(_, d) => setPasted(d.value)}
          data-testid="import-paste"
          resize="vertical"
        />
      </Field>
      <div>
        <Button onClick={addPasted} disabled={pasted.trim() === ""} data-testid="import-paste-add">
          {t("import.pasteAdd")}
        </Button>
      </div>
    </section>
  );
}
