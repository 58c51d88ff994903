export * from "./ratio";
export * from "./level";
export * from "./nps";
export * from "./csatScore";
export * from "./csatIndex";
export * from "./scaledIndex";
