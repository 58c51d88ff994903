/** The core's shared pieces. Each model family has its own index under src/<family>/. */
export * from "./errors";
export * from "./validate";
export * from "./cells/errorCell";
