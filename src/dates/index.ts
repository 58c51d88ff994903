/** Dates: Excel 1900-system serials, the one date representation of the core (CRM_MODELS.md §1). */
export * from "./serial";
export * from "./format";
export * from "./problems";
export * from "./parse";
export * from "./cell";
export * from "./order";
export * from "./system";
