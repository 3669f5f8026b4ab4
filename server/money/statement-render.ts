/**
 * A shop's monthly statement as CSV (UTF-8 with BOM, amounts in the
 * currency's major unit) and as an A4 PDF drawn with the label fonts, in the
 * seller's language and calendar.
 */
import { createTranslator } from "use-intl/core";
import { formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/locales";
import { loadMessages } from "@/lib/messages";
import { isolateLtr } from "../fulfilment/labels/bidi";
import { csvField, money, plainAmount } from "../fulfilment/labels/manifest-data";
import { pdfStream } from "../fulfilment/labels/stream";
import { textLine, type Align } from "../fulfilment/labels/text";
import type { Statement, StatementRow } from "./statement";

function words(locale: Locale) {
  return createTranslator({ locale, messages: loadMessages(locale), namespace: "finance" });
}

/** A date as the seller reads it, in the market's zone (Jalali for Persian). */
export function statementDate(date: Date, locale: Locale, timeZone: string): string {
  const tag = locale === "fa" ? "fa-IR-u-ca-persian" : locale === "zh" ? "zh-CN" : locale === "vi" ? "vi-VN" : "en-GB";
  return new Intl.DateTimeFormat(tag, { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}

export function statementFileName(statement: Statement, format: "pdf" | "csv"): string {
  return `statement-${statement.period.year}-${String(statement.period.month).padStart(2, "0")}.${format}`;
}

export function statementCsv(statement: Statement): string {
  const t = words(statement.locale);
  const { currency, locale, timeZone } = statement;
  const amount = (minor: number | null) => (minor === null ? "" : plainAmount(minor, currency));
  const lines = [
    [csvField(t("statement.title")), csvField(statement.label)],
    [csvField(t("statement.shop")), csvField(statement.shopName)],
    [csvField(t("statement.currency")), currency],
    [],
    [t("date"), t("statement.event"), t("order"), t("product"), t("gross"), t("commission"), t("statement.pendingChange"), t("statement.availableChange")].map((v) => csvField(v)),
    [csvField(t("statement.opening")), "", "", "", "", "", amount(statement.opening.pendingMinor), amount(statement.opening.availableMinor)],
    ...statement.rows.map((r) => [
      csvField(statementDate(r.at, locale, timeZone)),
      csvField(t(`kinds.${r.kind}`)),
      csvField(r.orderNumber ?? ""),
      csvField(r.product ?? ""),
      amount(r.grossMinor),
      amount(r.commissionMinor),
      amount(r.pendingMinor),
      amount(r.availableMinor),
    ]),
    [csvField(t("statement.totals")), "", "", "", amount(statement.totals.grossMinor), amount(statement.totals.commissionMinor), amount(statement.totals.pendingMinor), amount(statement.totals.availableMinor)],
    [csvField(t("statement.closing")), "", "", "", "", "", amount(statement.closing.pendingMinor), amount(statement.closing.availableMinor)],
  ];
  return `\uFEFF${lines.map((l) => l.join(",")).join("\r\n")}\r\n`;
}

const A4 = { width: 595.28, height: 841.89 };
const M = 36;
const ROW = 15;
const FIRST_TOP = 150;
const OTHER_TOP = 60;
type Column = { key: keyof Cells; width: number; align: Align };
type Cells = { date: string; event: string; order: string; product: string; gross: string; commission: string; pending: string; available: string };
const COLUMNS: Column[] = [
  { key: "date", width: 56, align: "start" },
  { key: "event", width: 78, align: "start" },
  { key: "order", width: 72, align: "start" },
  { key: "product", width: 97, align: "start" },
  { key: "gross", width: 56, align: "end" },
  { key: "commission", width: 52, align: "end" },
  { key: "pending", width: 56, align: "end" },
  { key: "available", width: 56, align: "end" },
];

/** Rows per page: the first page has the header block. */
export function statementPages(rowCount: number): number[] {
  const capacity = (first: boolean) => Math.floor((A4.height - 2 * M - 90 - (first ? FIRST_TOP : OTHER_TOP)) / ROW);
  const pages: number[] = [];
  let left = rowCount;
  do {
    const take = Math.min(left, capacity(pages.length === 0));
    pages.push(take);
    left -= take;
  } while (left > 0);
  return pages;
}

export function statementPdfStream(statement: Statement): ReadableStream<Uint8Array> {
  const t = words(statement.locale);
  const { locale, currency, timeZone } = statement;
  const rtl = locale === "fa";
  const family = rtl ? ("vazirmatn" as const) : ("notoSansSc" as const);
  const width = A4.width - 2 * M;
  const cash = (minor: number | null) => (minor === null ? "" : money(minor, currency, locale));
  const ltr = (text: string) => (rtl ? isolateLtr(text) : text);
  const pages = statementPages(statement.rows.length);
  let pageIndex = 0;
  let firstRow = 0;
  return pdfStream({ Title: `${t("statement.title")} ${statement.label}`, Producer: "Villagepost", Creator: "Villagepost" }, (canvas) => {
    if (pageIndex >= pages.length) return false;
    canvas.page(A4.width, A4.height);
    canvas.fillColor(0);
    const x = (offset: number, w: number) => (rtl ? M + width - offset - w : M + offset);
    const text = (value: string, baseline: number, size: number, o: { offset?: number; width?: number; align?: Align; bold?: boolean } = {}) =>
      textLine(canvas, value, { direction: rtl ? "rtl" : "ltr", family, weight: o.bold ? "bold" : "regular" }, { x: x(o.offset ?? 0, o.width ?? width), baseline, width: o.width ?? width, size, minSize: size * 0.7, align: o.align });
    let top = M + OTHER_TOP;
    text(`${t("statement.title")} — ${statement.label}`, M + 18, 16, { bold: true });
    if (pageIndex === 0) {
      text(`${t("statement.shop")}: ${statement.shopName}`, M + 44, 11, { bold: true });
      text(`${t("statement.generated")}: ${statementDate(statement.issuedAt, locale, timeZone)}`, M + 62, 9);
      text(`${t("statement.opening")} — ${t("pending")}: ${cash(statement.opening.pendingMinor)} · ${t("available")}: ${cash(statement.opening.availableMinor)}`, M + 90, 10, { bold: true });
      top = M + FIRST_TOP - 30;
    }
    const headers: Cells = { date: t("date"), event: t("statement.event"), order: t("order"), product: t("product"), gross: t("gross"), commission: t("commission"), pending: t("statement.pendingChange"), available: t("statement.availableChange") };
    const draw = (cells: Cells, baseline: number, bold = false) => {
      let offset = 0;
      for (const c of COLUMNS) {
        text(cells[c.key], baseline, 8, { offset: offset + 2, width: c.width - 4, align: c.align, bold });
        offset += c.width;
      }
    };
    draw(headers, top + 11, true);
    canvas.rect(M, top + ROW, width, 0.8);
    canvas.fill();
    const count = pages[pageIndex] ?? 0;
    for (let i = 0; i < count; i++) {
      const r: StatementRow | undefined = statement.rows[firstRow + i];
      if (!r) break;
      draw(
        {
          date: statementDate(r.at, locale, timeZone),
          event: t(`kinds.${r.kind}`),
          order: r.orderNumber ? ltr(r.orderNumber) : "",
          product: r.product ?? "",
          gross: cash(r.grossMinor),
          commission: cash(r.commissionMinor),
          pending: r.pendingMinor ? cash(r.pendingMinor) : "",
          available: r.availableMinor ? cash(r.availableMinor) : "",
        },
        top + ROW + 4 + i * ROW + 10,
      );
    }
    if (pageIndex === pages.length - 1) {
      let y = top + ROW + 4 + count * ROW + 24;
      canvas.rect(M, y - 14, width, 1);
      canvas.fill();
      draw({ date: t("statement.totals"), event: "", order: "", product: "", gross: cash(statement.totals.grossMinor), commission: cash(statement.totals.commissionMinor), pending: cash(statement.totals.pendingMinor), available: cash(statement.totals.availableMinor) }, y, true);
      y += 24;
      text(`${t("statement.closing")} — ${t("pending")}: ${cash(statement.closing.pendingMinor)} · ${t("available")}: ${cash(statement.closing.availableMinor)}`, y, 11, { bold: true });
    }
    text(`${t("statement.page")} ${formatNumber(pageIndex + 1, locale)} / ${formatNumber(pages.length, locale)}`, A4.height - M + 4, 8, { align: "center" });
    firstRow += count;
    pageIndex++;
    return true;
  });
}
