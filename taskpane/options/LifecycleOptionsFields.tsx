/**
 * The lifecycle options of the pane (issue 10; CRM_MODELS.md §4): the period length and the
 * rule's parameters L, E, trial, w, d, g, each with one sentence of what it means. Controlled:
 * the text lives in the parent and is read by {@link lifecycleOptionsFromText}; the core checks
 * the values and says what to fix.
 */
import * as React from "react";
import { Field, Input, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { LIFECYCLE_PERIOD_MONTHS, type LifecyclePeriodMonths } from "../../src/reports";
import type { LifecycleOptionsText } from "./lifecycleOptionsText";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
});

export interface LifecycleOptionsFieldsProps {
  readonly value: LifecycleOptionsText;
  readonly onChange: React.Dispatch<LifecycleOptionsText>;
}

const TEXT_FIELDS = [
  ["terminatedPeriods", "terminated"],
  ["explorationPeriods", "exploration"],
  ["trialPurchases", "trial"],
  ["window", "window"],
  ["declinePercent", "decline"],
  ["growthPercent", "growth"],
] as const;

export function LifecycleOptionsFields({ value, onChange }: LifecycleOptionsFieldsProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const set = (patch: Partial<LifecycleOptionsText>) => onChange({ ...value, ...patch });
  return (
    <section data-testid="lifecycle-options">
      <Subtitle2 as="h3">{t("opt.lifecycle.title")}</Subtitle2>
      <div className={styles.grid}>
        <Field label={t("opt.lifecycle.period")} hint={t("opt.lifecycle.periodHint")}>
          <Select
            value={String(value.periodMonths)}
            onChange={(_, d) => set({ periodMonths: Number(d.value) as LifecyclePeriodMonths })}
            data-testid="lifecycle-period"
          >
            {LIFECYCLE_PERIOD_MONTHS.map((k) => (
              <option key={k} value={String(k)}>
                {t(`opt.lifecycle.period${k}`)}
              </option>
            ))}
          </Select>
        </Field>
        {TEXT_FIELDS.map(([key, label]) => (
          <Field key={key} label={t(`opt.lifecycle.${label}`)} hint={t(`opt.lifecycle.${label}Hint`)}>
            <Input
              value={value[key]}
              inputMode="decimal"
              onChange={(_, d) => set({ [key]: d.value })}
              data-testid={`lifecycle-${label}`}
            />
          </Field>
        ))}
      </div>
    </section>
  );
}
