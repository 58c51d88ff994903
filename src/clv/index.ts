/** Probabilistic customer lifetime value (CRM_MODELS.md §3): public API of `src/clv`. */
export * from "./timeUnit";
export * from "./summary";
export * from "./holdout";
export type { PeriodTable } from "./purchaseDays";
export * from "./special";
export * from "./hyp2f1";
export * from "./optimize";
export * from "./fitBase";
export * from "./bgNbd";
export * from "./bgNbdPredict";
export * from "./paretoNbd";
export * from "./paretoNbdPredict";
export * from "./gammaGamma";
export * from "./sbg";
export * from "./predict";
export * from "./forecast";
export * from "./params";
export * from "./simulate";
