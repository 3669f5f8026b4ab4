import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { pageLocale } from "@/lib/route-params";
import { requireSession } from "@/server/trpc/server";
import { AdminPanel } from "./admin-panel";

interface AdminPageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: AdminPageProps): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "admin" });
  return { title: t("title"), robots: { index: false } };
}

/** Marketplace administration: shop reviews, roles and agents. Signed-in non-admins get a plain note. */
export default async function AdminPage({ params }: AdminPageProps) {
  const locale = await pageLocale(params);
  const { user } = await requireSession(locale, "/admin");
  const t = await getTranslations({ locale, namespace: "admin" });
  if (user.role !== "admin") {
    return (
      <div className="mx-auto flex max-w-md flex-col gap-4 py-8 text-center">
        <h1 className="text-2xl font-bold text-stone-900">{t("adminsOnly")}</h1>
        <p className="text-stone-700">{t("adminsOnlyText")}</p>
        <Link href="/" className="inline-flex min-h-12 items-center justify-center font-medium text-saffron-700 underline">
          {t("home")}
        </Link>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold text-stone-900">{t("title")}</h1>
      <AdminPanel locale={locale} />
    </div>
  );
}
