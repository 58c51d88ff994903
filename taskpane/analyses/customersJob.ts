/**
 * The one run as a job that crosses into a Web Worker: plain, structured-cloneable data in (the
 * transaction columns, the ticked analyses' ids, options, language, source address) and out (the
 * sheets to write and what the pane shows). The worker and the inline fallback both call
 * {@link runCustomersJob}, so they compute the same thing. Cost: {@link customersRun}'s.
 */
import { isCrmError } from "../../src/errors";
import type { TransactionColumns } from "../../src/reports";
import type { OutputSheet } from "../adapter/output";
import i18next from "i18next";
import en from "../locales/en.json";
import zh from "../locales/zh.json";
import { customersRun } from "./customersRun";
import { AnalysisOptions, analysisById } from "./registry";
import { rowsAfterToday } from "./dateReading";

export interface CustomersJob {
  readonly input: TransactionColumns;
  readonly analyses: readonly string[];
  readonly options: AnalysisOptions;
  readonly lang: "en" | "zh";
  readonly source: string;
}

export type CustomersJobResult =
  | {
      readonly ok: true;
      readonly sheets: readonly OutputSheet[];
      readonly customers: number;
      readonly failures: readonly string[];
      /** The analyses' warnings (e.g. a fit retried with a small penalty), in the job's language. */
      readonly notices: readonly string[];
      readonly skipped: number;
      /** Rows dated after today (skipped by every report alike: the most any report skipped). */
      readonly afterToday: number;
    }
  /** `message` in the job's language (a CrmError's own message, or the unexpected error's). */
  | { readonly ok: false; readonly message: string; readonly expected: boolean };

/** The pane's strings without React (the worker has no UI): same resources as taskpane/i18n.ts. */
function translator(lang: "en" | "zh") {
  const i18n = i18next.createInstance();
  void i18n.init({
    lng: lang,
    fallbackLng: "en",
    resources: { en: { translation: en }, zh: { translation: zh } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i18n.t;
}

export function runCustomersJob(job: CustomersJob): CustomersJobResult {
  const t = translator(job.lang);
  try {
    const out = customersRun(job.input, job.analyses.map(analysisById), job.options, {
      lang: job.lang,
      t,
      source: job.source,
    });
    return {
      ok: true,
      sheets: out.sheets,
      customers: out.customers,
      failures: out.failures.map((f) => f.message),
      notices: out.notices,
      skipped: Math.max(0, ...out.runs.map((r) => r.run.report.skipped.length)),
      afterToday: Math.max(0, ...out.runs.map((r) => rowsAfterToday(r.run.report.skipped))),
    };
  } catch (e) {
    if (isCrmError(e)) return { ok: false, message: e.messageIn(job.lang), expected: true };
    return { ok: false, message: e instanceof Error ? e.message : String(e), expected: false };
  }
}
