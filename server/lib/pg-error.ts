/** The SQLSTATE of a database error, looked for through the causes drivers and Drizzle wrap it in. */
export function pgErrorCode(error: unknown): string | null {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return null;
}

/** A row that would break an exclusion constraint (e.g. overlapping ranges). */
export const EXCLUSION_VIOLATION = "23P01";
