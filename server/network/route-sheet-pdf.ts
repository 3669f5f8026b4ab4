/**
 * A postman's route sheet as an A4 PDF in the reader's language, drawn with
 * the label fonts and text layout (Persian shaped right to left, numbers kept
 * left to right): stops in round order, what to collect and deliver at each,
 * the cash per stop and the total to bring back.
 */
import { createTranslator } from "use-intl/core";
import { formatDate, formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/locales";
import { loadMessages } from "@/lib/messages";
import { isolateLtr } from "../fulfilment/labels/bidi";
import { printable } from "../fulfilment/labels/field-text";
import { money } from "../fulfilment/labels/manifest-data";
import { pdfStream } from "../fulfilment/labels/stream";
import { textLine } from "../fulfilment/labels/text";
import type { RouteSheet } from "./route-sheet";

const A4 = { width: 595.28, height: 841.89 };
const M = 36;
const TOP = 96;
const BOTTOM = A4.height - M - 24;

interface Line {
  text: string;
  size: number;
  bold?: boolean;
  /** space above the line */
  gap: number;
  indent?: number;
  rule?: boolean;
}

/** The sheet as lines of text in reading order. */
function sheetLines(sheet: RouteSheet, locale: Locale): Line[] {
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: "operator.routeSheet" });
  const ltr = (text: string) => (locale === "fa" ? isolateLtr(text) : text);
  const cash = (minor: number) => money(minor, sheet.currency, locale);
  const lines: Line[] = [];
  sheet.stops.forEach((stop, i) => {
    const postal = stop.postalCode ? ` (${ltr(stop.postalCode)})` : "";
    lines.push({ text: `${t("stop", { n: formatNumber(i + 1, locale) })} — ${printable(stop.village)}${postal}`, size: 12, bold: true, gap: 22, rule: true });
    lines.push({ text: stop.cashMinor > 0 ? t("cash", { amount: cash(stop.cashMinor) }) : t("noCash"), size: 10, bold: stop.cashMinor > 0, gap: 15 });
    if (stop.collections.length > 0) lines.push({ text: t("collections"), size: 10, bold: true, gap: 16 });
    for (const c of stop.collections) {
      const parts = [printable(c.shopName), ltr(printable(c.shopPhone)), c.timeWindow ? t("window", { window: ltr(printable(c.timeWindow)) }) : "", t("parcels", { count: c.parcels }), c.manifestNumber ? ltr(c.manifestNumber) : "", c.collected ? t("collected") : ""];
      lines.push({ text: parts.filter(Boolean).join(" · "), size: 9, gap: 13, indent: 12 });
    }
    if (stop.deliveries.length > 0) lines.push({ text: t("deliveries"), size: 10, bold: true, gap: 16 });
    for (const d of stop.deliveries) {
      const head = [ltr(d.trackingNumber), printable(d.recipientName), ltr(printable(d.recipientPhone)), d.codMinor > 0 ? cash(d.codMinor) : t("paid")];
      lines.push({ text: head.join(" · "), size: 9, bold: true, gap: 13, indent: 12 });
      const where = [printable(d.place), d.landmark ? printable(d.landmark) : "", d.redeliverySlot ? t("redelivery", { slot: ltr(d.redeliverySlot) }) : ""];
      lines.push({ text: where.filter(Boolean).join(" · "), size: 8.5, gap: 12, indent: 24 });
    }
  });
  if (sheet.stops.length === 0) lines.push({ text: t("empty"), size: 11, gap: 20 });
  lines.push({ text: t("totalCash", { amount: cash(sheet.totalCashMinor) }), size: 13, bold: true, gap: 30, rule: true });
  lines.push({ text: `${t("signature")}: ______________________`, size: 10, gap: 36 });
  return lines;
}

/** Lines per page, filling each page down to its bottom margin. */
export function routeSheetPages(lines: { gap: number }[]): number[] {
  const pages: number[] = [];
  let y = M + TOP;
  let count = 0;
  for (const line of lines) {
    if (count > 0 && y + line.gap > BOTTOM) {
      pages.push(count);
      y = M + TOP;
      count = 0;
    }
    y += line.gap;
    count++;
  }
  pages.push(count);
  return pages;
}

export function routeSheetFileName(sheet: RouteSheet): string {
  return `route-${sheet.counter.code}-${sheet.date}.pdf`.replace(/[^A-Za-z0-9._-]/g, "_");
}

/** The route sheet as an A4 PDF, a page at a time as the reader pulls. */
export function routeSheetPdfStream(sheet: RouteSheet, locale: Locale): ReadableStream<Uint8Array> {
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: "operator.routeSheet" });
  const rtl = locale === "fa";
  const family = rtl ? ("vazirmatn" as const) : ("notoSansSc" as const);
  const width = A4.width - 2 * M;
  const lines = sheetLines(sheet, locale);
  const pages = routeSheetPages(lines);
  const summary = t("summary", { stops: sheet.stops.length, parcels: sheet.parcelsOut, collections: sheet.collections });
  let pageIndex = 0;
  let first = 0;
  return pdfStream({ Title: `${t("title")} ${sheet.counter.code} ${sheet.date}`, Producer: "Villagepost", Creator: "Villagepost" }, (canvas) => {
    if (pageIndex >= pages.length) return false;
    canvas.page(A4.width, A4.height);
    canvas.fillColor(0);
    const text = (value: string, baseline: number, size: number, o: { indent?: number; bold?: boolean; align?: "start" | "center" } = {}) => {
      const w = width - (o.indent ?? 0);
      textLine(canvas, value, { direction: rtl ? "rtl" : "ltr", family, weight: o.bold ? "bold" : "regular" }, { x: rtl ? M : M + (o.indent ?? 0), baseline, width: w, size, minSize: size * 0.7, align: o.align });
    };
    text(`${t("title")} — ${printable(sheet.counter.name)}`, M + 18, 16, { bold: true });
    text(`${formatDate(sheet.date, locale)} · ${rtl ? isolateLtr(sheet.counter.code) : sheet.counter.code}`, M + 40, 10);
    text(summary, M + 58, 10);
    canvas.rect(M, M + 70, width, 1);
    canvas.fill();
    let y = M + TOP;
    const count = pages[pageIndex] ?? 0;
    for (let i = 0; i < count; i++) {
      const line = lines[first + i];
      if (!line) break;
      y += line.gap;
      if (line.rule && i > 0) {
        canvas.fillColor(0.7);
        canvas.rect(M, y - line.gap + 4, width, 0.4);
        canvas.fill();
        canvas.fillColor(0);
      }
      text(line.text, y, line.size, { indent: line.indent ?? 0, bold: line.bold ?? false });
    }
    text(`${t("page")} ${formatNumber(pageIndex + 1, locale)} / ${formatNumber(pages.length, locale)}`, A4.height - M + 4, 8, { align: "center" });
    first += count;
    pageIndex++;
    return true;
  });
}
