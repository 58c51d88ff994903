/**
 * The Web Worker that computes the one run off the pane's thread, so the pane keeps answering
 * clicks (Cancel among them: the pane terminates this worker). One message in, one out.
 */
import { CustomersJob, runCustomersJob } from "./customersJob";

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<CustomersJob>) => void) | null;
  postMessage(message: unknown): void;
};
scope.onmessage = (e) => scope.postMessage(runCustomersJob(e.data));
