export * from "./markets";
export * from "./regions";
export * from "./shops";
export * from "./catalog";
export * from "./auth";
export * from "./sellers";
export * from "./inventory";
export type { LocalizedText } from "./localized";
