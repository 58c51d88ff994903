/**
 * The CSV worker: decodes and parses an opened text file off the page's thread and reports
 * progress, so a file of a million rows never freezes the pane. Messages: in
 * `{ bytes, choices }`; out `{ progress: [done, total] }`… then `{ result }` or `{ error }`.
 */
import { ImportChoices, importText } from "./importText";

interface Request {
  bytes: ArrayBuffer;
  choices: ImportChoices;
}

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<Request>) => void) | null;
  postMessage: (m: unknown) => void;
};

scope.onmessage = (e) => {
  try {
    const result = importText(new Uint8Array(e.data.bytes), e.data.choices, (done, total) =>
      scope.postMessage({ progress: [done, total] }),
    );
    scope.postMessage({ result });
  } catch (err) {
    scope.postMessage({ error: err instanceof Error ? err.message : String(err) });
  }
};
