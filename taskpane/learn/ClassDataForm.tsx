/**
 * The class data generator's form (issue 12.3): size, span, churn share, typical amount, header
 * language and seed → a new sheet of orders through the adapter. The generator is the core's
 * (src/sample/classExport.ts); a refused option shows its bilingual message.
 */
import * as React from "react";
import {
  Body1,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { isCrmError } from "../../src/errors";
import { classExport } from "../../src/sample/classExport";
import { WorkbookAdapter } from "../adapter/types";
import { classDataSheet } from "./classDataSheet";
import { LearnLang } from "./types";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  grid: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
});

export function ClassDataForm({
  adapter,
  lang,
}: {
  adapter: WorkbookAdapter;
  lang: LearnLang;
}): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const [form, setForm] = React.useState({
    customers: "200",
    months: "24",
    churn: "30",
    amount: "120",
    seed: "1",
    headers: lang as string,
  });
  const [status, setStatus] = React.useState<{ intent: "success" | "error"; text: string } | null>(null);
  const [busy, setBusy] = React.useState(false);
  const field = (key: keyof typeof form, label: string) => (
    <Field label={label}>
      <Input
        type="number"
        value={form[key]}
        data-testid={`class-${key}`}
        onChange={(_, d) => setForm({ ...form, [key]: d.value })}
      />
    </Field>
  );
  const create = async () => {
    setBusy(true);
    setStatus(null);
    try {
      const headers = form.headers === "zh" ? "zh" : "en";
      const data = classExport({
        customers: Number(form.customers),
        spanDays: Math.round(Number(form.months) * 30.4375),
        churn: Number(form.churn) / 100,
        meanAmount: Number(form.amount),
        seed: Number(form.seed),
        lang: headers,
      });
      const name = await adapter.insertExample!(classDataSheet(data, headers));
      setStatus({
        intent: "success",
        text: t("classData.created", {
          sheet: name,
          rows: data.rows.length,
          customers: Number(form.customers),
        }),
      });
    } catch (e) {
      const text = isCrmError(e)
        ? e.messageIn(lang)
        : t("error.unexpected", { message: e instanceof Error ? e.message : String(e) });
      setStatus({ intent: "error", text });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className={styles.section} data-testid="class-data">
      <Subtitle2 as="h2">{t("classData.title")}</Subtitle2>
      <Body1>{t("classData.hint")}</Body1>
      <div className={styles.grid}>
        {field("customers", t("classData.customers"))}
        {field("months", t("classData.months"))}
        {field("churn", t("classData.churn"))}
        {field("amount", t("classData.amount"))}
        {field("seed", t("classData.dataNumber"))}
        <Field label={t("classData.headers")}>
          <Select
            value={form.headers}
            data-testid="class-headers"
            onChange={(_, d) => setForm({ ...form, headers: d.value })}
          >
            <option value="en">{t("classData.headersEn")}</option>
            <option value="zh">{t("classData.headersZh")}</option>
          </Select>
        </Field>
      </div>
      <div>
        <Button
          appearance="primary"
          onClick={() => void create()}
          disabled={busy || !adapter.insertExample}
          data-testid="class-create"
        >
          {t("classData.create")}
        </Button>
      </div>
      {status && (
        <MessageBar intent={status.intent} data-testid="class-status">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
