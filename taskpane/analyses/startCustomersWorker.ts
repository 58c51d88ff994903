/**
 * Starts the one run's Web Worker. Kept alone because `import.meta.url` is for the bundler:
 * webpack bundles the worker from `new Worker(new URL(…, import.meta.url))` with no config.
 */
export function startCustomersWorker(): Worker {
  return new Worker(new URL("./customersWorker.ts", import.meta.url));
}
