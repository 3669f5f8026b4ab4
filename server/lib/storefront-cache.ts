import { revalidatePath } from "next/cache";

/**
 * Drops the cached storefront pages after a seller or admin changes what is
 * listed, so shoppers see it on their next visit. Outside a Next.js request
 * (tests, command-line scripts) there is no page cache to drop.
 */
export function refreshStorefront(): void {
  try {
    revalidatePath("/", "layout");
  } catch {
    // no Next.js request context: nothing is cached in this process
  }
}
