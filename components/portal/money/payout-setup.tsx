"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { ErrorAlert, primaryButton, useErrorText } from "@/components/portal/account/form";
import type { Locale } from "@/lib/locales";
import { useTRPC } from "@/lib/trpc/client";

type Status = "not_started" | "pending" | "enabled";

/** Card markets: where the shop stands with Stripe, and the button that sends the owner to Stripe's onboarding (an Express account link). */
export function PayoutSetup({ shopId, locale, status, issue, expired }: { shopId: string; locale: Locale; status: Status; issue: string | null; expired: boolean }) {
  const t = useTranslations("finance");
  const trpc = useTRPC();
  const errorText = useErrorText();
  const start = useMutation(trpc.money.seller.connectOnboarding.mutationOptions({ onSuccess: ({ url }) => window.location.assign(url) }));
  return (
    <div className="flex flex-col gap-2" data-testid="payout-setup" data-status={status}>
      <p className="text-sm text-stone-600">{t("connectHelp")}</p>
      <p className="font-medium" data-testid="connect-status">
        {t(`connectStatus.${status}`)}
      </p>
      {expired && status !== "enabled" && <p className="text-sm text-amber-800">{t("connectExpired")}</p>}
      {issue && (
        <p role="alert" className="rounded-lg bg-red-50 p-2 text-sm text-red-900">
          {t("connectIssue", { reason: issue })}
        </p>
      )}
      {status !== "enabled" && (
        <button type="button" className={primaryButton} disabled={start.isPending || start.isSuccess} onClick={() => start.mutate({ shopId, locale })} data-testid="connect-setup">
          {status === "not_started" ? t("connectSetup") : t("connectContinue")}
        </button>
      )}
      <ErrorAlert message={errorText(start.error)} />
    </div>
  );
}
