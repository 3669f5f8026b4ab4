import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format";
import type { Locale } from "@/lib/locales";
import { dayLabel, windowParts } from "./dates";
import { ManifestLinks } from "./manifest-links";

export interface PickupRow {
  id: string;
  kind: "collection" | "drop_off";
  date: string;
  timeWindow: string | null;
  servicePointName: string | null;
  status: "requested" | "collected" | "cancelled";
  manifestNumber: string;
  acceptedAt: Date | null;
  parcels: number;
}

/** The shop's booked hand-overs, newest first: when, where, how many parcels, whether the post has them yet. */
export async function PickupList({ locale, pickups, timeZone }: { locale: Locale; pickups: PickupRow[]; timeZone: string }) {
  const t = await getTranslations({ locale, namespace: "dispatch.pickups" });
  const tp = await getTranslations({ locale, namespace: "dispatch.pickup" });
  const td = await getTranslations({ locale, namespace: "dispatch" });
  return (
    <section className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4" aria-labelledby="pickups-title" data-testid="pickups">
      <h2 id="pickups-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {pickups.length === 0 ? (
        <p className="text-sm text-stone-600">{t("none")}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-stone-100">
          {pickups.map((p) => {
            const day = dayLabel(p.date, locale);
            return (
              <li key={p.id} className="flex flex-col gap-1 py-3 text-sm" data-testid="pickup">
                <p className="flex flex-wrap items-center gap-2">
                  <span className="text-base font-medium">{td("day", day)}</span>
                  <span
                    className={`rounded-full px-2 py-0.5 text-xs ${p.status === "collected" ? "bg-leaf-700/10 text-leaf-700" : p.status === "cancelled" ? "bg-stone-100 text-stone-600" : "bg-amber-100 text-amber-950"}`}
                    data-testid="pickup-status"
                  >
                    {t("status", { status: p.status })}
                  </span>
                </p>
                <p className="flex flex-wrap gap-x-3">
                  <span className="font-medium">{t("kind", { kind: p.kind })}</span>
                  <span>{p.kind === "collection" && p.timeWindow ? t("window", { window: td("windowRange", windowParts(p.timeWindow, locale)) }) : p.servicePointName}</span>
                  <span>{t("parcels", { count: p.parcels })}</span>
                </p>
                <p>
                  {tp("manifestNumber")}: <bdi className="font-mono">{p.manifestNumber}</bdi>
                </p>
                <p className="text-stone-600">{p.acceptedAt ? t("acceptedAt", { time: formatDateTime(p.acceptedAt, locale, timeZone) }) : t("notAccepted")}</p>
                <ManifestLinks manifestNumber={p.manifestNumber} locale={locale} pdf={tp("manifestPdf")} csv={tp("manifestCsv")} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
