export * from "./describe";
