/**
 * One generated query in the Warehouse panel: its title, one sentence saying what it gives, the
 * SQL in a read-only text area and a Copy button (clipboard, else the text is selected), or the
 * core's message when the options cannot make it.
 */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Textarea,
  makeStyles,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { CopyOutcome, copyText } from "./copyText";

const useStyles = makeStyles({
  sql: { fontFamily: "Consolas, 'Courier New', monospace", fontSize: "11px" },
  row: { display: "flex", alignItems: "center", gap: "8px" },
});

export interface SqlBlockProps {
  readonly id: string;
  readonly title: string;
  readonly hint: string;
  /** The SQL, or the error that stopped it. */
  readonly sql: { text: string } | { error: string };
}

export function SqlBlock({ id, title, hint, sql }: SqlBlockProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useTranslation();
  const area = React.useRef<HTMLTextAreaElement>(null);
  const [outcome, setOutcome] = React.useState<CopyOutcome | null>(null);
  React.useEffect(() => setOutcome(null), [sql]);
  return (
    <div data-testid={`wh-block-${id}`}>
      <Field label={title}>
        <Body1>{hint}</Body1>
        {"text" in sql ? (
          <Textarea
            ref={area}
            readOnly
            resize="vertical"
            rows={8}
            value={sql.text}
            textarea={{ className: styles.sql }}
            data-testid={`wh-sql-${id}`}
          />
        ) : (
          <MessageBar intent="error" data-testid={`wh-sql-error-${id}`}>
            <MessageBarBody>{t("warehouse.sqlError", { message: sql.error })}</MessageBarBody>
          </MessageBar>
        )}
      </Field>
      {"text" in sql && (
        <div className={styles.row}>
          <Button
            size="small"
            onClick={() => void copyText(sql.text, area.current).then(setOutcome)}
            data-testid={`wh-copy-${id}`}
          >
            {t("warehouse.copy")}
          </Button>
          {outcome && (
            <Caption1 role="status" data-testid={`wh-copied-${id}`}>
              {t(outcome === "copied" ? "warehouse.copied" : "warehouse.selected")}
            </Caption1>
          )}
        </div>
      )}
    </div>
  );
}
