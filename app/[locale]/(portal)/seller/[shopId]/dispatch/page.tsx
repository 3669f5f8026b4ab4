import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LabelsPanel, type DispatchParcel } from "@/components/portal/dispatch/labels-panel";
import { PickupForm } from "@/components/portal/dispatch/pickup-form";
import { PickupList } from "@/components/portal/dispatch/pickup-list";
import { pageLocale } from "@/lib/route-params";
import { requireSession } from "@/server/trpc/server";

type Props = { params: Promise<{ locale: string; shopId: string }> };

/** seller.shipments lists at most this many (the newest): a longer day's parcels are printed by "all unprinted". */
const LISTED = 200;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  return { title: (await getTranslations({ locale, namespace: "dispatch" }))("title"), robots: { index: false } };
}

/** Labels and pickups: print the day's labels in one go, then book the post's collection or a drop-off, and get the manifest. */
export default async function DispatchPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { shopId } = await params;
  const { api } = await requireSession(locale, `/seller/${shopId}/dispatch`);
  const [shipments, options, pickups, shops, t] = await Promise.all([
    api.seller.shipments({ shopId }),
    api.seller.pickupOptions({ shopId, locale }),
    api.seller.pickups({ shopId, locale }),
    api.seller.myShops({ locale }),
    getTranslations({ locale, namespace: "dispatch" }),
  ]);
  const parcels: DispatchParcel[] = shipments.map((s) => ({
    id: s.id,
    orderNumber: s.orderNumber,
    trackingNumber: s.trackingNumber,
    trackingStatus: s.trackingStatus,
    labelPrinted: s.labelPrintedAt !== null,
    onManifest: s.onManifest,
    recipientName: s.delivery.recipientName,
    placeLabel: s.delivery.placeLabel,
    labelCharacters: s.labelCharacters,
  }));
  const timeZone = shops.find((s) => s.id === shopId)?.timeZone ?? "UTC";
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-xl font-bold">{t("title")}</h1>
        <p className="text-sm text-stone-600">{t("intro")}</p>
      </div>
      <LabelsPanel shopId={shopId} locale={locale} parcels={parcels} listFull={shipments.length >= LISTED} unprintedTotal={options.unprintedLabels} />
      <PickupForm shopId={shopId} locale={locale} options={options} />
      <PickupList locale={locale} pickups={pickups} timeZone={timeZone} />
    </div>
  );
}
