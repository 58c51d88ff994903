export * from "./transactions";
export * from "./rfmReport";
export * from "./lifecycleReport";
export * from "./clvReport";
export * from "./rfmRow";
export * from "./clvOptions";
export * from "./lifecycleOptions";
export type { ClvHoldout } from "./clvHoldout";
