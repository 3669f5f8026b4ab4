"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "@/lib/trpc/client";
import { describeError } from "./error-text";

/** Pause, list again, or delete a product. */
export function ProductActions({ locale, shopId, productId, status }: { locale: string; shopId: string; productId: string; status: string }) {
  const t = useTranslations("seller.status_actions");
  const offline = useTranslations("seller.form")("offline");
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const onError = (e: unknown) => setError(describeError(e, offline).message);
  const setStatus = useMutation(trpc.seller.setProductStatus.mutationOptions({ onSuccess: () => router.refresh(), onError }));
  const remove = useMutation(
    trpc.seller.deleteProduct.mutationOptions({ onSuccess: () => router.push(`/${locale}/seller/${shopId}`), onError }),
  );
  return (
    <section className="flex flex-wrap gap-2">
      <button
        type="button"
        disabled={setStatus.isPending}
        onClick={() => setStatus.mutate({ shopId, productId, status: status === "paused" ? "active" : "paused" })}
        className="rounded-lg border border-stone-300 bg-white px-4 py-2"
      >
        {status === "paused" ? t("activate") : t("pause")}
      </button>
      <button
        type="button"
        disabled={remove.isPending}
        onClick={() => {
          if (window.confirm(t("confirmDelete"))) remove.mutate({ shopId, productId });
        }}
        className="rounded-lg border border-red-300 bg-white px-4 py-2 text-red-800"
      >
        {t("delete")}
      </button>
      {error && (
        <p role="alert" className="w-full text-sm text-red-800">
          {error}
        </p>
      )}
    </section>
  );
}
