import accountEn from "@/messages/account/en.json";
import accountFa from "@/messages/account/fa.json";
import accountVi from "@/messages/account/vi.json";
import accountZh from "@/messages/account/zh.json";
import en from "@/messages/en.json";
import fa from "@/messages/fa.json";
import sellerEn from "@/messages/seller/en.json";
import sellerFa from "@/messages/seller/fa.json";
import sellerVi from "@/messages/seller/vi.json";
import sellerZh from "@/messages/seller/zh.json";
import shopEn from "@/messages/shop/en.json";
import shopFa from "@/messages/shop/fa.json";
import shopVi from "@/messages/shop/vi.json";
import shopZh from "@/messages/shop/zh.json";
import vi from "@/messages/vi.json";
import zh from "@/messages/zh.json";
import type { Locale } from "./locales";

/**
 * One catalog per language, assembled from the storefront file
 * (messages/<locale>.json) and the files of the interactive parts
 * (messages/account/…, messages/seller/…, messages/shop/… for cart, checkout
 * and orders), each holding its own top-level namespaces.
 */
export type Messages = typeof en & typeof accountEn & typeof sellerEn & typeof shopEn;

const catalogs: Record<Locale, Messages> = {
  fa: { ...fa, ...accountFa, ...sellerFa, ...shopFa },
  zh: { ...zh, ...accountZh, ...sellerZh, ...shopZh },
  vi: { ...vi, ...accountVi, ...sellerVi, ...shopVi },
  en: { ...en, ...accountEn, ...sellerEn, ...shopEn },
};

export function loadMessages(locale: Locale): Messages {
  return catalogs[locale];
}

const STOREFRONT_ONLY = new Set(["meta", "home", "search", "region", "category", "shop"]);

/** The namespaces the portal's client components use, and nothing of the storefront's. */
export function portalMessages(locale: Locale): Partial<Messages> {
  return Object.fromEntries(Object.entries(loadMessages(locale)).filter(([namespace]) => !STOREFRONT_ONLY.has(namespace)));
}
