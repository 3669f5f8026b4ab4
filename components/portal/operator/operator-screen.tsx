"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRef, useState, useSyncExternalStore, type FormEvent } from "react";
import { describeError } from "@/components/portal/seller/error-text";
import type { Locale } from "@/lib/locales";
import { useTRPC } from "@/lib/trpc/client";
import { CameraScanner } from "./camera-scanner";
import { codeFromInput, isMistypedTrackingNumber } from "./codes";
import { ManifestCard } from "./manifest-card";
import { ParcelCard } from "./parcel-card";
import { PickupsList } from "./pickups-list";

function subscribeOnline(onChange: () => void) {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}

/** Whether the phone has a connection (assumed so while rendered on the server). */
function useOnline(): boolean {
  return useSyncExternalStore(subscribeOnline, () => navigator.onLine, () => true);
}

/**
 * The postal staff screen: a code scanned with the camera or typed opens the
 * parcel (to record what happened) or the manifest (to take its parcels);
 * below, the day's pickups and drop-offs.
 */
export function OperatorScreen({ locale }: { locale: Locale }) {
  const t = useTranslations("operator");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const online = useOnline();
  const [typed, setTyped] = useState("");
  const [code, setCode] = useState<string | null>(null);
  const [mistyped, setMistyped] = useState<string | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const lookUp = useQuery({
    ...trpc.fulfilment.lookUp.queryOptions({ code: code ?? "", locale }),
    enabled: code !== null,
    retry: false,
    staleTime: 0,
  });

  function open(raw: string) {
    const next = codeFromInput(raw);
    if (!next) return;
    setTyped(next);
    if (isMistypedTrackingNumber(next)) {
      setMistyped(next);
      setCode(null);
      return;
    }
    setMistyped(null);
    if (next === code) void lookUp.refetch();
    else setCode(next);
    resultRef.current?.scrollIntoView({ block: "start", behavior: "smooth" });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    open(typed);
  }

  function refresh() {
    void lookUp.refetch();
    void queryClient.invalidateQueries(trpc.fulfilment.pickupsForDay.queryFilter());
  }

  const result = code !== null ? lookUp.data : undefined;

  return (
    <div className="flex flex-col gap-4">
      {!online && (
        <p role="alert" className="rounded-lg bg-red-50 p-3 font-semibold text-red-900" data-testid="offline">
          {t("offlineBanner")}
        </p>
      )}
      <section className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4">
        <p className="text-stone-700">{t("intro")}</p>
        <form onSubmit={submit} className="flex flex-col gap-2">
          <label htmlFor="operator-code" className="font-medium">
            {t("scan.codeLabel")}
          </label>
          <div className="flex gap-2">
            <input
              id="operator-code"
              name="code"
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              inputMode="text"
              autoCapitalize="characters"
              autoComplete="off"
              autoCorrect="off"
              spellCheck={false}
              enterKeyHint="search"
              dir="ltr"
              placeholder="CP000000000IR"
              className="min-h-12 min-w-0 flex-1 rounded-lg border border-stone-300 px-3 py-2 font-mono text-lg uppercase"
              data-testid="code-input"
            />
            <button type="submit" className="min-h-12 rounded-lg bg-saffron-700 px-4 py-2 font-semibold text-white" data-testid="look-up">
              {t("scan.lookUp")}
            </button>
          </div>
        </form>
        <CameraScanner onCode={open} />
      </section>

      <div ref={resultRef} className="flex scroll-mt-4 flex-col gap-4">
        {mistyped && (
          <p role="alert" className="rounded-lg bg-red-50 p-3 font-medium text-red-900" data-testid="lookup-error">
            {t("scan.checkDigit", { value: mistyped })}
          </p>
        )}
        {code !== null && lookUp.isFetching && !result && (
          <p role="status" className="text-stone-600">
            {t("scan.loading")}
          </p>
        )}
        {code !== null && lookUp.error && (
          <p role="alert" className="rounded-lg bg-red-50 p-3 font-medium text-red-900" data-testid="lookup-error">
            {describeError(lookUp.error, t("errors.offline")).message}
          </p>
        )}
        {result?.kind === "parcel" && <ParcelCard key={result.trackingNumber} parcel={result} locale={locale} onRecorded={refresh} />}
        {result?.kind === "manifest" && <ManifestCard key={result.number} manifest={result} locale={locale} onAccepted={refresh} />}
      </div>

      <PickupsList locale={locale} onOpenManifest={open} />
    </div>
  );
}
