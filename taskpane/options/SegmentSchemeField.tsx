/**
 * The segment scheme of the RFM options (issue 10): the standard scheme, the R package rfm's ten
 * segments, the eight RFM types, or rules typed in a sheet — each explained in one sentence. For
 * the last, a button creates the rules sheet through the adapter, pre-filled with the scheme
 * chosen before (the standard one after the types); the pane reads it back at each run
 * (sheetRules.ts). Errors of the workbook are shown under the field.
 */
import * as React from "react";
import { Button, Caption1, Field, Select } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { isCrmError } from "../../src/errors";
import { SEGMENT_SCHEMES, SegmentScheme } from "../../src/rfm";
import type { WorkbookAdapter } from "../adapter/types";
import type { RfmChoice } from "./rfmChoice";
import { createRulesSheet } from "./sheetRules";

export interface SegmentSchemeFieldProps {
  adapter: WorkbookAdapter;
  value: RfmChoice;
  onChange: React.Dispatch<Partial<RfmChoice>>;
}

export function SegmentSchemeField({ adapter, value, onChange }: SegmentSchemeFieldProps): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === "zh" ? "zh" : "en";
  const scheme = value.scheme ?? "default";
  /** The rule-based scheme a new rules sheet starts from. */
  const [prefill, setPrefill] = React.useState<SegmentScheme>("default");
  const [error, setError] = React.useState<string | null>(null);
  const choose = (next: SegmentScheme) => {
    if (next === "default" || next === "rfmPackage") setPrefill(next);
    setError(null);
    onChange({ scheme: next });
  };
  const create = async () => {
    setError(null);
    try {
      const name = await createRulesSheet(adapter, prefill, lang, t("opt.rfm.rulesSheetName"));
      onChange({ scheme: "custom", rulesSheet: name, rules: undefined });
    } catch (e) {
      setError(isCrmError(e) ? e.messageIn(lang) : e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Field
      label={t("opt.rfm.scheme")}
      hint={t(`opt.rfm.schemeHint.${scheme}`)}
      validationMessage={error ?? undefined}
      validationState={error ? "error" : "none"}
    >
      <Select value={scheme} onChange={(_, d) => choose(d.value as SegmentScheme)} data-testid="rfm-scheme">
        {SEGMENT_SCHEMES.map((s) => (
          <option key={s} value={s}>
            {t(`opt.rfm.schemeName.${s}`)}
          </option>
        ))}
      </Select>
      {scheme === "custom" && (
        <div>
          <Button size="small" onClick={() => void create()} data-testid="rfm-rules-create">
            {t("opt.rfm.rulesCreate", { scheme: t(`opt.rfm.schemeName.${prefill}`) })}
          </Button>
          <Caption1 block data-testid="rfm-rules-sheet">
            {value.rulesSheet ? t("opt.rfm.rulesSheet", { sheet: value.rulesSheet }) : t("opt.rfm.rulesNone")}
          </Caption1>
        </div>
      )}
    </Field>
  );
}
