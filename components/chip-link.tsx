import type { ReactNode } from "react";
import { StoreLink } from "./store-link";

/** A rounded link to a region or speciality. */
export function ChipLink({ href, children, testId }: { href: string; children: ReactNode; testId?: string }) {
  return (
    <StoreLink
      href={href}
      className="inline-block rounded-full border border-stone-300 bg-white px-4 py-2 text-sm hover:border-saffron-600"
      data-testid={testId}
    >
      {children}
    </StoreLink>
  );
}
