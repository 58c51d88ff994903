/**
 * A virtualised grid (@tanstack/react-virtual): only the rows in view are in the DOM, so a
 * sheet of a million rows scrolls as smoothly as one of ten. Column letters above, row numbers
 * beside, as in Excel. The caller gives the size and a cell reader; a cell may carry a tooltip
 * (an error's message) and be clickable (the formula sheet selects it).
 */
import * as React from "react";
import { useVirtualizer } from "@tanstack/react-virtual";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { colLetters } from "./a1";

import { CellClick, CellReader } from "./cellText";

const ROW_HEIGHT = 24;
const COL_WIDTH = 112;
const HEAD_WIDTH = 56;

const useStyles = makeStyles({
  scroller: {
    height: "420px",
    overflow: "auto",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
    fontVariantNumeric: "tabular-nums",
    position: "relative",
  },
  row: { display: "flex", position: "absolute", left: 0, height: `${ROW_HEIGHT}px` },
  head: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    display: "flex",
    height: `${ROW_HEIGHT}px`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  cell: {
    boxSizing: "border-box",
    width: `${COL_WIDTH}px`,
    flexShrink: 0,
    padding: "2px 6px",
    borderRight: `1px solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  rowHead: {
    width: `${HEAD_WIDTH}px`,
    textAlign: "right",
    color: tokens.colorNeutralForeground3,
    backgroundColor: tokens.colorNeutralBackground3,
    position: "sticky",
    left: 0,
    zIndex: 1,
  },
  number: { textAlign: "right" },
  error: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  spill: { backgroundColor: tokens.colorBrandBackground2 },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
});

export interface SheetGridProps {
  rows: number;
  cols: number;
  cell: CellReader;
  onCellClick?: CellClick;
  selected?: { row: number; col: number };
  testId?: string;
  label: string;
}

export function SheetGrid({
  rows,
  cols,
  cell,
  onCellClick,
  selected,
  testId,
  label,
}: SheetGridProps): React.JSX.Element {
  const styles = useStyles();
  const scroller = React.useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: rows,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const width = HEAD_WIDTH + cols * COL_WIDTH;
  const columns = Array.from({ length: cols }, (_, c) => c);
  return (
    <div
      ref={scroller}
      className={styles.scroller}
      role="grid"
      aria-label={label}
      aria-rowcount={rows}
      data-testid={testId}
    >
      <div className={styles.head} style={{ width }} role="row">
        <div className={mergeClasses(styles.cell, styles.rowHead)} />
        {columns.map((c) => (
          <div key={c} className={styles.cell} role="columnheader">
            {colLetters(c + 1)}
          </div>
        ))}
      </div>
      <div style={{ height: virtual.getTotalSize(), width, position: "relative" }}>
        {virtual.getVirtualItems().map((v) => (
          <div
            key={v.index}
            className={styles.row}
            style={{ top: v.start, width }}
            role="row"
            data-row={v.index + 1}
          >
            <div className={mergeClasses(styles.cell, styles.rowHead)} role="rowheader">
              {v.index + 1}
            </div>
            {columns.map((c) => {
              const g = cell(v.index, c);
              const isSelected = selected?.row === v.index && selected.col === c;
              return (
                <div
                  key={c}
                  role="gridcell"
                  data-cell={`${colLetters(c + 1)}${v.index + 1}`}
                  title={g.title ?? (g.text.length > 14 ? g.text : undefined)}
                  onClick={onCellClick ? () => onCellClick(v.index, c) : undefined}
                  className={mergeClasses(
                    styles.cell,
                    g.kind === "number" && styles.number,
                    g.kind === "error" && styles.error,
                    g.kind === "spill" && styles.spill,
                    isSelected && styles.selected,
                  )}
                >
                  {g.text}
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </div>
  );
}
