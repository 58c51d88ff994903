export * from "./transactions";
export * from "./rfmReport";
export * from "./lifecycleReport";
export * from "./clvReport";
export * from "./rfmRow";
