export * from "./rfmReport";
