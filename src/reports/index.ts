export * from "./transactions";
export * from "./rfmReport";
export * from "./lifecycleReport";
