"use client";

import { useSyncExternalStore } from "react";
import { ERROR_TEXT_ID } from "@/components/error-text";

interface ErrorWords {
  title: string;
  text: string;
  retry: string;
}

const noSubscription = () => () => {};

/** The layout's translated words; null while rendering on the server. */
function readWords(): ErrorWords | null {
  const data = document.getElementById(ERROR_TEXT_ID)?.dataset;
  return data?.title && data.text && data.retry ? { title: data.title, text: data.text, retry: data.retry } : null;
}
let cached: ErrorWords | null = null;
const snapshot = () => (cached ??= readWords());

/** Shown when a page fails; the shopper can retry without losing their place. */
export default function PageError({ reset }: { error: Error; reset: () => void }) {
  const words = useSyncExternalStore(noSubscription, snapshot, () => null);
  return (
    <div className="py-12 text-center" role="alert">
      <h1 className="text-2xl font-bold">{words?.title}</h1>
      <p className="mt-3 text-stone-600">{words?.text}</p>
      <button type="button" onClick={reset} className="mt-6 rounded-lg bg-saffron-700 px-4 py-2 font-medium text-white">
        {words?.retry ?? "↻"}
      </button>
    </div>
  );
}
