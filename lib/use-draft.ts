"use client";

import { useCallback, useEffect, useState } from "react";

/**
 * Form state that survives a failed submit, a dropped connection or a closed
 * tab: kept in localStorage under `key` until `clear()` (after a successful save).
 */
export function useDraft<T>(key: string, initial: T): { value: T; set: (next: T | ((prev: T) => T)) => void; clear: () => void } {
  const storageKey = `villagepost:draft:${key}`;
  const [value, setValue] = useState<T>(initial);

  // restore after hydration, so server and first client render agree
  useEffect(() => {
    try {
      const saved = window.localStorage.getItem(storageKey);
      // eslint-disable-next-line react-hooks/set-state-in-effect -- one-time restore of a saved draft
      if (saved) setValue(JSON.parse(saved) as T);
    } catch {
      // storage unavailable or a draft from an older form: start fresh
    }
  }, [storageKey]);

  const set = useCallback(
    (next: T | ((prev: T) => T)) => {
      setValue((prev) => {
        const resolved = typeof next === "function" ? (next as (prev: T) => T)(prev) : next;
        try {
          window.localStorage.setItem(storageKey, JSON.stringify(resolved));
        } catch {
          // storage full or disabled: the form still works, only without the safety net
        }
        return resolved;
      });
    },
    [storageKey],
  );

  const clear = useCallback(() => {
    try {
      window.localStorage.removeItem(storageKey);
    } catch {
      // nothing to clear
    }
  }, [storageKey]);

  return { value, set, clear };
}
