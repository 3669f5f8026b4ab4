/** The manifest's address, as a document to download. */
export function manifestHref(manifestNumber: string, format: "pdf" | "csv", locale: string): string {
  return `/api/manifests/${encodeURIComponent(manifestNumber)}?format=${format}&locale=${locale}`;
}

/** Links to a manifest as PDF (to print and sign) and CSV (for a spreadsheet); usable on the server and in the browser. */
export function ManifestLinks({ manifestNumber, locale, pdf, csv }: { manifestNumber: string; locale: string; pdf: string; csv: string }) {
  const links = [
    { format: "pdf", label: pdf },
    { format: "csv", label: csv },
  ] as const;
  return (
    <span className="flex flex-wrap gap-2">
      {links.map(({ format, label }) => (
        <a
          key={format}
          href={manifestHref(manifestNumber, format, locale)}
          download
          className="flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm underline"
          data-testid={`manifest-${format}`}
        >
          {label}
        </a>
      ))}
    </span>
  );
}
