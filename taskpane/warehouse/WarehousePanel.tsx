/**
 * The Warehouse panel (issue 14): past Excel's rows, the pane writes the SQL and the warehouse
 * runs it. Step 1 the options, step 2 the RFM table and the two compressed summaries as SQL
 * (with Copy), step 3 the summaries pasted back and fitted by the core (BG/NBD or Pareto/NBD,
 * Gamma-Gamma), step 4 the scoring query with the fitted parameters (with Copy). No workbook
 * access; every definition, check and fit is the core's.
 */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { isCrmError, Lang } from "../../src/errors";
import { SqlBlock } from "./SqlBlock";
import { FitTable } from "./FitTable";
import { WarehouseOptionsForm } from "./WarehouseOptionsForm";
import { WarehouseFit, fitPastedSummaries } from "./fitPasted";
import {
  DEFAULT_WAREHOUSE_SETTINGS,
  WarehouseSettings,
  customerSql,
  scoreSql,
  spendSql,
  summarySql,
} from "./warehouseSql";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  paste: { fontFamily: "Consolas, 'Courier New', monospace", fontSize: "11px" },
});

/** The message of a failure in the page's language (the core's errors carry both). */
export function messageOf(e: unknown, lang: Lang): string {
  return isCrmError(e) ? e.messageIn(lang) : e instanceof Error ? e.message : String(e);
}

const attempt = (make: () => string, lang: Lang) => {
  try {
    return { text: make() };
  } catch (e) {
    return { error: messageOf(e, lang) };
  }
};

export function WarehousePanel(): React.JSX.Element {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === "zh" ? "zh" : "en";
  const [settings, setSettings] = React.useState<WarehouseSettings>(DEFAULT_WAREHOUSE_SETTINGS);
  const [summaryText, setSummaryText] = React.useState("");
  const [spendText, setSpendText] = React.useState("");
  const [fit, setFit] = React.useState<WarehouseFit | null>(null);
  const [error, setError] = React.useState<unknown>(null);
  const [busy, setBusy] = React.useState(false);

  const sql = React.useMemo(
    () => ({
      rfm: attempt(() => customerSql(settings, lang), lang),
      summary: attempt(() => summarySql(settings), lang),
      spend: attempt(() => spendSql(settings), lang),
    }),
    [settings, lang],
  );
  const stale = fit !== null && fit.unit !== settings.unit;
  const score = React.useMemo(
    () => (fit && !stale ? attempt(() => scoreSql(settings, fit), lang) : null),
    [settings, fit, stale, lang],
  );

  const runFit = () => {
    setBusy(true);
    setError(null);
    // Let the page show "Fitting…" before the (synchronous) fit takes the thread.
    setTimeout(() => {
      try {
        setFit(fitPastedSummaries(settings, summaryText, spendText));
      } catch (e) {
        setFit(null);
        setError(e);
      } finally {
        setBusy(false);
      }
    }, 0);
  };

  return (
    <div className={styles.root} data-testid="warehouse">
      <Subtitle2 as="h2">{t("warehouse.title")}</Subtitle2>
      <Body1>{t("warehouse.intro")}</Body1>

      <section className={styles.section}>
        <Subtitle2 as="h3">{t("warehouse.optionsTitle")}</Subtitle2>
        <Body1>{t("warehouse.optionsHint")}</Body1>
        <WarehouseOptionsForm settings={settings} onChange={setSettings} />
      </section>

      <section className={styles.section}>
        <Subtitle2 as="h3">{t("warehouse.sqlTitle")}</Subtitle2>
        <SqlBlock id="rfm" title={t("warehouse.rfmSql")} hint={t("warehouse.rfmSqlHint")} sql={sql.rfm} />
        <SqlBlock
          id="summary"
          title={t("warehouse.summarySql")}
          hint={t("warehouse.summarySqlHint")}
          sql={sql.summary}
        />
        <SqlBlock
          id="spend"
          title={t("warehouse.spendSql")}
          hint={t("warehouse.spendSqlHint")}
          sql={sql.spend}
        />
      </section>

      <section className={styles.section}>
        <Subtitle2 as="h3">{t("warehouse.pasteTitle")}</Subtitle2>
        <Body1>{t("warehouse.pasteHint")}</Body1>
        <Field label={t("warehouse.pasteSummary")}>
          <Textarea
            rows={6}
            resize="vertical"
            value={summaryText}
            onChange={(_, d) => setSummaryText(d.value)}
            textarea={{ className: styles.paste }}
            data-testid="wh-paste-summary"
          />
        </Field>
        <Field label={t("warehouse.pasteSpend")}>
          <Textarea
            rows={4}
            resize="vertical"
            value={spendText}
            onChange={(_, d) => setSpendText(d.value)}
            textarea={{ className: styles.paste }}
            data-testid="wh-paste-spend"
          />
        </Field>
        <div>
          <Button
            appearance="primary"
            onClick={runFit}
            disabled={busy || summaryText.trim() === ""}
            data-testid="wh-fit"
          >
            {busy ? t("warehouse.fitting") : t("warehouse.fit")}
          </Button>
        </div>
        {error !== null && (
          <MessageBar intent="error" data-testid="wh-fit-error">
            <MessageBarBody>
              <MessageBarTitle>{t("warehouse.fitError")}</MessageBarTitle>
              {messageOf(error, lang)}
            </MessageBarBody>
          </MessageBar>
        )}
        {fit && <FitTable fit={fit} />}
      </section>

      <section className={styles.section}>
        <Subtitle2 as="h3">{t("warehouse.scoreTitle")}</Subtitle2>
        <Body1>{t("warehouse.scoreHint")}</Body1>
        {stale && fit && (
          <MessageBar intent="warning" data-testid="wh-stale">
            <MessageBarBody>
              {t("warehouse.unitChanged", { unit: t(`warehouse.perUnit.${fit.unit}`) })}
            </MessageBarBody>
          </MessageBar>
        )}
        {score ? (
          <SqlBlock
            id="score"
            title={t("warehouse.scoreSql")}
            hint={fit?.spend ? "" : t("warehouse.noSpend")}
            sql={score}
          />
        ) : (
          <Caption1 data-testid="wh-score-waiting">{t("warehouse.scoreWaiting")}</Caption1>
        )}
      </section>
    </div>
  );
}
