/**
 * The fitted parameters of the Warehouse panel: the purchase model's (r, α, a, b for BG/NBD;
 * r, α, s, β for Pareto/NBD) and, when a spend summary was pasted, Gamma-Gamma's p, q, γ, each
 * with its log-likelihood and the number of customers it was fitted on.
 */
import * as React from "react";
import {
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { WarehouseFit } from "./fitPasted";
import { MODEL_NAMES } from "./warehouseSql";

const NAMES: Record<string, string> = { alpha: "α", beta: "β", gamma: "γ" };
const shown = (v: number) => v.toPrecision(6);

export function FitTable({ fit }: { readonly fit: WarehouseFit }): React.JSX.Element {
  const { t } = useTranslation();
  const rows: [string, string, number][] = []; // model, parameter key, value
  const { model, ...purchase } = fit.purchase;
  const label = MODEL_NAMES[model] ?? model;
  for (const [k, v] of Object.entries(purchase)) rows.push([label, k, v as number]);
  rows.push([label, "logLikelihood", fit.purchaseLogLikelihood]);
  if (fit.spend) {
    for (const k of ["p", "q", "gamma"] as const) rows.push(["Gamma-Gamma", k, fit.spend[k]]);
    rows.push(["Gamma-Gamma", "logLikelihood", fit.spendLogLikelihood!]);
  }
  return (
    <div data-testid="wh-params">
      <Caption1 block data-testid="wh-fitted">
        {t("warehouse.fitted", {
          customers: fit.customers.toLocaleString(),
          histories: fit.histories.toLocaleString(),
          unit: t(`warehouse.perUnit.${fit.unit}`),
        })}
        {fit.spend
          ? ` ${t("warehouse.spendFitted", { customers: fit.spendCustomers!.toLocaleString() })}`
          : ""}
      </Caption1>
      <Table size="small" aria-label={t("warehouse.parameter")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("warehouse.modelColumn")}</TableHeaderCell>
            <TableHeaderCell>{t("warehouse.parameter")}</TableHeaderCell>
            <TableHeaderCell>{t("warehouse.value")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map(([m, k, v]) => (
            <TableRow key={`${m}-${k}`}>
              <TableCell>{m}</TableCell>
              <TableCell>{k === "logLikelihood" ? t("warehouse.logLikelihood") : (NAMES[k] ?? k)}</TableCell>
              <TableCell data-testid={`wh-param-${m === "Gamma-Gamma" ? "gg" : "purchase"}-${k}`}>
                {shown(v)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
