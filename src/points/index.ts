export * from "./rewards";
