/** Transactions → customer table (CRM_MODELS.md §1). */
export * from "./ids";
export * from "./idColumn";
export * from "./keyColumn";
export * from "./orderColumn";
export * from "./recency";
export * from "./rejects";
export * from "./table";
export * from "./amounts";
export * from "./purchases";
export * from "./workspace";
