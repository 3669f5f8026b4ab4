import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { routing } from "@/i18n/routing";
import { ERROR_TEXT_ID } from "@/components/error-text";
import { directionOf } from "@/lib/locales";
import { pageOpenGraph } from "@/lib/seo";
import { env } from "@/server/env";
import "../globals.css";

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#9a3412" };

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "meta" });
  return {
    // read per request, so one build serves any address (APP_URL at run time)
    metadataBase: new URL(env.APP_URL),
    title: { default: t("title"), template: `%s · ${t("title")}` },
    description: t("description"),
    openGraph: pageOpenGraph(locale, { path: "", title: t("title"), description: t("description"), siteName: t("title") }),
  };
}

/**
 * The root layout: <html lang dir> per language, so Persian pages run right to
 * left with no special CSS. It reads no cookie: storefront pages under it are
 * cached per (language, market).
 */
export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "nav" });
  const te = await getTranslations({ locale, namespace: "error" });
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:bg-white focus:p-2">
          {t("skipToContent")}
        </a>
        {/* the header and <main> come from the layout below: storefront pages pass the market of their route */}
        {children}
        <SiteFooter locale={locale} />
        {/* the error boundary (a client component) reads its words from here, so no i18n runtime ships to the browser */}
        <div hidden id={ERROR_TEXT_ID} data-title={te("title")} data-text={te("text")} data-retry={te("retry")} />
      </body>
    </html>
  );
}
