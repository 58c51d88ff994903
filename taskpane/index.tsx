/**
 * Task pane entry inside Excel (taskpane.html, which loads Office.js): the pane works on the
 * workbook through the Excel adapter. Opened in a plain browser, Office.onReady reports no host:
 * the page then moves to preview.html, the in-browser preview, which never loads Office.js.
 */
import * as React from "react";
import { App } from "./App";
import { ExcelWorkbookAdapter } from "./adapter/excel";
import { mountPane } from "./mount";

async function start(): Promise<void> {
  const office = typeof Office === "undefined" ? undefined : Office;
  const info = office ? await office.onReady() : { host: null };
  if (!office || info.host !== office.HostType.Excel) {
    window.location.replace("preview.html");
    return;
  }
  const adapter = new ExcelWorkbookAdapter();
  mountPane(office.context.displayLanguage, () => <App adapter={adapter} />);
}

void start();
