import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Link } from "@/components/link";
import { SignOutButton } from "@/components/portal/sign-out-button";
import { pageLocale } from "@/lib/route-params";
import { requireSession } from "@/server/trpc/server";

/**
 * Every page of one shop: which shop is being managed is always on screen —
 * and for an agent, that they act on its behalf.
 */
export default async function ShopLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string; shopId: string }> }) {
  const locale = await pageLocale(params);
  const { shopId } = await params;
  const { api } = await requireSession(locale, `/seller/${shopId}`);
  const shops = await api.seller.myShops({ locale });
  const shop = shops.find((s) => s.id === shopId);
  if (!shop) notFound();
  const [t, td, tf] = await Promise.all([getTranslations({ locale, namespace: "seller" }), getTranslations({ locale, namespace: "dispatch" }), getTranslations({ locale, namespace: "finance" })]);
  const agent = shop.actingAs === "agent";
  return (
    <div className="flex flex-col gap-4">
      <div
        role="status"
        data-testid="acting-for"
        className={`sticky top-0 z-10 rounded-lg px-4 py-2 text-sm ${agent ? "bg-amber-100 text-amber-950" : "bg-stone-900 text-white"}`}
      >
        {agent ? t("actingForAgent", { shop: shop.name.text }) : t("actingFor", { shop: shop.name.text })}
        <span className="ms-2 inline-block rounded bg-white/20 px-2">{t("status", { status: shop.status })}</span>
      </div>
      <nav className="flex flex-wrap items-center gap-2 text-sm">
        <Link href={`/seller/${shop.id}`} className="rounded-lg border border-stone-300 bg-white px-3 py-2">
          {t("navOverview")}
        </Link>
        <Link href={`/seller/${shop.id}/products/new`} className="rounded-lg border border-stone-300 bg-white px-3 py-2">
          {t("navNewProduct")}
        </Link>
        <Link href={`/seller/${shop.id}/dispatch`} className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-3 py-2">
          {td("nav")}
        </Link>
        <Link href={`/seller/${shop.id}/money`} className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-3 py-2" data-testid="money-link">
          {tf("title")}
        </Link>
        {shop.memberRole === "owner" && (
          <Link href={`/seller/${shop.id}/audit`} className="rounded-lg border border-stone-300 bg-white px-3 py-2">
            {t("navAudit")}
          </Link>
        )}
        {shops.length > 1 && (
          <Link href="/seller" className="rounded-lg px-3 py-2 underline">
            {t("switchShop")}
          </Link>
        )}
        <span className="ms-auto">
          <SignOutButton locale={locale} />
        </span>
      </nav>
      {children}
    </div>
  );
}
