export * from "./stages";
export * from "./options";
export * from "./stage";
export * from "./reason";
export * from "./loyaltyEvolution";
export * from "./customerType";
