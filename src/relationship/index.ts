export * from "./levels";
export * from "./level";
