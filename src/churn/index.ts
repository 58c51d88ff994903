export * from "./rates";
export * from "./retentionValue";
export * from "./cohorts";
