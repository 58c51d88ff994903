export * from "./describe";
export * from "./columnRoles";
