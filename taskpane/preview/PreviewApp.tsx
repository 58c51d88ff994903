/**
 * The preview page: the same pane as inside Excel (App) beside the in-memory workbook it works
 * on — open or paste your data, see every sheet and chart, download, try the formulas.
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { App } from "../App";
import { MemoryWorkbookAdapter } from "../adapter/memory";
import { ImportPanel } from "./ImportPanel";
import { WorkbookView } from "./WorkbookView";

const useStyles = makeStyles({
  page: {
    display: "grid",
    gridTemplateColumns: "minmax(340px, 440px) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalL,
    alignItems: "start",
    "@media (max-width: 900px)": { gridTemplateColumns: "minmax(0, 1fr)" },
  },
  side: { display: "flex", flexDirection: "column" },
  main: {
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    minWidth: 0,
  },
});

export function PreviewApp({
  adapter,
  sampleRows,
}: {
  adapter: MemoryWorkbookAdapter;
  sampleRows: number;
}): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.page}>
      <div className={styles.side}>
        <App adapter={adapter} previewRows={sampleRows} />
      </div>
      <div className={styles.main}>
        <ImportPanel adapter={adapter} />
        <WorkbookView adapter={adapter} />
      </div>
    </div>
  );
}
