/**
 * Links from a pane result to the Learn card that explains it (issue 12.4): the App provides
 * `open(cardId)` (switch to the Learn tab with that card open); a result shows a link.
 */
import * as React from "react";
import { Link } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";

/** Opens the Learn tab on a card. */
export interface LearnOpener {
  // eslint-disable-next-line no-unused-vars -- a parameter name in a method signature, not a variable
  open(card: string): void;
}

export const LearnLinkContext = React.createContext<LearnOpener | null>(null);

/** The card that explains each pane analysis's result. */
export const CARD_OF_ANALYSIS: Readonly<Record<string, string>> = {
  rfm: "rfm-segments",
  lifecycle: "lifecycle-stages",
  clv: "bgnbd",
};

export function LearnLink({ card }: { card: string | undefined }): React.JSX.Element | null {
  const opener = React.useContext(LearnLinkContext);
  const { t } = useTranslation();
  if (!opener || !card) return null;
  return (
    <Link as="button" data-testid={`learn-link-${card}`} onClick={() => opener.open(card)}>
      {t("learn.explainResult")}
    </Link>
  );
}
