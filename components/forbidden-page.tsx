import { StoreLink } from "./store-link";

/** What a page the person's role does not allow shows (its status is 403): what the page is for, and a way back. */
export function ForbiddenPage({ title, text, home }: { title: string; text: string; home: string }) {
  return (
    <div className="mx-auto flex max-w-md flex-col gap-4 py-12 text-center" data-testid="forbidden">
      <h1 className="text-2xl font-bold text-stone-900">{title}</h1>
      <p className="text-stone-700">{text}</p>
      <StoreLink href="/" className="inline-flex min-h-12 items-center justify-center self-center rounded-lg bg-saffron-700 px-5 py-2 font-medium text-white">
        {home}
      </StoreLink>
    </div>
  );
}
