/**
 * Step 1 of the Warehouse panel: the dialect, the transactions table and its columns, and the
 * options of the core's SQL generator (as-of date, recency unit, bins, scoring method, CLV time
 * unit, rounding, purchase model). Only fields: the values are checked by the core when the SQL
 * is written.
 */
import * as React from "react";
import { Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { SQL_DIALECTS } from "../../src/sql/dialect";
import { MODEL_NAMES, WarehouseSettings } from "./warehouseSql";

/** Product names, the same in both languages. */
const DIALECT_NAMES: Readonly<Record<string, string>> = {
  duckdb: "DuckDB",
  postgres: "PostgreSQL",
  bigquery: "BigQuery",
  snowflake: "Snowflake",
  spark: "Spark SQL",
};

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
});

type Key = keyof WarehouseSettings;
const TEXT: readonly Key[] = ["table", "customer", "date", "amount", "order"];
const UNITS = ["days", "weeks", "months"] as const;

export interface WarehouseOptionsFormProps {
  readonly settings: WarehouseSettings;
  readonly onChange: React.Dispatch<WarehouseSettings>;
}

export function WarehouseOptionsForm({
  settings: s,
  onChange,
}: WarehouseOptionsFormProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const set = <K extends Key>(k: K, v: WarehouseSettings[K]) => onChange({ ...s, [k]: v });
  const choice = <K extends Key>(
    k: K,
    values: readonly string[],
    /** Locale keys of the labels (`prefix.value`), or the names themselves; none: the value. */
    labels?: string | Readonly<Record<string, string>>,
    num = false,
  ) => (
    <Field label={t(`warehouse.${k}`)}>
      <Select
        value={String(s[k])}
        onChange={(_, d) => set(k, (num ? Number(d.value) : d.value) as WarehouseSettings[K])}
        data-testid={`wh-${k}`}
      >
        {values.map((v) => (
          <option key={v} value={v}>
            {typeof labels === "string" ? t(`${labels}.${v}`) : (labels?.[v] ?? v)}
          </option>
        ))}
      </Select>
    </Field>
  );
  const text = (k: Key, hint?: string) => (
    <Field label={t(`warehouse.${k}`)} hint={hint}>
      <Input value={String(s[k])} onChange={(_, d) => set(k, d.value as never)} data-testid={`wh-${k}`} />
    </Field>
  );
  return (
    <div className={styles.grid} data-testid="wh-options">
      {choice("dialect", SQL_DIALECTS, DIALECT_NAMES)}
      {TEXT.map((k) => (
        <React.Fragment key={k}>{text(k)}</React.Fragment>
      ))}
      {text("asOf", t("warehouse.asOfHint"))}
      {choice("recencyUnit", UNITS, "warehouse.units")}
      {choice("bins", ["2", "3", "4", "5", "6", "7", "8", "9"], undefined, true)}
      {choice("method", ["quantile", "rfm"], "warehouse.methods")}
      {choice("unit", UNITS, "warehouse.units")}
      {text("decimals", t("warehouse.decimalsHint"))}
      {choice("spendDecimals", ["0", "1", "2", "3", "4"], undefined, true)}
      {choice("model", ["bgnbd", "pnbd"], MODEL_NAMES)}
    </div>
  );
}
