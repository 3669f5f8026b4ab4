import en from "@/messages/en.json";
import fa from "@/messages/fa.json";
import vi from "@/messages/vi.json";
import zh from "@/messages/zh.json";
import type { Locale } from "./locales";

export type Messages = typeof en;

const catalogs: Record<Locale, Messages> = { fa, zh, vi, en };

export function loadMessages(locale: Locale): Messages {
  return catalogs[locale];
}
