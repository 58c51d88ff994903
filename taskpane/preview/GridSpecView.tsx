/**
 * Draws a GridSpec (e.g. customers per R × F score) as a table shaded with a 3-colour scale
 * (low red, middle yellow, high green — Excel's default 3-colour scale), as the Excel adapter
 * formats the same block with a conditional format.
 */
import * as React from "react";
import { Caption1, Subtitle2 } from "@fluentui/react-components";
import { GridSpec } from "../adapter/types";

function mix(a: number[], b: number[], t: number): string {
  return `rgb(${a.map((x, i) => Math.round(x + (b[i]! - x) * t)).join(",")})`;
}
const LOW = [248, 105, 107];
const MID = [255, 235, 132];
const HIGH = [99, 190, 123];

export function GridSpecView({ spec }: { spec: GridSpec }): React.JSX.Element {
  const finite = spec.values.flat().filter((v) => Number.isFinite(v));
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  const shade = (v: number) => {
    if (!Number.isFinite(v) || hi === lo) return undefined;
    const t = (v - lo) / (hi - lo);
    return t < 0.5 ? mix(LOW, MID, t * 2) : mix(MID, HIGH, (t - 0.5) * 2);
  };
  const percent = spec.valueFormat?.includes("%") ?? false;
  const show = (v: number) => (!Number.isFinite(v) ? "" : percent ? `${(100 * v).toFixed(1)}%` : String(v));
  return (
    <div data-testid={`grid-${spec.id}`}>
      <Subtitle2 block>{spec.title}</Subtitle2>
      <Caption1 block>
        {spec.rowTitle} × {spec.columnTitle}
      </Caption1>
      <table style={{ borderCollapse: "collapse", fontSize: 12 }}>
        <thead>
          <tr>
            <th />
            {spec.columnLabels.map((c) => (
              <th key={String(c)} style={{ padding: "2px 8px" }}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {spec.values.map((row, r) => (
            <tr key={r}>
              <th style={{ padding: "2px 8px" }}>{spec.rowLabels[r]}</th>
              {row.map((v, c) => (
                <td key={c} style={{ padding: "2px 8px", textAlign: "right", backgroundColor: shade(v) }}>
                  {show(v)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
