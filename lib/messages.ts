import accountEn from "@/messages/account/en.json";
import accountFa from "@/messages/account/fa.json";
import accountVi from "@/messages/account/vi.json";
import accountZh from "@/messages/account/zh.json";
import en from "@/messages/en.json";
import fa from "@/messages/fa.json";
import moneyEn from "@/messages/money/en.json";
import moneyFa from "@/messages/money/fa.json";
import moneyVi from "@/messages/money/vi.json";
import moneyZh from "@/messages/money/zh.json";
import operatorEn from "@/messages/operator/en.json";
import operatorFa from "@/messages/operator/fa.json";
import operatorVi from "@/messages/operator/vi.json";
import operatorZh from "@/messages/operator/zh.json";
import dispatchEn from "@/messages/dispatch/en.json";
import dispatchFa from "@/messages/dispatch/fa.json";
import dispatchVi from "@/messages/dispatch/vi.json";
import dispatchZh from "@/messages/dispatch/zh.json";
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
 * (messages/account/…, messages/seller/…, messages/shop/… for cart, checkout,
 * orders and tracking, messages/operator/… for postal staff, messages/dispatch/…
 * for sellers' labels and pickups, messages/money/… for balances, statements and
 * payouts), each holding its own top-level namespaces.
 */
export type Messages = typeof en & typeof accountEn & typeof sellerEn & typeof shopEn & typeof operatorEn & typeof dispatchEn & typeof moneyEn;

const catalogs: Record<Locale, Messages> = {
  fa: { ...fa, ...accountFa, ...sellerFa, ...shopFa, ...operatorFa, ...dispatchFa, ...moneyFa },
  zh: { ...zh, ...accountZh, ...sellerZh, ...shopZh, ...operatorZh, ...dispatchZh, ...moneyZh },
  vi: { ...vi, ...accountVi, ...sellerVi, ...shopVi, ...operatorVi, ...dispatchVi, ...moneyVi },
  en: { ...en, ...accountEn, ...sellerEn, ...shopEn, ...operatorEn, ...dispatchEn, ...moneyEn },
};

export function loadMessages(locale: Locale): Messages {
  return catalogs[locale];
}

const STOREFRONT_ONLY = new Set(["meta", "home", "search", "region", "category", "shop"]);

/** The namespaces the portal's client components use, and nothing of the storefront's. */
export function portalMessages(locale: Locale): Partial<Messages> {
  return Object.fromEntries(Object.entries(loadMessages(locale)).filter(([namespace]) => !STOREFRONT_ONLY.has(namespace)));
}
