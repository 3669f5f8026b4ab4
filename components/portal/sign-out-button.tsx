"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/lib/trpc/client";

/** Ends the session on the server, then returns to the storefront. */
export function SignOutButton({ locale }: { locale: string }) {
  const t = useTranslations("seller");
  const trpc = useTRPC();
  const router = useRouter();
  const signOut = useMutation(
    trpc.auth.signOut.mutationOptions({
      onSuccess: () => {
        router.replace(`/${locale}`);
        router.refresh();
      },
    }),
  );
  return (
    <button type="button" onClick={() => signOut.mutate()} disabled={signOut.isPending} className="inline-flex min-h-11 items-center text-sm underline">
      {t("signOut")}
    </button>
  );
}
