import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { getMoneyFormatter } from "@/components/price";
import { formatDateTime } from "@/lib/format";
import { pageLocale } from "@/lib/route-params";
import { requireSession } from "@/server/trpc/server";

export const metadata: Metadata = { robots: { index: false } };

/** A signed-in shopper's orders, newest first. Guests follow theirs through the link sent by SMS. */
export default async function MyOrdersPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const { api } = await requireSession(locale, "/orders");
  const [orders, t, money] = await Promise.all([api.shop.myOrders(), getTranslations({ locale, namespace: "order" }), getMoneyFormatter(locale)]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("mine")}</h1>
      {orders.length === 0 && <p className="text-stone-600">{t("none")}</p>}
      <ul className="flex flex-col gap-2">
        {orders.map((o) => (
          <li key={o.number}>
            <Link href={`/orders/${o.number}`} className="flex flex-wrap justify-between gap-2 rounded-xl border border-stone-200 bg-white p-4">
              <bdi className="font-medium">{o.number}</bdi>
              <span>{t("status", { status: o.status })}</span>
              <span>{money({ amountMinor: o.totalMinor, currency: o.currency })}</span>
              <time dateTime={o.createdAt.toISOString()} className="text-sm text-stone-500">
                {formatDateTime(o.createdAt, locale)}
              </time>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
