/** RFM scoring (CRM_MODELS.md §2): scores, breaks, fixed thresholds, code, types, segments, actions. */
export * from "./metric";
export * from "./scores";
export * from "./bin";
export * from "./breaks";
export * from "./column";
export * from "./code";
export * from "./types";
export * from "./segments";
export * from "./actions";
export * from "./table";
export { recency, DAYS_PER_UNIT, checkRecencyUnit } from "../customers/recency";
export type { RecencyUnit } from "../customers/recency";
export * from "./schemes";
export * from "./ruleRows";
