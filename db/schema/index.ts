export * from "./markets";
export * from "./regions";
export * from "./shops";
export * from "./catalog";
export type { LocalizedText } from "./localized";
