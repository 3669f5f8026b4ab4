import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { LocalizedText } from "@/components/localized-text";
import { pageLocale } from "@/lib/route-params";
import { requireSession } from "@/server/trpc/server";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = await pageLocale(params);
  return { title: (await getTranslations({ locale, namespace: "seller" }))("title"), robots: { index: false } };
}

/** The shops this person runs or helps, with where each application stands. */
export default async function SellerHome({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const { api, user } = await requireSession(locale, "/seller");
  const [shops, t, to] = await Promise.all([
    api.seller.myShops({ locale }),
    getTranslations({ locale, namespace: "seller" }),
    getTranslations({ locale, namespace: "operator" }),
  ]);
  return (
    <div className="flex flex-col gap-4">
      {(user.role === "operator" || user.role === "admin") && (
        <Link href="/operator" className="inline-flex min-h-12 items-center self-start rounded-lg bg-stone-900 px-4 py-2 font-medium text-white" data-testid="operator-link">
          {to("link")}
        </Link>
      )}
      <h1 className="text-2xl font-bold">{t("myShops")}</h1>
      {shops.length === 0 && <p className="text-stone-600">{t("noShops")}</p>}
      <ul className="flex flex-col gap-3">
        {shops.map((shop) => (
          <li key={shop.id} className="rounded-xl border border-stone-200 bg-white p-4" data-testid="my-shop">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <LocalizedText value={shop.name} pageLocale={locale} className="text-lg font-semibold" />
              <span className="rounded-full bg-stone-100 px-3 py-1 text-sm" data-testid="shop-status">
                {t("status", { status: shop.status })}
              </span>
            </div>
            {shop.decisionReason && <p className="mt-2 text-sm text-red-800">{t("reason", { reason: shop.decisionReason })}</p>}
            <Link href={`/seller/${shop.id}`} className="mt-3 inline-block rounded-lg bg-saffron-700 px-4 py-2 font-medium text-white">
              {t("manage")}
            </Link>
          </li>
        ))}
      </ul>
      <Link href="/seller/apply" className="self-start rounded-lg border border-stone-300 bg-white px-4 py-2 font-medium">
        {t("applyLink")}
      </Link>
    </div>
  );
}
