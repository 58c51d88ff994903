/**
 * The RFM rules sheet (issue 10, segment scheme "rules typed in a sheet"): the pane creates it
 * through the adapter, pre-filled with a scheme's rules in RFM.SEGMENT's 7-column layout (so the
 * same range also works as RFM.SEGMENT's rules argument), and reads it back before each run.
 * The rules are read by the core (src/rfm/ruleRows.ts); a bad row is refused with a message that
 * names the sheet and its row. The sheet is only read at run time, never changed.
 * Cost O(cells of the sheet).
 */
import { CrmError, Lang, invalidInput } from "../../src/errors";
import {
  DEFAULT_SEGMENT_RULES,
  SegmentScheme,
  schemeRules,
  segmentRuleRows,
  segmentRulesFromRows,
} from "../../src/rfm";
import type { WorkbookAdapter } from "../adapter/types";
import type { AnalysisOptions } from "../analyses/analysis";

/** Adds the rules sheet holding `scheme`'s rules (the standard ones for a scheme without rules). */
export function createRulesSheet(
  adapter: WorkbookAdapter,
  scheme: SegmentScheme,
  lang: Lang,
  sheetName: string,
): Promise<string> {
  return adapter.addTableSheet(
    sheetName,
    segmentRuleRows(schemeRules(scheme) ?? DEFAULT_SEGMENT_RULES, lang),
  );
}

/**
 * `options` with the rules of its rules sheet filled in when the scheme is "custom"; unchanged
 * otherwise. Throws a CrmError when no sheet was created, it is gone or empty, or a row is bad.
 */
export async function withSheetRules(
  adapter: WorkbookAdapter,
  options: AnalysisOptions,
): Promise<AnalysisOptions> {
  const rfm = options.rfm;
  if (rfm?.scheme !== "custom") return options;
  const name = rfm.rulesSheet;
  const missing = (): CrmError =>
    invalidInput(
      "rulesSheet",
      `The rules sheet${name ? ` “${name}”` : ""} is missing or empty: create it with “Create rules sheet”, fill it in, then run again.`,
      `规则工作表${name ? `“${name}”` : ""}不存在或为空：请点击“创建规则工作表”，填写后再运行。`,
    );
  if (!name) throw missing();
  const read = await adapter.readSheet(name);
  if (!read) throw missing();
  const rules = segmentRulesFromRows(
    read.values,
    { en: `The rules sheet “${name}”`, zh: `规则工作表“${name}”` },
    read.firstRow,
  );
  return { ...options, rfm: { ...rfm, rules } };
}
