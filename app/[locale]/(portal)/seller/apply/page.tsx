import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { pageLocale } from "@/lib/route-params";
import { requireSession } from "@/server/trpc/server";
import { ApplyForm } from "./apply-form";

interface ApplyPageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: ApplyPageProps): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "account.apply" });
  return { title: t("title"), robots: { index: false } };
}

/** The shop application: a signed-in person asks to open a shop in their village. */
export default async function ApplyPage({ params }: ApplyPageProps) {
  const locale = await pageLocale(params);
  const { user } = await requireSession(locale, "/seller/apply");
  const t = await getTranslations({ locale, namespace: "account.apply" });
  // international form: the village chosen may be in another country than the page's language suggests
  const phone = user.phoneNumber ? (parsePhoneNumberFromString(user.phoneNumber)?.formatInternational() ?? user.phoneNumber) : "";
  return (
    <div className="mx-auto flex w-full max-w-xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold text-stone-900">{t("title")}</h1>
        <p className="mt-2 text-stone-700">{t("intro")}</p>
      </div>
      <ApplyForm locale={locale} defaultPhone={phone} />
    </div>
  );
}
