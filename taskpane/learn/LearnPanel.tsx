/**
 * The Learn tab (issue 12.1): one expandable card per concept, in the pane's language — the
 * explanation, the formula, the functions that compute it, a common mistake — and a button that
 * inserts the card's worked example as a new sheet of live formulas (adapter.insertExample).
 * Below the cards, the class data generator. Content is data (concepts.ts, examples.ts).
 */
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { WorkbookAdapter } from "../adapter/types";
import { ClassDataForm } from "./ClassDataForm";
import { conceptCards } from "./concepts";
import { sheetCells, workedExample } from "./examples";
import { ConceptCard, LearnLang } from "./types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
  },
  formula: {
    fontFamily: tokens.fontFamilyMonospace,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: tokens.spacingHorizontalS,
    whiteSpace: "pre-wrap",
  },
  code: { fontFamily: tokens.fontFamilyMonospace },
});

type Status = { card: string; intent: "success" | "error"; text: string };

export function LearnPanel({
  adapter,
  openCard,
}: {
  adapter: WorkbookAdapter;
  /** A card to show open (a pane result's "what does this mean?" link). */
  openCard?: string;
}): React.JSX.Element {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const lang: LearnLang = i18n.language === "zh" ? "zh" : "en";
  const [status, setStatus] = React.useState<Status | null>(null);
  const [busy, setBusy] = React.useState<string | null>(null);

  const insert = async (card: ConceptCard) => {
    const example = workedExample(card.example);
    if (!example || !adapter.insertExample) return;
    setBusy(card.id);
    setStatus(null);
    try {
      const sheet = example.build(lang);
      const name = await adapter.insertExample({
        sheetName: sheet.sheetName,
        cells: sheetCells(sheet),
        formats: sheet.formats,
      });
      setStatus({ card: card.id, intent: "success", text: t("learn.inserted", { sheet: name }) });
    } catch (e) {
      setStatus({
        card: card.id,
        intent: "error",
        text: t("error.unexpected", { message: e instanceof Error ? e.message : String(e) }),
      });
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className={styles.root} data-testid="learn">
      <Subtitle2 as="h2">{t("learn.title")}</Subtitle2>
      <Body1>{t("learn.hint")}</Body1>
      <Accordion multiple collapsible defaultOpenItems={openCard ? [openCard] : []}>
        {conceptCards.map((card) => (
          <AccordionItem key={card.id} value={card.id} data-testid={`card-${card.id}`}>
            <AccordionHeader>{card.title[lang]}</AccordionHeader>
            <AccordionPanel>
              <div className={styles.panel}>
                <Body1>{card.explanation[lang]}</Body1>
                <Caption1>{t("learn.formula")}</Caption1>
                <div className={styles.formula}>{card.formula[lang]}</div>
                <Caption1>
                  {t("learn.functions")} <span className={styles.code}>{card.functions.join(", ")}</span>
                </Caption1>
                <MessageBar intent="warning">
                  <MessageBarBody>
                    <strong>{t("learn.mistake")}</strong> {card.mistake[lang]}
                  </MessageBarBody>
                </MessageBar>
                <div>
                  <Button
                    appearance="primary"
                    disabled={busy !== null || !adapter.insertExample}
                    onClick={() => void insert(card)}
                    data-testid={`insert-${card.id}`}
                  >
                    {busy === card.id ? t("learn.inserting") : t("learn.insert")}
                  </Button>
                  <Caption1 block>{workedExample(card.example)?.title[lang]}</Caption1>
                </div>
                {!adapter.insertExample && <Caption1>{t("learn.unavailable")}</Caption1>}
                {status?.card === card.id && (
                  <MessageBar intent={status.intent} data-testid={`status-${card.id}`}>
                    <MessageBarBody>{status.text}</MessageBarBody>
                  </MessageBar>
                )}
              </div>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
      <ClassDataForm adapter={adapter} lang={lang} />
    </div>
  );
}
