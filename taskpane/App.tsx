/**
 * The task pane UI: Fluent UI components, strings from i18next, every workbook access through the
 * adapter it is given (never Excel directly), every computation in the core.
 */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Tab,
  TabList,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { describeTable, TableDescription } from "../src/table";
import { WorkbookAdapter } from "./adapter/types";
import { UiLang } from "./i18n";
import { AnalysisPanel } from "./AnalysisPanel";
import { LearnPanel } from "./learn/LearnPanel";
import { LearnLinkContext } from "./learn/learnLink";
import { WarehousePanel } from "./warehouse/WarehousePanel";

/** How many rows are read to judge headers and column kinds (the read is bounded). */
export const SAMPLE_ROWS = 200;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  header: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

type View = "analyse" | "learn" | "warehouse";

interface Described {
  address: string;
  description: TableDescription;
}

export interface AppProps {
  adapter: WorkbookAdapter;
  previewRows?: number;
}

export function App({ adapter, previewRows }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = React.useState(false);
  const [result, setResult] = React.useState<Described | "empty" | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [view, setView] = React.useState<View>("analyse");
  const [openCard, setOpenCard] = React.useState<string | undefined>(undefined);
  const learn = React.useMemo(
    () => ({
      open: (card: string) => {
        setOpenCard(card);
        setView("learn");
      },
    }),
    [],
  );

  const describe = async () => {
    setBusy(true);
    setError(null);
    try {
      const sample = await adapter.readSelectionSample(SAMPLE_ROWS);
      setResult(
        sample
          ? { address: sample.address, description: describeTable(sample.sample, sample.rowCount) }
          : "empty",
      );
    } catch (e) {
      setResult(null);
      setError(t("error.unexpected", { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.root} data-testid="app">
      <div className={styles.header}>
        <div>
          <Title3 as="h1">{t("app.title")}</Title3>
          <Caption1 block>{t("app.subtitle")}</Caption1>
        </div>
        <TabList
          size="small"
          aria-label={t("app.language")}
          selectedValue={i18n.language}
          onTabSelect={(_, d) => void i18n.changeLanguage(d.value as UiLang)}
        >
          <Tab value="en" data-testid="lang-en">
            EN
          </Tab>
          <Tab value="zh" data-testid="lang-zh">
            中文
          </Tab>
        </TabList>
      </div>

      {adapter.kind === "preview" && (
        <MessageBar intent="info" data-testid="preview-banner">
          <MessageBarBody>
            <MessageBarTitle>{t("preview.title")}</MessageBarTitle>
            {t("preview.body", { rows: previewRows ?? 0 })}
          </MessageBarBody>
        </MessageBar>
      )}

      <TabList
        aria-label={t("app.views")}
        selectedValue={view}
        onTabSelect={(_, d) => setView(d.value as View)}
      >
        <Tab value="analyse" data-testid="view-analyse">
          {t("app.analyse")}
        </Tab>
        <Tab value="learn" data-testid="view-learn">
          {t("app.learn")}
        </Tab>
        <Tab value="warehouse" data-testid="view-warehouse">
          {t("warehouse.tab")}
        </Tab>
      </TabList>
      {view === "learn" && <LearnPanel adapter={adapter} openCard={openCard} />}
      <div hidden={view !== "warehouse"}>
        <WarehousePanel />
      </div>

      <section className={styles.section} hidden={view !== "analyse"}>
        <Subtitle2 as="h2">{t("describe.title")}</Subtitle2>
        <Body1>{t("describe.hint")}</Body1>
        <div>
          <Button appearance="primary" onClick={() => void describe()} disabled={busy} data-testid="describe">
            {busy ? t("describe.running") : t("describe.action")}
          </Button>
          {busy && <Spinner size="tiny" />}
        </div>
        {error && (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>{t("error.title")}</MessageBarTitle>
              {error}
            </MessageBarBody>
          </MessageBar>
        )}
        {result === "empty" && (
          <MessageBar intent="warning">
            <MessageBarBody>{t("describe.empty")}</MessageBarBody>
          </MessageBar>
        )}
        {result && result !== "empty" && <DescriptionView {...result} />}
      </section>

      <div hidden={view !== "analyse"}>
        <LearnLinkContext.Provider value={learn}>
          <AnalysisPanel adapter={adapter} />
        </LearnLinkContext.Provider>
      </div>
    </div>
  );
}

function DescriptionView({ address, description: d }: Described): React.JSX.Element {
  const { t } = useTranslation();
  const facts: [string, string][] = [
    [t("describe.address"), address],
    [t("describe.rows"), d.rows.toLocaleString()],
    [t("describe.header"), d.hasHeader ? t("describe.yes") : t("describe.no")],
    [t("describe.dataRows"), d.dataRows.toLocaleString()],
    [t("describe.columns"), String(d.columns)],
  ];
  return (
    <div data-testid="description">
      <Table size="small" aria-label={t("describe.title")}>
        <TableBody>
          {facts.map(([k, v]) => (
            <TableRow key={k}>
              <TableCell>{k}</TableCell>
              <TableCell data-testid={`fact-${k}`}>{v}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Table size="small" aria-label={t("describe.column")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("describe.column")}</TableHeaderCell>
            <TableHeaderCell>{t("describe.kind")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {d.headers.map((h, i) => (
            <TableRow key={i}>
              <TableCell>{h}</TableCell>
              <TableCell>{t(`describe.kinds.${d.kinds[i] ?? "empty"}`)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Caption1>{t("describe.sampled", { rows: SAMPLE_ROWS })}</Caption1>
    </div>
  );
}
