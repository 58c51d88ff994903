/**
 * The open list of pane analyses (issue 9.7). The pane renders whatever is listed here; adding an
 * analysis is one entry (its own file, see analysis.ts) plus its report in src/reports.
 */
import type { AnalysisEntry } from "./analysis";
import { CLV_ANALYSIS } from "./clvAnalysis";
import { LIFECYCLE_ANALYSIS } from "./lifecycleAnalysis";
import { RFM_ANALYSIS } from "./rfmAnalysis";

export type {
  AnalysisEntry,
  AnalysisOptions,
  AnalysisRun,
  CustomerColumns,
  OptionId,
  RunContext,
  SummaryRow,
} from "./analysis";

/** Every pane analysis, in the order the pane shows them. */
export const ANALYSES: readonly AnalysisEntry[] = [RFM_ANALYSIS, LIFECYCLE_ANALYSIS, CLV_ANALYSIS];

export function analysisById(id: string): AnalysisEntry {
  const a = ANALYSES.find((x) => x.id === id);
  if (!a) throw new Error(`no analysis ${id}`);
  return a;
}
