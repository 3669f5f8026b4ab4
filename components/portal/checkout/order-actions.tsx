"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { describeError } from "@/components/portal/seller/error-text";
import type { Locale } from "@/lib/locales";
import { useTRPC } from "@/lib/trpc/client";
import { useHydrated } from "@/lib/use-hydrated";

/** Pay (again) for a card order, cancel before dispatch, and wait for Stripe's confirmation after paying. */
export function OrderActions({
  locale,
  number,
  token,
  canPay,
  canCancel,
  awaitingConfirmation,
}: {
  locale: Locale;
  number: string;
  token?: string;
  canPay: boolean;
  canCancel: boolean;
  awaitingConfirmation: boolean;
}) {
  const t = useTranslations("order");
  const offline = useTranslations("checkout")("offline");
  const trpc = useTRPC();
  const hydrated = useHydrated();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const ref = { number, locale, ...(token ? { token } : {}) };
  const pay = useMutation(
    trpc.shop.payOrder.mutationOptions({
      onSuccess: (result) => window.location.assign(result.paymentUrl),
      onError: (e) => setError(describeError(e, offline).message),
    }),
  );
  const cancel = useMutation(
    trpc.shop.cancelOrder.mutationOptions({ onSuccess: () => router.refresh(), onError: (e) => setError(describeError(e, offline).message) }),
  );

  // the webhook, not the redirect, confirms a payment: look again until it has arrived
  useEffect(() => {
    if (!awaitingConfirmation) return;
    const timer = window.setInterval(() => router.refresh(), 2000);
    return () => window.clearInterval(timer);
  }, [awaitingConfirmation, router]);

  return (
    <div className="flex flex-col gap-2">
      {awaitingConfirmation && (
        <p role="status" className="rounded-lg bg-amber-50 p-3 text-amber-900" data-testid="awaiting-payment">
          {t("waiting")}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        {canPay && (
          <button type="button" onClick={() => pay.mutate(ref)} disabled={!hydrated || pay.isPending} className="rounded-lg bg-saffron-700 px-4 py-3 font-semibold text-white" data-testid="pay-order">
            {t("pay")}
          </button>
        )}
        {canCancel && (
          <button
            type="button"
            onClick={() => window.confirm(t("confirmCancel")) && cancel.mutate(ref)}
            disabled={!hydrated || cancel.isPending}
            className="rounded-lg border border-red-300 bg-white px-4 py-3 text-red-800"
            data-testid="cancel-order"
          >
            {t("cancel")}
          </button>
        )}
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
