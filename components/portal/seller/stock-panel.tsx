"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { asciiDigits } from "@/lib/digits";
import { useTRPC } from "@/lib/trpc/client";
import { describeError } from "./error-text";

const REASONS = ["harvest", "recount", "damaged", "sold_offline", "returned", "other"] as const;

/** Adds or removes stock for one size, with a reason, and shows the history. */
function SizeStock({ shopId, variant }: { shopId: string; variant: { id: string; label: string; stock: number } }) {
  const t = useTranslations("seller.stock");
  const offline = useTranslations("seller.form")("offline");
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [delta, setDelta] = useState("");
  const [reason, setReason] = useState<(typeof REASONS)[number]>("harvest");
  const [error, setError] = useState<string | null>(null);
  const historyOptions = trpc.seller.stockHistory.queryOptions({ shopId, variantId: variant.id });
  const history = useQuery(historyOptions);
  const adjust = useMutation(
    trpc.seller.adjustStock.mutationOptions({
      onSuccess: () => {
        setDelta("");
        setError(null);
        void queryClient.invalidateQueries({ queryKey: historyOptions.queryKey });
        router.refresh();
      },
      onError: (e) => setError(describeError(e, offline).message),
    }),
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    const n = Number(asciiDigits(delta).replace("−", "-"));
    if (!Number.isInteger(n) || n === 0) return;
    adjust.mutate({ shopId, variantId: variant.id, delta: n, reason });
  }
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-stone-200 p-3" data-testid="stock-size">
      <span className="font-medium">{t("current", { label: variant.label, count: variant.stock })}</span>
      <form onSubmit={submit} className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col text-sm">
          {t("change")}
          <input value={delta} onChange={(e) => setDelta(e.target.value)} inputMode="numeric" className="w-28 rounded-lg border border-stone-300 px-3 py-2 text-base" />
        </label>
        <label className="flex flex-col text-sm">
          {t("reason")}
          <select value={reason} onChange={(e) => setReason(e.target.value as (typeof REASONS)[number])} className="rounded-lg border border-stone-300 px-3 py-2 text-base">
            {REASONS.map((r) => (
              <option key={r} value={r}>
                {t("reasons", { reason: r })}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={adjust.isPending} className="rounded-lg bg-stone-900 px-4 py-2 text-white disabled:opacity-60">
          {t("apply")}
        </button>
      </form>
      {error && (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      )}
      {history.data && history.data.length > 0 && (
        <details className="text-sm text-stone-600">
          <summary>{t("history")}</summary>
          <ul>
            {history.data.map((h) => (
              <li key={h.id}>
                <bdi>{h.delta > 0 ? `+${h.delta}` : h.delta}</bdi> → {h.stockAfter} · {t("reasons", { reason: h.reason })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

export function StockPanel({ shopId, variants }: { shopId: string; variants: { id: string; label: string; stock: number }[] }) {
  const t = useTranslations("seller.stock");
  return (
    <section className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4" aria-labelledby="stock-title">
      <h2 id="stock-title" className="font-semibold">
        {t("title")}
      </h2>
      <ul className="flex flex-col gap-2">
        {variants.map((v) => (
          <SizeStock key={v.id} shopId={shopId} variant={v} />
        ))}
      </ul>
    </section>
  );
}
