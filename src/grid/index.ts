export * from "./twoAxis";
