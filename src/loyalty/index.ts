export * from "./loyaltyIndex";
export * from "./quadrant";
