/**
 * The RFM options of the pane (issue 10), each with one sentence that explains it: score levels,
 * scoring method (equal-count quantiles, R package compatible, fixed thresholds with the
 * office-supplies preset), the segment scheme (SegmentSchemeField.tsx) and the value-tier cuts.
 * Edits an {@link RfmOptionsValue}; the options reach both the single RFM run and the one run
 * through AnalysisOptions. Fluent UI v9 fields, as the rest of the panel.
 */
import * as React from "react";
import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { WorkbookAdapter } from "../adapter/types";
import { RfmScoring, SEED_PRESET } from "./rfmChoice";
import { RfmOptionsValue, leadPercent } from "./rfmOptionsValue";
import { SegmentSchemeField } from "./SegmentSchemeField";

const useStyles = makeStyles({
  // minmax(0, 1fr): a column may be narrower than its field's natural width, so in a narrow pane
  // the fields shrink instead of pushing the last one past the edge.
  grid: { display: "grid", gridTemplateColumns: "repeat(2, minmax(0, 1fr))", gap: tokens.spacingHorizontalS },
  three: {
    display: "grid",
    gridTemplateColumns: "repeat(3, minmax(0, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  shrink: { minWidth: 0 },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface RfmOptionsFieldsProps {
  adapter: WorkbookAdapter;
  value: RfmOptionsValue;
  onChange: React.Dispatch<RfmOptionsValue>;
}

export function RfmOptionsFields({ adapter, value, onChange }: RfmOptionsFieldsProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const { rfm } = value;
  const set = (patch: Partial<RfmOptionsValue["rfm"]>, top: Partial<RfmOptionsValue> = {}) =>
    onChange({ ...value, ...top, rfm: { ...rfm, ...patch } });
  const setScoring = (scoring: RfmScoring) =>
    set({ scoring }, { method: scoring === "rfm" ? "rfm" : "quantile" });
  const lead = leadPercent(rfm.tiers);
  return (
    <div className={styles.section} data-testid="rfm-options">
      <div className={styles.grid}>
        <Field label={t("rfm.bins")} hint={t("opt.rfm.binsHint")}>
          <Select
            value={String(value.bins)}
            onChange={(_, d) => onChange({ ...value, bins: Number(d.value) })}
            data-testid="rfm-bins"
          >
            {[2, 3, 4, 5, 6, 7, 8, 9].map((b) => (
              <option key={b} value={String(b)}>
                {b}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("opt.rfm.scoring")} hint={t(`opt.rfm.scoringHint.${rfm.scoring}`)}>
          <Select
            value={rfm.scoring}
            onChange={(_, d) => setScoring(d.value as RfmScoring)}
            data-testid="rfm-method"
          >
            <option value="quantile">{t("rfm.quantile")}</option>
            <option value="rfm">{t("rfm.rfmPackage")}</option>
            <option value="thresholds">{t("opt.rfm.thresholds")}</option>
          </Select>
        </Field>
      </div>
      {rfm.scoring === "thresholds" && (
        <Field label={t("opt.rfm.thresholds")} hint={t("opt.rfm.thresholdsHint", { n: value.bins - 1 })}>
          <div className={styles.three}>
            {(["r", "f", "m"] as const).map((k) => (
              <Field key={k} label={t(`opt.rfm.threshold.${k}`)} size="small">
                <Input
                  value={rfm.thresholds[k]}
                  onChange={(_, d) => set({ thresholds: { ...rfm.thresholds, [k]: d.value } })}
                  placeholder={k === "r" ? SEED_PRESET.r : ""}
                  data-testid={`rfm-threshold-${k}`}
                />
              </Field>
            ))}
          </div>
          <div>
            <Button
              size="small"
              onClick={() => set({ thresholds: { ...rfm.thresholds, r: SEED_PRESET.r } }, { bins: 5 })}
              data-testid="rfm-preset"
            >
              {t("opt.rfm.preset")}
            </Button>
          </div>
        </Field>
      )}
      <SegmentSchemeField adapter={adapter} value={rfm} onChange={(patch) => set(patch)} />
      <Field
        label={t("opt.rfm.tiers")}
        hint={lead === undefined ? t("opt.rfm.tiersHintBad") : t("opt.rfm.tiersHint", { lead })}
      >
        <div className={styles.three}>
          {(["platinum", "gold", "iron"] as const).map((k, i) => (
            <Field key={k} label={t(`opt.rfm.tier.${k}`)} size="small">
              <Input
                value={rfm.tiers[i]}
                onChange={(_, d) => {
                  const tiers = [...rfm.tiers] as [string, string, string];
                  tiers[i] = d.value;
                  set({ tiers });
                }}
                contentAfter="%"
                className={styles.shrink}
                input={{ className: styles.shrink }}
                data-testid={`rfm-tier-${k}`}
              />
            </Field>
          ))}
        </div>
      </Field>
    </div>
  );
}
