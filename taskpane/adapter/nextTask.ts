/**
 * Resolves on a later task of the event loop (a timer), not a microtask: between two chunks of a
 * long read or write, the page gets to handle clicks, typing and paints (a `Promise.resolve()`
 * would run the next chunk before any of them). Costs one timer, ~4 ms in a browser after a few
 * nested calls.
 *
 * @example
 * for (const chunk of chunks) { write(chunk); await nextTask(); }
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
