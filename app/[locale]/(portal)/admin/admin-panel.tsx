"use client";

import { PhoneInput } from "@/components/portal/account/phone-input";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { LocalizedText } from "@/components/localized-text";
import { CountrySelect } from "@/components/portal/account/country-select";
import { fieldError } from "@/components/portal/account/errors";
import {
  ErrorAlert,
  Field,
  inputClass,
  primaryButton,
  secondaryButton,
  StatusNote,
  useErrorText,
} from "@/components/portal/account/form";
import { defaultRegion, internationalPhone, ltr, regionOfPhone, type MarketRegion } from "@/components/portal/account/phone";
import { usePhoneCountries } from "@/components/portal/account/phone-countries";
import type { Locale } from "@/lib/locales";
import { useTRPC } from "@/lib/trpc/client";
import type { AppRouter } from "@/server/trpc/root";

type Shop = inferRouterOutputs<AppRouter>["admin"]["shops"][number];
type Decision = "approve" | "reject" | "suspend" | "reinstate";
type Role = "shopper" | "agent" | "operator" | "admin";

const ROLES: Role[] = ["shopper", "agent", "operator", "admin"];

/** What an admin may do from each status (the server enforces the same). */
const DECISIONS: Record<Shop["status"], Decision[]> = {
  pending: ["approve", "reject"],
  rejected: ["approve"],
  approved: ["suspend"],
  suspended: ["reinstate"],
};

const BADGE: Record<Shop["status"], string> = {
  pending: "bg-amber-100 text-amber-900",
  approved: "bg-green-100 text-green-900",
  rejected: "bg-stone-200 text-stone-800",
  suspended: "bg-red-100 text-red-900",
};

/** The admin screen: shops to review (pending first), then the roles form. */
export function AdminPanel({ locale }: { locale: Locale }) {
  const t = useTranslations("admin");
  const tc = useTranslations("account.common");
  const errorText = useErrorText();
  const trpc = useTRPC();
  const shops = useQuery(trpc.admin.shops.queryOptions({ locale }));
  const pendingCount = shops.data?.filter((s) => s.status === "pending").length ?? 0;

  return (
    <div className="flex flex-col gap-10">
      <section aria-labelledby="admin-shops-title" className="flex flex-col gap-4">
        <h2 id="admin-shops-title" className="text-xl font-semibold">
          {t("shopsTitle")}
        </h2>
        {shops.isPending && <p role="status">{tc("loading")}</p>}
        {shops.isError && (
          <div className="flex flex-col items-start gap-2">
            <ErrorAlert message={`${t("loadFailed")} ${errorText(shops.error) ?? ""}`.trim()} />
            <button type="button" onClick={() => void shops.refetch()} className={secondaryButton}>
              {tc("retry")}
            </button>
          </div>
        )}
        {shops.data && (
          <>
            <p className="text-stone-700">{t("pendingCount", { count: pendingCount })}</p>
            {shops.data.length === 0 ? (
              <p className="text-stone-600">{t("noShops")}</p>
            ) : (
              <ul className="flex flex-col gap-4">
                {shops.data.map((shop) => (
                  <ShopRow key={shop.id} shop={shop} locale={locale} />
                ))}
              </ul>
            )}
          </>
        )}
      </section>
      <RolesForm locale={locale} />
    </div>
  );
}

function useInvalidateShops() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.admin.shops.queryKey() });
}

function ShopRow({ shop, locale }: { shop: Shop; locale: Locale }) {
  const t = useTranslations("admin");
  const errorText = useErrorText();
  const trpc = useTRPC();
  const invalidate = useInvalidateShops();
  const nameId = useId();
  const [asking, setAsking] = useState<"reject" | "suspend" | null>(null);
  const [reason, setReason] = useState("");
  const [done, setDone] = useState<string | null>(null);

  const decide = useMutation(
    trpc.admin.decideShop.mutationOptions({
      onSuccess: async (_result, input) => {
        setDone(t(`decided.${input.decision}`));
        setAsking(null);
        setReason("");
        await invalidate();
      },
    }),
  );

  const run = (decision: Decision) => {
    if (decide.isPending) return;
    setDone(null);
    decide.mutate({ shopId: shop.id, decision, ...(decision === "reject" || decision === "suspend" ? { reason: reason.trim() } : {}) });
  };

  const onReasonSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (asking) run(asking);
  };

  const owners = shop.owners.filter((o): o is string => Boolean(o));

  return (
    <li data-testid="shop-row">
      <article aria-labelledby={nameId} className="flex flex-col gap-4 rounded-lg border border-stone-200 bg-white p-4">
        <header className="flex flex-wrap items-start justify-between gap-2">
          <h3 id={nameId} className="text-lg font-semibold">
            <LocalizedText value={shop.name} pageLocale={locale} />
          </h3>
          <span className={`rounded-full px-3 py-1 text-sm font-medium ${BADGE[shop.status]}`} data-testid="shop-status">
            {t(`status.${shop.status}`)}
          </span>
        </header>

        <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="text-sm text-stone-500">{t("village")}</dt>
          <dd>
            <LocalizedText value={shop.village} pageLocale={locale} />
          </dd>
          <dt className="mt-2 text-sm text-stone-500 sm:mt-0">{t("phone")}</dt>
          <dd>
            <span dir="ltr">{shop.phone}</span>
          </dd>
          <dt className="mt-2 text-sm text-stone-500 sm:mt-0">{t("story")}</dt>
          <dd className="whitespace-pre-line">
            {shop.story.text ? <LocalizedText value={shop.story} pageLocale={locale} /> : <span className="text-stone-500">{t("none")}</span>}
          </dd>
          <dt className="mt-2 text-sm text-stone-500 sm:mt-0">{t("payout")}</dt>
          <dd>
            {shop.payout ? (
              <>
                {t(`payoutMethod.${shop.payout.method}`)} <span dir="ltr">{shop.payout.account}</span>
              </>
            ) : (
              <span className="text-stone-500">{t("none")}</span>
            )}
          </dd>
          <dt className="mt-2 text-sm text-stone-500 sm:mt-0">{t("owners")}</dt>
          <dd>
            {owners.length ? (
              <ul>
                {owners.map((phone) => (
                  <li key={phone} dir="ltr" className="text-start">
                    {phone}
                  </li>
                ))}
              </ul>
            ) : (
              <span className="text-stone-500">{t("none")}</span>
            )}
          </dd>
          <dt className="mt-2 text-sm text-stone-500 sm:mt-0">{t("agents")}</dt>
          <dd>
            {shop.agents.length ? (
              <ul>
                {shop.agents.map((agent) => (
                  <li key={agent}>
                    <bdi>{agent}</bdi>
                  </li>
                ))}
              </ul>
            ) : (
              <span className="text-stone-500">{t("none")}</span>
            )}
          </dd>
          {shop.decisionReason && (
            <>
              <dt className="mt-2 text-sm text-stone-500 sm:mt-0">{t("reason")}</dt>
              <dd className="whitespace-pre-line">{shop.decisionReason}</dd>
            </>
          )}
        </dl>

        {asking ? (
          <form onSubmit={onReasonSubmit} className="flex flex-col gap-3">
            <Field label={asking === "reject" ? t("rejectReason") : t("suspendReason")} error={fieldError(decide.error, "reason")}>
              {(control) => (
                <textarea
                  {...control}
                  name="reason"
                  required
                  rows={3}
                  maxLength={500}
                  // the field the admin just asked for by pressing Reject or Suspend
                  autoFocus
                  value={reason}
                  onChange={(event) => setReason(event.target.value)}
                  className={inputClass}
                />
              )}
            </Field>
            <ErrorAlert message={errorText(decide.error)} />
            <div className="flex flex-wrap gap-3">
              <button type="submit" disabled={decide.isPending} aria-describedby={nameId} className={primaryButton}>
                {decide.isPending ? t("working") : asking === "reject" ? t("confirmReject") : t("confirmSuspend")}
              </button>
              <button
                type="button"
                disabled={decide.isPending}
                onClick={() => {
                  setAsking(null);
                  decide.reset();
                }}
                className={secondaryButton}
              >
                {t("cancel")}
              </button>
            </div>
          </form>
        ) : (
          <div className="flex flex-col gap-3">
            <ErrorAlert message={errorText(decide.error)} />
            <StatusNote message={done} />
            <div className="flex flex-wrap gap-3">
              {DECISIONS[shop.status].map((decision) =>
                decision === "reject" || decision === "suspend" ? (
                  <button
                    key={decision}
                    type="button"
                    data-testid={decision}
                    disabled={decide.isPending}
                    aria-describedby={nameId}
                    onClick={() => {
                      decide.reset();
                      setDone(null);
                      setAsking(decision);
                    }}
                    className={secondaryButton}
                  >
                    {t(decision)}
                  </button>
                ) : (
                  <button
                    key={decision}
                    type="button"
                    data-testid={decision}
                    disabled={decide.isPending}
                    aria-describedby={nameId}
                    onClick={() => run(decision)}
                    className={primaryButton}
                  >
                    {decide.isPending ? t("working") : t(decision)}
                  </button>
                ),
              )}
            </div>
          </div>
        )}

        <AgentForm shop={shop} locale={locale} nameId={nameId} />
      </article>
    </li>
  );
}

/** Links or unlinks a village agent (found by the phone they signed in with) to one shop. */
function AgentForm({ shop, locale, nameId }: { shop: Shop; locale: Locale; nameId: string }) {
  const t = useTranslations("admin");
  const errorText = useErrorText();
  const trpc = useTRPC();
  const invalidate = useInvalidateShops();
  const [phone, setPhone] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const countries = usePhoneCountries();
  const region: MarketRegion = regionOfPhone(shop.phone, countries) ?? defaultRegion(locale, countries);

  const onSuccess = (message: string) => async () => {
    setDone(message);
    setPhone("");
    await invalidate();
  };
  const link = useMutation(trpc.admin.linkAgent.mutationOptions({ onSuccess: onSuccess(t("agentLinked")) }));
  const unlink = useMutation(trpc.admin.unlinkAgent.mutationOptions({ onSuccess: onSuccess(t("agentUnlinked")) }));
  const busy = link.isPending || unlink.isPending;
  const last = link.error ?? unlink.error;

  const send = (action: typeof link | typeof unlink) => {
    if (busy) return;
    setDone(null);
    link.reset();
    unlink.reset();
    action.mutate({ shopId: shop.id, agentPhone: internationalPhone(phone, countries.find((c) => c.region === region)) });
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    send(link);
  };

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3 border-t border-stone-200 pt-4" aria-describedby={nameId}>
      <Field label={t("agentPhone")} hint={t("agentHint")} error={fieldError(last, "agentPhone")}>
        {(control) => (
          <PhoneInput
            {...control}
            name="agentPhone"
            data-testid="agent-phone"
            autoComplete="off"
            value={phone}
            onValue={(value) => setPhone(value)}
          />
        )}
      </Field>
      <ErrorAlert message={errorText(last)} />
      <StatusNote message={done} />
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={busy} aria-describedby={nameId} className={secondaryButton} data-testid="link-agent">
          {link.isPending ? t("working") : t("linkAgent")}
        </button>
        <button
          type="button"
          disabled={busy}
          aria-describedby={nameId}
          onClick={(event) => {
            if (event.currentTarget.form?.reportValidity()) send(unlink);
          }}
          className={secondaryButton}
        >
          {unlink.isPending ? t("working") : t("unlinkAgent")}
        </button>
      </div>
    </form>
  );
}

/** Gives a person (found by the phone they signed in with) a role. */
function RolesForm({ locale }: { locale: Locale }) {
  const t = useTranslations("admin");
  const tc = useTranslations("account.common");
  const errorText = useErrorText();
  const trpc = useTRPC();
  const invalidate = useInvalidateShops();
  const countries = usePhoneCountries();
  const [region, setRegion] = useState<MarketRegion>(defaultRegion(locale, countries));
  const [phone, setPhone] = useState("");
  const [role, setRole] = useState<Role>("agent");
  const [done, setDone] = useState<string | null>(null);

  const setUserRole = useMutation(
    trpc.admin.setRole.mutationOptions({
      onSuccess: async (_result, input) => {
        setDone(t("roleSet", { phone: ltr(input.phone), role: t(`roles.${input.role}`) }));
        setPhone("");
        await invalidate();
      },
    }),
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (setUserRole.isPending) return;
    setDone(null);
    setUserRole.mutate({ phone: internationalPhone(phone, countries.find((c) => c.region === region)), role });
  };

  return (
    <section aria-labelledby="admin-roles-title" className="flex flex-col gap-4">
      <h2 id="admin-roles-title" className="text-xl font-semibold">
        {t("rolesTitle")}
      </h2>
      <p className="text-stone-700">{t("rolesIntro")}</p>
      <form onSubmit={onSubmit} className="flex max-w-md flex-col gap-4 rounded-lg border border-stone-200 bg-white p-4">
        <Field label={tc("country")}>
          {(control) => <CountrySelect {...control} value={region} onChange={setRegion} disabled={setUserRole.isPending} />}
        </Field>
        <Field label={t("rolePhone")} error={fieldError(setUserRole.error, "phone")}>
          {(control) => (
            <PhoneInput
              {...control}
              name="phone"
              autoComplete="off"
              value={phone}
              onValue={(value) => setPhone(value)}
            />
          )}
        </Field>
        <Field label={t("role")} error={fieldError(setUserRole.error, "role")}>
          {(control) => (
            <select
              {...control}
              name="role"
              value={role}
              onChange={(event) => setRole(ROLES.find((r) => r === event.target.value) ?? "shopper")}
              className={inputClass}
            >
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`roles.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <ErrorAlert message={errorText(setUserRole.error)} />
        <StatusNote message={done} />
        <button type="submit" disabled={setUserRole.isPending} className={primaryButton}>
          {setUserRole.isPending ? t("working") : t("setRole")}
        </button>
      </form>
    </section>
  );
}
