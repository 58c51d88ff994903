/**
 * The CLV options of the pane (issue 10; CRM_MODELS.md §3): purchase model, time unit, forecast
 * horizon, annual discount rate, margin, penalty and the holdout split date, each with one
 * sentence of what it means. Controlled: the text lives in the parent (it survives switching
 * tabs) and is read by {@link clvOptionsFromText}; the core checks the values and says what to fix.
 */
import * as React from "react";
import { Field, Input, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { ClvTimeUnit } from "../../src/clv/timeUnit";
import type { ClvReportModel } from "../../src/reports";
import { ClvOptionsText, horizonInUnit } from "./clvOptionsText";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
});

export interface ClvOptionsFieldsProps {
  readonly value: ClvOptionsText;
  readonly onChange: React.Dispatch<ClvOptionsText>;
}

const TEXT_FIELDS = [
  ["horizon", "horizon"],
  ["discountPercent", "discount"],
  ["marginPercent", "margin"],
  ["penalty", "penalty"],
] as const;

export function ClvOptionsFields({ value, onChange }: ClvOptionsFieldsProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const set = (patch: Partial<ClvOptionsText>) => onChange({ ...value, ...patch });
  return (
    <section data-testid="clv-options">
      <Subtitle2 as="h3">{t("opt.clv.title")}</Subtitle2>
      <div className={styles.grid}>
        <Field label={t("opt.clv.model")} hint={t("opt.clv.modelHint")}>
          <Select
            value={value.model}
            onChange={(_, d) => set({ model: d.value as ClvReportModel })}
            data-testid="clv-model"
          >
            <option value="bgnbd">{t("opt.clv.bgnbd")}</option>
            <option value="pnbd">{t("opt.clv.pnbd")}</option>
          </Select>
        </Field>
        <Field label={t("opt.clv.unit")} hint={t("opt.clv.unitHint")}>
          <Select
            value={value.unit}
            onChange={(_, d) => {
              const unit = d.value as ClvTimeUnit;
              set({ unit, horizon: horizonInUnit(value.horizon, value.unit, unit) });
            }}
            data-testid="clv-unit"
          >
            {(["days", "weeks", "months"] as const).map((u) => (
              <option key={u} value={u}>
                {t(`opt.clv.${u}`)}
              </option>
            ))}
          </Select>
        </Field>
        {TEXT_FIELDS.map(([key, label]) => (
          <Field
            key={key}
            label={t(`opt.clv.${label}`, { unit: t(`opt.clv.${value.unit}`) })}
            hint={t(`opt.clv.${label}Hint`)}
          >
            <Input
              value={value[key]}
              inputMode="decimal"
              onChange={(_, d) => set({ [key]: d.value })}
              data-testid={`clv-${label}`}
            />
          </Field>
        ))}
        <Field label={t("opt.clv.holdout")} hint={t("opt.clv.holdoutHint")}>
          <Input
            value={value.holdoutSplit}
            placeholder="yyyy-mm-dd"
            onChange={(_, d) => set({ holdoutSplit: d.value })}
            data-testid="clv-holdout"
          />
        </Field>
      </div>
    </section>
  );
}
