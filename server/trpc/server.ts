import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { TRPCError } from "@trpc/server";
import type { Locale } from "@/lib/locales";
import { getDb } from "../db";
import { createCaller } from "./root";

/** The tRPC caller for Server Components: same procedures, no HTTP hop. One per request and locale. */
export const serverApi = cache(async (locale: Locale) => createCaller({ db: await getDb(), locale }));

/** Runs a query for a page; NOT_FOUND and bad input (a malformed slug in the URL) render the 404 page. */
export async function loadOr404<T>(query: Promise<T>): Promise<T> {
  try {
    return await query;
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
}
