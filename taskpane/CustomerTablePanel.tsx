/**
 * The one run (issue 10): the user ticks analyses from the registry and builds one Customers
 * table and a Summary sheet from one reading of the selection. Progress while reading, computing
 * and writing; Cancel stops at the next step (reading and writing are checked per chunk) and the
 * adapter deletes any sheet it had started, so nothing half-written is left. Workbook access only
 * through the adapter; the computing in taskpane/analyses (the core's reports).
 */
import * as React from "react";
import {
  Button,
  Caption1,
  Checkbox,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { isCrmError, Lang } from "../src/errors";
import { isAbortError } from "./adapter/output";
import { WorkbookAdapter } from "./adapter/types";
import { computeCustomers } from "./analyses/computeCustomers";
import { startCustomersWorker } from "./analyses/startCustomersWorker";
import { secondsLeft } from "./analyses/timeLeft";
import { ANALYSES, AnalysisOptions } from "./analyses/registry";
import { ColumnChoice, missingRoles, transactionColumnsInSlices } from "./analyses/selectionColumns";
import { withSheetRules } from "./options/sheetRules";
import { dateReadingText, localToday } from "./analyses/dateReading";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

type Status =
  | { stage: "reading" | "writing"; done: number; total: number; left: number | undefined }
  | { stage: "computing" }
  | null;

interface Done {
  customers: number;
  sheets: string[];
  failures: string[];
  notices: string[];
  skipped: number;
  /** The date system and the rows dated after today (opt.dates.line). */
  dates: string;
}

export interface CustomerTablePanelProps {
  adapter: WorkbookAdapter;
  columns: ColumnChoice;
  options: AnalysisOptions;
  asOf: string;
  /** Another run of the pane is going on. */
  busy: boolean;
}

export function CustomerTablePanel(p: CustomerTablePanelProps): React.JSX.Element {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === "zh" ? "zh" : "en";
  const [ticked, setTicked] = React.useState<ReadonlySet<string>>(() => new Set(ANALYSES.map((a) => a.id)));
  const [status, setStatus] = React.useState<Status>(null);
  const [done, setDone] = React.useState<Done | null>(null);
  const [message, setMessage] = React.useState<{ intent: "error" | "warning"; text: string } | null>(null);
  const controller = React.useRef<AbortController | null>(null);
  /** The pane's own earlier output sheets, while the user decides whether to replace them. */
  const [ask, setAsk] = React.useState<string[] | null>(null);
  const stageStart = React.useRef<{ stage: string; at: number }>({ stage: "", at: 0 });
  /** Progress of reading or writing, with the time left at the rate so far. */
  const progress = (stage: "reading" | "writing") => (done: number, total: number) => {
    const now = Date.now();
    if (stageStart.current.stage !== stage) stageStart.current = { stage, at: now };
    setStatus({ stage, done, total, left: secondsLeft(done, total, now - stageStart.current.at) });
  };

  /** `replace`: the earlier output to replace (undefined: ask first when there is any). */
  const run = async (replace?: readonly string[]) => {
    setDone(null);
    setMessage(null);
    setAsk(null);
    stageStart.current = { stage: "", at: 0 };
    if (missingRoles(p.columns.roles).length > 0)
      return setMessage({ intent: "error", text: t("rfm.needColumns") });
    const chosen = ANALYSES.filter((a) => ticked.has(a.id));
    if (chosen.length === 0) return setMessage({ intent: "error", text: t("run.noneTicked") });
    const c = new AbortController();
    controller.current = c;
    try {
      if (replace === undefined) {
        const earlier = await p.adapter.ownOutputSheets();
        if (earlier.length > 0) return setAsk(earlier);
      }
      const read = await p.adapter.readSelection(progress("reading"), c.signal);
      if (!read) return setMessage({ intent: "error", text: t("describe.empty") });
      setStatus({ stage: "computing" });
      const today = localToday();
      // The columns are taken out a slice per task, and the computing runs in a Web Worker: the
      // pane stays responsive, and Cancel terminates it.
      const input = await transactionColumnsInSlices(read, p.columns, p.asOf, today, c.signal);
      const out = await computeCustomers(
        {
          input,
          analyses: chosen.map((a) => a.id),
          options: ticked.has("rfm") ? await withSheetRules(p.adapter, p.options) : p.options,
          lang,
          source: read.address,
        },
        c.signal,
        typeof Worker === "undefined" ? undefined : startCustomersWorker,
      );
      if (!out.ok) {
        setMessage({
          intent: "error",
          text: out.expected ? out.message : t("error.unexpected", { message: out.message }),
        });
        return;
      }
      const sheets = await p.adapter.writeSheets(out.sheets, {
        replace,
        signal: c.signal,
        onProgress: progress("writing"),
      });
      setDone({
        customers: out.customers,
        sheets,
        failures: [...out.failures],
        notices: [...out.notices],
        skipped: out.skipped,
        dates: dateReadingText(t, read.dateSystem, today, out.afterToday),
      });
    } catch (e) {
      if (isAbortError(e)) setMessage({ intent: "warning", text: t("run.cancelled") });
      else
        setMessage({
          intent: "error",
          text: isCrmError(e)
            ? e.messageIn(lang)
            : t("error.unexpected", { message: e instanceof Error ? e.message : String(e) }),
        });
    } finally {
      controller.current = null;
      setStatus(null);
    }
  };

  const toggle = (id: string, on: boolean) =>
    setTicked((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <section className={styles.section} data-testid="customers-run">
      <Subtitle2 as="h3">{t("run.title")}</Subtitle2>
      <Caption1>{t("run.hint")}</Caption1>
      <Field label={t("run.include")}>
        <div className={styles.row}>
          {ANALYSES.map((a) => (
            <Checkbox
              key={a.id}
              label={t(a.keys.label)}
              checked={ticked.has(a.id)}
              onChange={(_, d) => toggle(a.id, d.checked === true)}
              data-testid={`run-include-${a.id}`}
            />
          ))}
        </div>
      </Field>
      <div className={styles.row}>
        <Button
          appearance="primary"
          onClick={() => void run()}
          disabled={status !== null || p.busy || ask !== null}
          data-testid="run-customers"
        >
          {t("run.action")}
        </Button>
        {status && (
          <Button onClick={() => controller.current?.abort()} data-testid="run-cancel">
            {t("run.cancel")}
          </Button>
        )}
      </div>
      {status && (
        <Field
          validationMessage={
            status.stage === "computing"
              ? t("run.computing", {
                  analysis: ANALYSES.filter((a) => ticked.has(a.id))
                    .map((a) => t(a.keys.label))
                    .join(" · "),
                })
              : [
                  t(`rfm.${status.stage}`, { done: status.done, total: status.total }),
                  status.left === undefined ? "" : t("run.timeLeft", { seconds: status.left }),
                ].join(" ")
          }
          validationState="none"
        >
          <ProgressBar
            value={status.stage === "computing" ? undefined : status.done / Math.max(1, status.total)}
          />
        </Field>
      )}
      {ask && (
        <MessageBar intent="warning" layout="multiline" data-testid="run-ask-replace">
          <MessageBarBody>
            {t("run.askReplace", { sheets: ask.join(lang === "zh" ? "、" : ", ") })}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => void run(ask)} data-testid="run-replace">
              {t("run.replace")}
            </Button>
            <Button onClick={() => void run([])} data-testid="run-keep">
              {t("run.keepBoth")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {message && (
        <MessageBar intent={message.intent} data-testid="run-message">
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      {done && (
        <MessageBar intent="success" data-testid="run-done">
          <MessageBarBody>
            {t("run.done", {
              customers: done.customers.toLocaleString(lang === "zh" ? "zh-CN" : "en-US"),
              customers_sheet: done.sheets[0],
              summary_sheet: done.sheets[1],
            })}
            {done.failures.map((f) => (
              <Caption1 block key={f}>
                {t("run.left", { message: f })}
              </Caption1>
            ))}
            {done.notices.map((n) => (
              <Caption1 block key={n} data-testid="run-notice">
                {n}
              </Caption1>
            ))}
            <Caption1 block>{t("run.skippedNote", { count: done.skipped })}</Caption1>
            <Caption1 block data-testid="run-dates">
              {done.dates}
            </Caption1>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
