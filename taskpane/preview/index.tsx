/**
 * In-browser preview entry (preview.html): the same pane as inside Excel, over an in-memory
 * workbook holding the bundled sample data, beside the workbook view (open your own file, see
 * sheets and charts, download, formulas). This bundle never loads Office.js and does not
 * contain the Excel adapter, so nothing in it can call Microsoft's services (issue 8.2); the
 * page's Content-Security-Policy additionally refuses any request off its own origin.
 */
import * as React from "react";
import { MemoryWorkbookAdapter } from "../adapter/memory";
import { mountPane } from "../mount";
import { PreviewApp } from "./PreviewApp";
import { sampleOrders } from "./sampleData";

const sheet = sampleOrders();
const adapter = new MemoryWorkbookAdapter([sheet]);
mountPane(navigator.language, () => <PreviewApp adapter={adapter} sampleRows={sheet.values.length - 1} />);
