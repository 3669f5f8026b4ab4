"use client";

import Image from "next/image";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type ChangeEvent } from "react";

interface Photo {
  id: string;
  path: string;
}

/**
 * Photos straight from the phone camera. The server resizes and re-encodes
 * them; a refused file gets its reason in the seller's language.
 */
export function PhotoManager({ locale, shopId, productId, photos }: { locale: string; shopId: string; productId: string; photos: Photo[] }) {
  const t = useTranslations("seller.photos");
  const offline = useTranslations("seller.form")("offline");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function send(request: () => Promise<Response>) {
    setBusy(true);
    setError(null);
    try {
      const response = await request();
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        setError(body?.error?.message ?? offline);
      } else {
        router.refresh();
      }
    } catch {
      setError(offline);
    } finally {
      setBusy(false);
    }
  }

  function upload(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    const body = new FormData();
    body.set("shopId", shopId);
    body.set("productId", productId);
    body.set("photo", file);
    void send(() => fetch("/api/seller/photos", { method: "POST", body, headers: { "x-locale": locale } }));
  }

  return (
    <section className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4" aria-labelledby="photos-title">
      <h2 id="photos-title" className="font-semibold">
        {t("title")}
      </h2>
      {photos.length === 0 && <p className="text-sm text-stone-600">{t("none")}</p>}
      <ul className="grid grid-cols-3 gap-2">
        {photos.map((photo, index) => (
          <li key={photo.id} className="relative aspect-square overflow-hidden rounded-lg bg-stone-100" data-testid="seller-photo">
            <Image src={photo.path} alt="" fill sizes="120px" className="object-cover" />
            <button
              type="button"
              disabled={busy}
              onClick={() =>
                void send(() =>
                  fetch(`/api/seller/photos?shopId=${shopId}&imageId=${photo.id}`, { method: "DELETE", headers: { "x-locale": locale } }),
                )
              }
              className="absolute end-1 top-1 inline-flex size-8 items-center justify-center rounded-full bg-white/90 text-base"
              aria-label={t("remove", { n: index + 1 })}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <label className="inline-flex cursor-pointer self-start rounded-lg bg-stone-900 px-4 py-3 font-medium text-white has-disabled:opacity-60">
        {busy ? t("uploading") : t("add")}
        <input type="file" accept="image/*" capture="environment" onChange={upload} disabled={busy} className="sr-only" data-testid="photo-input" />
      </label>
      {error && (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-900" data-testid="photo-error">
          {error}
        </p>
      )}
    </section>
  );
}
