"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent, type ReactNode } from "react";
import { ErrorAlert, primaryButton, StatusNote } from "@/components/portal/account/form";

/** What an upload answered, as the screen says it. */
export interface UploadOutcome {
  ok: boolean;
  text: string;
}

/**
 * A form that posts one spreadsheet (CSV or XLSX) as it is and says what came
 * of it: the answer's own words, or "connection lost" when the request never
 * came back, so a bad connection never leaves the button disabled.
 */
export function FileUploadForm({
  testId,
  help,
  label,
  controls,
  send,
}: {
  testId: string;
  help: string;
  label: string;
  /** choices sent with the file (a market), before it */
  controls?: ReactNode;
  send: (file: File) => Promise<UploadOutcome>;
}) {
  const t = useTranslations("finance.admin");
  const tc = useTranslations("account.common");
  const [result, setResult] = useState<UploadOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("file");
    if (busy || !(file instanceof File) || file.size === 0) return;
    setBusy(true);
    try {
      setResult(await send(file));
    } catch {
      setResult({ ok: false, text: tc("connectionLost") });
    } finally {
      setBusy(false);
    }
  }
  return (
    <form onSubmit={(event) => void submit(event)} className="flex flex-col gap-2" data-testid={testId}>
      <p className="text-sm text-stone-600">{help}</p>
      <div className="flex flex-wrap items-center gap-2">
        {controls}
        <input type="file" name="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" className="text-sm" aria-label={label} />
        <button type="submit" className={primaryButton} disabled={busy}>
          {t("uploadButton")}
        </button>
      </div>
      {result && (result.ok ? <StatusNote message={result.text} /> : <ErrorAlert message={result.text} />)}
    </form>
  );
}

/** Posts a file's bytes; the JSON answer, or null when the server answered something else (a proxy's page). */
export async function postFile<T>(url: string, file: File, headers: Record<string, string> = {}): Promise<{ ok: boolean; body: T | null }> {
  const response = await fetch(url, { method: "POST", body: file, headers: { "content-type": "application/octet-stream", ...headers } });
  const body = (await response.json().catch(() => null)) as T | null;
  return { ok: response.ok, body };
}
