"use client";

import { useTranslations } from "next-intl";
import { useId, type ReactNode } from "react";
import { errorMessage, type ServerErrorLike } from "./errors";

/** Inputs: 16 px text so phones do not zoom, 48 px tall for a thumb. */
export const inputClass =
  "block min-h-12 w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base text-stone-900 aria-invalid:border-red-700 disabled:bg-stone-100 disabled:text-stone-500";

export const primaryButton =
  "inline-flex min-h-12 w-full items-center justify-center rounded-lg bg-saffron-700 px-5 py-3 text-base font-medium text-white hover:bg-saffron-600 disabled:cursor-not-allowed disabled:opacity-60 sm:w-auto";

export const secondaryButton =
  "inline-flex min-h-12 items-center justify-center rounded-lg border border-stone-300 bg-white px-4 py-3 text-base font-medium text-stone-800 hover:bg-stone-100 disabled:cursor-not-allowed disabled:opacity-60";

export const linkButton =
  "inline-flex min-h-12 items-center text-base font-medium text-saffron-700 underline underline-offset-4 disabled:opacity-60";

/** Props a form control needs to be tied to its label, hint and error. */
export interface ControlProps {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

/**
 * A labelled form control with an optional hint and the server's error for
 * it; the control itself is rendered by `children` with the ids it needs.
 */
export function Field({
  label,
  hint,
  error,
  children,
}: {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium text-stone-900">
        {label}
      </label>
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
      {error && (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
      {hint && (
        <p id={hintId} className="text-sm text-stone-600">
          {hint}
        </p>
      )}
    </div>
  );
}

/** An error for the whole form, read out as soon as it appears. */
export function ErrorAlert({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded-lg border border-red-200 bg-red-50 p-3 text-red-900">
      {message}
    </p>
  );
}

/** A success note, read out politely. */
export function StatusNote({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p role="status" className="rounded-lg border border-green-200 bg-green-50 p-3 text-green-900">
      {message}
    </p>
  );
}

/** The text for a failed call: the server's message, or "connection lost" when nothing came back. */
export function useErrorText(): (error: ServerErrorLike | null | undefined) => string | null {
  const t = useTranslations("account.common");
  const connectionLost = t("connectionLost");
  return (error) => errorMessage(error, connectionLost);
}
