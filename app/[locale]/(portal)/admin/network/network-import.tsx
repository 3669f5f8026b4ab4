"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ErrorAlert, Field, inputClass, primaryButton, StatusNote } from "@/components/portal/account/form";
import type { Locale } from "@/lib/locales";

interface ImportAnswer {
  rows: number;
  inserted: number;
  updated: number;
  rejected: number;
  seconds: number;
  errors: { line: number; message: string }[];
}

const COLUMNS = {
  regions: "market,level,code,parent_code,postal_code,lat,lng,route_days,name_local,name_en,name_fa,name_zh,name_vi,valid_from[,replaces]",
  points: "market,code,type,region_code,postal_code,lat,lng,takes_cash,hours,closed_days,villages,name_local,name_en,name_fa,name_zh,name_vi,address_local",
};

/** Upload of a network file (regions or service points): all of it is imported, or the refused rows are listed by line with the reason. */
export function NetworkImport({ locale, kind = "regions" }: { locale: Locale; kind?: "regions" | "points" }) {
  const t = useTranslations("network.admin");
  const tp = useTranslations("network.points");
  const tc = useTranslations("account.common");
  const router = useRouter();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<ImportAnswer | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy || !file) return;
    setBusy(true);
    setAnswer(null);
    setFailure(null);
    try {
      const response = await fetch(`/api/admin/network/import${kind === "points" ? "?kind=points" : ""}`, {
        method: "POST",
        body: file,
        headers: { "x-locale": locale, "x-file-name": encodeURIComponent(file.name) },
      });
      const body = (await response.json()) as ImportAnswer | { error: { message: string } };
      if ("error" in body) setFailure(body.error.message);
      else {
        setAnswer(body);
        if (body.rejected === 0) {
          // the lists the screen holds (service points, staff's counters) show what was imported
          await queryClient.invalidateQueries();
          router.refresh();
        }
      }
    } catch {
      setFailure(tc("connectionLost"));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={`network-import-${kind}-title`} className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4" data-testid={`network-import-${kind}`}>
      <h2 id={`network-import-${kind}-title`} className="text-xl font-semibold">
        {kind === "points" ? tp("importTitle") : t("importTitle")}
      </h2>
      <p className="text-stone-700">{kind === "points" ? tp("importHelp") : t("importHelp")}</p>
      <p dir="ltr" className="overflow-x-auto rounded bg-stone-100 p-2 font-mono text-xs text-stone-800">
        {COLUMNS[kind]}
      </p>
      <form onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-3">
        <Field label={t("file")}>
          {(control) => (
            <input
              {...control}
              type="file"
              name="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              data-testid="network-file"
              className={inputClass}
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
          )}
        </Field>
        <button type="submit" className={primaryButton} disabled={busy || !file} data-testid="network-import-submit">
          {busy ? t("importing") : t("submit")}
        </button>
      </form>
      <ErrorAlert message={failure} />
      {answer && answer.rejected === 0 && (
        <div data-testid="network-import-result">
          <StatusNote message={t("done", { rows: answer.rows, inserted: answer.inserted, updated: answer.updated, seconds: answer.seconds })} />
        </div>
      )}
      {answer && answer.rejected > 0 && (
        <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-3 text-red-900" data-testid="network-import-errors">
          <p className="font-medium">{t("rejected", { rejected: answer.rejected })}</p>
          <ul className="mt-2 flex list-disc flex-col gap-1 ps-5">
            {answer.errors.map((e) => (
              <li key={e.line} data-testid="network-import-error" data-line={e.line}>
                <span className="font-medium">{t("line", { line: e.line })}</span>: {e.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
