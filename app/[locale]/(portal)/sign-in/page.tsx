import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { nextPath } from "@/components/portal/account/next-path";
import { pageLocale } from "@/lib/route-params";
import { SignInForm } from "./sign-in-form";

interface SignInPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ next?: string | string[] }>;
}

export async function generateMetadata({ params }: Pick<SignInPageProps, "params">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "account.signIn" });
  return { title: t("title"), robots: { index: false } };
}

/** Sign-in by SMS code (or email); afterwards back to the page that asked, else the seller portal. */
export default async function SignInPage({ params, searchParams }: SignInPageProps) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "account.signIn" });
  const destination = nextPath((await searchParams).next, locale);
  return (
    <div className="mx-auto flex w-full max-w-md flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold text-stone-900">{t("title")}</h1>
        <p className="mt-2 text-stone-700">{t("intro")}</p>
      </div>
      <SignInForm locale={locale} destination={destination} />
    </div>
  );
}
