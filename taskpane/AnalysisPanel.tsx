/**
 * Customer analyses of a pasted transactions export — RFM segmentation, lifecycle classification
 * and CLV forecast — on one shared column choice (guessed from the header). The user picks the
 * analysis and runs it; the result goes to a new sheet with a native chart. Progress while
 * reading and writing; skipped rows are listed with their sheet row numbers and the reason.
 * Workbook access only through the adapter; all computing in the core (src/reports).
 */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Subtitle2,
  Tab,
  TabList,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { isCrmError, Lang } from "../src/errors";
import { SkippedRow } from "../src/reports";
import { ColumnRole, ColumnRoles, describeTable, guessColumnRoles } from "../src/table";
import { isAbortError } from "./adapter/output";
import { WorkbookAdapter } from "./adapter/types";
import { ANALYSES, AnalysisEntry, SummaryRow, analysisById } from "./analyses/registry";
import { missingRoles, transactionColumns } from "./analyses/selectionColumns";
import { dateReadingText, localToday, rowsAfterToday } from "./analyses/dateReading";
import { CustomerTablePanel } from "./CustomerTablePanel";
import { CARD_OF_ANALYSIS, LearnLink } from "./learn/learnLink";
import { ClvOptionsFields } from "./options/ClvOptionsFields";
import { CLV_TEXT_DEFAULTS, clvOptionsFromText } from "./options/clvOptionsText";
import { LifecycleOptionsFields } from "./options/LifecycleOptionsFields";
import { LIFECYCLE_TEXT_DEFAULTS, lifecycleOptionsFromText } from "./options/lifecycleOptionsText";
import { RfmOptionsFields } from "./options/RfmOptionsFields";
import { DEFAULT_RFM_OPTIONS } from "./options/rfmOptionsValue";
import { withSheetRules } from "./options/sheetRules";

const SHOWN_SKIPPED = 50;
const ROLES: readonly ColumnRole[] = ["customerId", "date", "amount", "orderId"];
/** The analyses' ids, in the registry's order (taskpane/analyses/registry.ts). */
export const ANALYSIS_IDS: readonly string[] = ANALYSES.map((a) => a.id);

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  grid: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
});

export interface Columns {
  headers: readonly string[];
  hasHeader: boolean;
  roles: ColumnRoles;
}

/** What the pane shows of any analysis: the summary the chart plots, parameters, skipped rows. */
interface Outcome {
  analysis: AnalysisEntry;
  sheet: string;
  customers: number;
  parameters: string;
  mergedIds: string | undefined;
  summary: readonly SummaryRow[];
  skipped: readonly SkippedRow[];
  /** The date system and the rows dated after today (opt.dates.line). */
  dates: string;
}

type Status = { stage: "reading" | "writing"; done: number; total: number } | { stage: "scoring" } | null;

export function AnalysisPanel({ adapter }: { adapter: WorkbookAdapter }): React.JSX.Element {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === "zh" ? "zh" : "en";
  const [analysisId, setAnalysisId] = React.useState<string>(ANALYSES[0]!.id);
  const analysis = analysisById(analysisId);
  const [columns, setColumns] = React.useState<Columns | null>(null);
  const [rfmOptions, setRfmOptions] = React.useState(DEFAULT_RFM_OPTIONS);
  const [clvText, setClvText] = React.useState(CLV_TEXT_DEFAULTS);
  const [lifecycleText, setLifecycleText] = React.useState(LIFECYCLE_TEXT_DEFAULTS);
  const options = {
    ...rfmOptions,
    clv: clvOptionsFromText(clvText),
    lifecycle: lifecycleOptionsFromText(lifecycleText),
  };
  const [asOf, setAsOf] = React.useState("");
  const [status, setStatus] = React.useState<Status>(null);
  const [result, setResult] = React.useState<Outcome | null>(null);
  const [error, setError] = React.useState<string | null>(null);

  const fail = (e: unknown) =>
    setError(
      isCrmError(e)
        ? e.messageIn(lang)
        : t("error.unexpected", { message: e instanceof Error ? e.message : String(e) }),
    );

  const chooseColumns = async () => {
    setError(null);
    try {
      const sample = await adapter.readSelectionSample(200);
      if (!sample) return setError(t("describe.empty"));
      const d = describeTable(sample.sample, sample.rowCount);
      setColumns({
        headers: d.headers,
        hasHeader: d.hasHeader,
        roles: d.hasHeader ? guessColumnRoles(d.headers) : {},
      });
    } catch (e) {
      fail(e);
    }
  };

  const run = async () => {
    if (!columns) return;
    if (missingRoles(columns.roles).length > 0) return setError(t("rfm.needColumns"));
    setError(null);
    setResult(null);
    try {
      const read = await adapter.readSelection((done, total) => setStatus({ stage: "reading", done, total }));
      if (!read) return setError(t("describe.empty"));
      setStatus({ stage: "scoring" });
      await new Promise((r) => setTimeout(r, 0)); // let the progress paint before a long computation
      const today = localToday();
      const input = transactionColumns(read, columns, asOf, today);
      const runOptions =
        analysis.id === "rfm" ? { ...options, ...(await withSheetRules(adapter, rfmOptions)) } : options;
      const out = analysis.run(input, runOptions, { lang, t, source: read.address });
      const name = await adapter.writeReport(out.sheet, (done, total) =>
        setStatus({ stage: "writing", done, total }),
      );
      const r = out.report;
      setResult({
        analysis,
        sheet: name,
        customers: r.customers,
        parameters: r.parameters,
        mergedIds: r.mergedIds,
        summary: out.summary,
        skipped: r.skipped,
        dates: dateReadingText(t, read.dateSystem, today, rowsAfterToday(r.skipped)),
      });
    } catch (e) {
      if (!isAbortError(e)) fail(e);
    } finally {
      setStatus(null);
    }
  };

  const setRole = (role: ColumnRole, value: string) =>
    setColumns((c) =>
      c ? { ...c, roles: { ...c.roles, [role]: value === "" ? undefined : Number(value) } } : c,
    );

  return (
    <section className={styles.section} data-testid="analysis">
      <Subtitle2 as="h2">{t("analysis.title")}</Subtitle2>
      <Body1>{t("analysis.hint")}</Body1>
      <div>
        <Button onClick={() => void chooseColumns()} data-testid="analysis-columns">
          {t("rfm.columns")}
        </Button>
      </div>
      {columns && (
        <>
          {!columns.hasHeader && <Caption1>{t("rfm.noHeader")}</Caption1>}
          <div className={styles.grid}>
            {ROLES.map((role) => (
              <Field key={role} label={t(`rfm.${role}`)}>
                <Select
                  value={columns.roles[role] === undefined ? "" : String(columns.roles[role])}
                  onChange={(_, d) => setRole(role, d.value)}
                  data-testid={`analysis-role-${role}`}
                >
                  <option value="">{t("rfm.none")}</option>
                  {columns.headers.map((h, i) => (
                    <option key={i} value={String(i)}>
                      {h}
                    </option>
                  ))}
                </Select>
              </Field>
            ))}
          </div>
          <TabList
            aria-label={t("analysis.choose")}
            selectedValue={analysisId}
            onTabSelect={(_, d) => {
              setAnalysisId(String(d.value));
              setResult(null);
              setError(null);
            }}
          >
            {ANALYSES.map((a) => (
              <Tab key={a.id} value={a.id} data-testid={`analysis-${a.id}`}>
                {t(a.keys.label)}
              </Tab>
            ))}
          </TabList>
          <Caption1>{t(analysis.keys.hint)}</Caption1>
          {analysis.options.length > 0 && (
            <RfmOptionsFields adapter={adapter} value={rfmOptions} onChange={setRfmOptions} />
          )}
          {analysisId === "clv" && <ClvOptionsFields value={clvText} onChange={setClvText} />}
          {analysisId === "lifecycle" && (
            <LifecycleOptionsFields value={lifecycleText} onChange={setLifecycleText} />
          )}
          <Field label={t("rfm.asOf")} hint={t(analysis.keys.asOfHint)}>
            <Input
              value={asOf}
              onChange={(_, d) => setAsOf(d.value)}
              placeholder="yyyy-mm-dd"
              data-testid="analysis-asof"
            />
          </Field>
          <div>
            <Button
              appearance="primary"
              onClick={() => void run()}
              disabled={status !== null}
              data-testid="analysis-run"
            >
              {t(analysis.keys.run)}
            </Button>
          </div>
          <CustomerTablePanel
            adapter={adapter}
            columns={columns}
            options={options}
            asOf={asOf}
            busy={status !== null}
          />
        </>
      )}
      {status && (
        <Field
          validationMessage={
            status.stage === "scoring"
              ? t(analysis.keys.computing)
              : t(`rfm.${status.stage}`, { done: status.done, total: status.total })
          }
          validationState="none"
        >
          <ProgressBar
            value={status.stage === "scoring" ? undefined : status.done / Math.max(1, status.total)}
          />
        </Field>
      )}
      {error && (
        <MessageBar intent="error" data-testid="analysis-error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {result && <AnalysisResult {...result} />}
    </section>
  );
}

function AnalysisResult(r: Outcome): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === "zh" ? "zh-CN" : "en-US";
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const { summaryTitle: title, summaryLabel: label } = r.analysis.keys;
  return (
    <div data-testid="analysis-result">
      <MessageBar intent="success">
        <MessageBarBody>
          {t(r.analysis.keys.done, { customers: r.customers.toLocaleString(locale), sheet: r.sheet })}
        </MessageBarBody>
      </MessageBar>
      <Caption1 block data-testid="analysis-parameters">
        {r.parameters}
      </Caption1>
      <Caption1 block data-testid="analysis-dates">
        {r.dates}
      </Caption1>
      <LearnLink card={CARD_OF_ANALYSIS[r.analysis.id]} />
      {r.mergedIds && (
        <Caption1 block data-testid="analysis-merged">
          {r.mergedIds}
        </Caption1>
      )}
      <Table size="small" aria-label={t(title)}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t(label)}</TableHeaderCell>
            <TableHeaderCell>{t("rfm.customers")}</TableHeaderCell>
            <TableHeaderCell>{t("rfm.share")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {r.summary.map((s) => (
            <TableRow key={s.label}>
              <TableCell>{s.label}</TableCell>
              <TableCell>{s.customers.toLocaleString(locale)}</TableCell>
              <TableCell>{pct(s.share)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <div data-testid="analysis-skipped">
        {r.skipped.length === 0 ? (
          <Caption1>{t("rfm.skippedNone")}</Caption1>
        ) : (
          <>
            <Subtitle2>{t("rfm.skipped", { count: r.skipped.length })}</Subtitle2>
            <Table size="extra-small" aria-label={t("rfm.skipped", { count: r.skipped.length })}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t("rfm.row")}</TableHeaderCell>
                  <TableHeaderCell>{t("rfm.reason")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {r.skipped.slice(0, SHOWN_SKIPPED).map((s) => (
                  <TableRow key={s.row}>
                    <TableCell>{s.row}</TableCell>
                    <TableCell>{s.reason}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            {r.skipped.length > SHOWN_SKIPPED && (
              <Caption1>{t("rfm.more", { count: r.skipped.length - SHOWN_SKIPPED })}</Caption1>
            )}
          </>
        )}
      </div>
    </div>
  );
}
