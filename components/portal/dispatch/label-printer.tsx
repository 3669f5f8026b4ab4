"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FormEvent } from "react";
import type { LabelFormat } from "@/lib/count-markers";
import { fetchLabels, type LabelSize } from "./fetch-labels";
import { BUTTON, OPTION } from "./styles";

export type Which = "unprinted" | "chosen";

type Status =
  | { kind: "idle" }
  | { kind: "working" }
  | { kind: "done"; count: number }
  | { kind: "error"; message: string };

interface Download {
  url: string;
  filename: string;
}

function save({ url, filename }: Download) {
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.rel = "noopener";
  document.body.append(a);
  a.click();
  a.remove();
}

interface Props {
  shopId: string;
  locale: string;
  /** how many of the shop's parcels have no printed label yet (all of them, not only those listed) */
  unprinted: number;
  chosen: string[];
  which: Which;
  onWhich: (which: Which) => void;
}

/**
 * Prints a batch of labels: asks for the file, counts the finished labels in
 * the bytes as they arrive (a large batch takes a while on a village line),
 * then saves it. "Download again" keeps the file at hand for a paper jam.
 */
export function LabelPrinter({ shopId, locale, unprinted, chosen, which, onWhich }: Props) {
  const t = useTranslations("dispatch.print");
  const router = useRouter();
  const [format, setFormat] = useState<LabelFormat>("pdf");
  const [size, setSize] = useState<LabelSize>("a6");
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [progress, setProgress] = useState<{ done: number; total: number | null } | null>(null);
  const [download, setDownload] = useState<Download | null>(null);
  const busy = useRef(false);
  const abort = useRef<AbortController | null>(null);

  // leaving the page stops a download under way
  useEffect(() => () => abort.current?.abort(), []);
  // the file is let go when a new one replaces it, or when the page is left
  useEffect(() => (download ? () => URL.revokeObjectURL(download.url) : undefined), [download]);

  async function print(event: FormEvent) {
    event.preventDefault();
    if (busy.current) return;
    if (which === "chosen" && chosen.length === 0) {
      setStatus({ kind: "error", message: t("nothingChosen") });
      return;
    }
    busy.current = true;
    const controller = new AbortController();
    abort.current = controller;
    setStatus({ kind: "working" });
    setProgress({ done: 0, total: null });
    try {
      const result = await fetchLabels(
        { shopId, locale, format, size, selection: which === "unprinted" ? { select: "unprinted" } : { shipmentIds: chosen } },
        (done, total) => setProgress({ done, total }),
        controller.signal,
      );
      if (!result.ok) {
        if (result.reason === "aborted") return;
        setProgress(null);
        const message = result.reason === "connection" ? t("connectionLost") : (result.message ?? t("failed"));
        setStatus({ kind: "error", message });
        return;
      }
      const file = { url: URL.createObjectURL(result.blob), filename: result.filename };
      setDownload(file);
      setStatus({ kind: "done", count: result.count });
      save(file);
      // the parcels now show "label printed", and the unprinted count drops
      router.refresh();
    } finally {
      busy.current = false;
    }
  }

  const working = status.kind === "working";
  return (
    <form onSubmit={print} className="flex flex-col gap-4 rounded-xl border border-stone-200 bg-white p-4" aria-labelledby="print-title" data-testid="label-printer">
      <h2 id="print-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <fieldset className="flex flex-col gap-2" disabled={working}>
        <legend className="mb-1 font-medium">{t("which")}</legend>
        <label className={OPTION}>
          <input type="radio" name="which" value="unprinted" checked={which === "unprinted"} onChange={() => onWhich("unprinted")} className="size-5" />
          <span data-testid="which-unprinted">{t("unprinted", { count: unprinted })}</span>
        </label>
        <label className={OPTION}>
          <input type="radio" name="which" value="chosen" checked={which === "chosen"} onChange={() => onWhich("chosen")} className="size-5" />
          <span>{t("chosen", { count: chosen.length })}</span>
        </label>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <fieldset className="flex flex-col gap-2" disabled={working}>
          <legend className="mb-1 font-medium">{t("format")}</legend>
          {(["pdf", "zpl"] as const).map((f) => (
            <label key={f} className={OPTION}>
              <input type="radio" name="format" value={f} checked={format === f} onChange={() => setFormat(f)} className="size-5" />
              {t(f)}
            </label>
          ))}
        </fieldset>
        <fieldset className="flex flex-col gap-2" disabled={working}>
          <legend className="mb-1 font-medium">{t("size")}</legend>
          {(["a6", "4x6"] as const).map((s) => (
            <label key={s} className={OPTION}>
              <input type="radio" name="size" value={s} checked={size === s} onChange={() => setSize(s)} className="size-5" />
              {t(s)}
            </label>
          ))}
        </fieldset>
      </div>
      <button type="submit" disabled={working} className={`${BUTTON} self-start`} data-testid="print-labels">
        {working ? t("working") : t("submit")}
      </button>
      {progress && (
        <div className="flex flex-col gap-1">
          {progress.total === null ? (
            <progress aria-label={t("progressLabel")} className="h-3 w-full" data-testid="label-progress" />
          ) : (
            <progress aria-label={t("progressLabel")} max={Math.max(progress.total, 1)} value={Math.min(progress.done, progress.total)} className="h-3 w-full" data-testid="label-progress" />
          )}
          <p className="text-sm text-stone-700" aria-live="polite" data-testid="label-progress-text">
            {progress.total === null ? t("progressUnknown", { done: progress.done }) : t("progress", { done: Math.min(progress.done, progress.total), total: progress.total })}
          </p>
        </div>
      )}
      {status.kind === "done" && (
        <p role="status" className="text-sm text-leaf-700" data-testid="labels-ready">
          {t("done", { count: status.count })}
        </p>
      )}
      {status.kind === "error" && (
        <p role="alert" className="text-sm text-red-800" data-testid="labels-error">
          {status.message}
        </p>
      )}
      {download && !working && (
        <a href={download.url} download={download.filename} className="flex min-h-11 items-center self-start underline" data-testid="download-again">
          {t("downloadAgain")}
        </a>
      )}
    </form>
  );
}
