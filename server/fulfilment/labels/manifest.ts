/**
 * The dispatch manifest handed to the post with a batch of parcels: an A4 list
 * (number as Code 128, one row per parcel, totals, signatures of the seller and
 * the postal clerk), and the same list as CSV for spreadsheets.
 */
import { formatDate, formatDateTime, formatNumber, formatWeight } from "@/lib/format";
import { formatMoney } from "@/lib/money";
import { isolateLtr } from "./bidi";
import { code128Bars, drawCode128 } from "./barcode";
import type { Canvas } from "./canvas";
import type { Family, Weight } from "./fonts";
import { printable, type LabelLocale } from "./label-data";
import { pdfStream } from "./stream";
import { textLine, type Align } from "./text";

export interface ManifestShipment {
  trackingNumber: string;
  orderNumber: string;
  recipientName: string;
  destination: string;
  weightGrams: number;
  /** 0 without cash on delivery. */
  codAmountMinor: number;
  currency: string;
}

export interface ManifestData {
  /** e.g. MF-7K3Q-9XD2, printed as Code 128 */
  number: string;
  locale: LabelLocale;
  shop: { name: string; village: string; phone: string };
  handover: { kind: "collection" | "drop_off"; date: string /* ISO yyyy-mm-dd */; window?: string; servicePoint?: string };
  createdAt: Date;
  shipments: ManifestShipment[];
}

interface ManifestWords {
  title: string;
  shop: string;
  phone: string;
  collection: string;
  dropOff: string;
  window: string;
  servicePoint: string;
  created: string;
  index: string;
  tracking: string;
  order: string;
  recipient: string;
  destination: string;
  weight: string;
  cod: string;
  totals: string;
  parcels: string;
  totalWeight: string;
  codToCollect: string;
  seller: string;
  clerk: string;
  name: string;
  signature: string;
  date: string;
  page: string;
}

/** The printed words of a manifest in each language. */
export const MANIFEST_WORDS = {
  fa: {
    title: "صورت‌حساب تحویل مرسولات",
    shop: "فروشگاه",
    phone: "تلفن",
    collection: "جمع‌آوری از روستا",
    dropOff: "تحویل در باجه",
    window: "بازه زمانی",
    servicePoint: "باجه",
    created: "تاریخ صدور",
    index: "ردیف",
    tracking: "شماره رهگیری",
    order: "سفارش",
    recipient: "گیرنده",
    destination: "مقصد",
    weight: "وزن",
    cod: "پرداخت در محل",
    totals: "جمع",
    parcels: "تعداد مرسوله",
    totalWeight: "وزن کل",
    codToCollect: "مبلغ قابل وصول",
    seller: "فروشنده",
    clerk: "متصدی پست",
    name: "نام",
    signature: "امضا",
    date: "تاریخ",
    page: "صفحه",
  },
  zh: {
    title: "交寄清单",
    shop: "店铺",
    phone: "电话",
    collection: "上门揽收",
    dropOff: "网点交寄",
    window: "时段",
    servicePoint: "网点",
    created: "生成时间",
    index: "序号",
    tracking: "运单号",
    order: "订单",
    recipient: "收件人",
    destination: "目的地",
    weight: "重量",
    cod: "代收货款",
    totals: "合计",
    parcels: "件数",
    totalWeight: "总重量",
    codToCollect: "应代收金额",
    seller: "卖家",
    clerk: "邮局营业员",
    name: "姓名",
    signature: "签字",
    date: "日期",
    page: "页",
  },
  vi: {
    title: "Bảng kê giao bưu gửi",
    shop: "Cửa hàng",
    phone: "ĐT",
    collection: "Thu gom tại làng",
    dropOff: "Gửi tại bưu cục",
    window: "Khung giờ",
    servicePoint: "Bưu cục",
    created: "Lập lúc",
    index: "STT",
    tracking: "Mã bưu gửi",
    order: "Đơn hàng",
    recipient: "Người nhận",
    destination: "Nơi đến",
    weight: "Khối lượng",
    cod: "Thu hộ",
    totals: "Tổng cộng",
    parcels: "Số bưu gửi",
    totalWeight: "Tổng khối lượng",
    codToCollect: "Tiền thu hộ",
    seller: "Người bán",
    clerk: "Giao dịch viên bưu điện",
    name: "Họ tên",
    signature: "Chữ ký",
    date: "Ngày",
    page: "Trang",
  },
  en: {
    title: "Dispatch manifest",
    shop: "Shop",
    phone: "Tel",
    collection: "Collection from the village",
    dropOff: "Drop-off at the post office",
    window: "Window",
    servicePoint: "Post office",
    created: "Created",
    index: "#",
    tracking: "Tracking number",
    order: "Order",
    recipient: "Recipient",
    destination: "Destination",
    weight: "Weight",
    cod: "COD",
    totals: "Totals",
    parcels: "Parcels",
    totalWeight: "Total weight",
    codToCollect: "Cash to collect",
    seller: "Seller",
    clerk: "Postal clerk",
    name: "Name",
    signature: "Signature",
    date: "Date",
    page: "Page",
  },
} as const satisfies Record<LabelLocale, ManifestWords>;

/** Throws a RangeError when the manifest cannot be printed. */
export function validateManifest(manifest: ManifestData): void {
  if (!/^[A-Z0-9][A-Z0-9-]{0,39}$/.test(manifest.number)) throw new RangeError(`Not a manifest number: "${manifest.number}"`);
  if (!(manifest.locale in MANIFEST_WORDS)) throw new RangeError(`No manifest words for "${manifest.locale}"`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(manifest.handover.date) || Number.isNaN(Date.parse(`${manifest.handover.date}T00:00:00Z`))) {
    throw new RangeError(`Bad handover date: "${manifest.handover.date}"`);
  }
  if (Number.isNaN(manifest.createdAt.getTime())) throw new RangeError("Bad manifest date");
  for (const s of manifest.shipments) {
    if (!Number.isFinite(s.weightGrams) || s.weightGrams <= 0) throw new RangeError(`Bad weight for ${s.trackingNumber}: ${s.weightGrams}`);
    if (!Number.isSafeInteger(s.codAmountMinor) || s.codAmountMinor < 0) throw new RangeError(`Bad cash-on-delivery amount for ${s.trackingNumber}`);
    if (s.codAmountMinor > 0 && !/^[A-Z]{3}$/.test(s.currency)) throw new RangeError(`Bad currency for ${s.trackingNumber}: "${s.currency}"`);
  }
}

export interface ManifestTotals {
  parcels: number;
  weightGrams: number;
  /** Cash to collect per currency, in minor units, currencies in order of appearance. */
  cod: { currency: string; amountMinor: number }[];
}

export function manifestTotals(manifest: ManifestData): ManifestTotals {
  const cod = new Map<string, number>();
  let weightGrams = 0;
  for (const s of manifest.shipments) {
    weightGrams += s.weightGrams;
    if (s.codAmountMinor > 0) cod.set(s.currency, (cod.get(s.currency) ?? 0) + s.codAmountMinor);
  }
  return { parcels: manifest.shipments.length, weightGrams, cod: [...cod].map(([currency, amountMinor]) => ({ currency, amountMinor })) };
}

function money(amountMinor: number, currency: string, locale: LabelLocale): string {
  return formatMoney({ amountMinor, currency }, locale, (amount) => (locale === "fa" ? `${amount} تومان` : `${amount} toman`));
}

/** Amount in the currency's major unit as a plain decimal (IRR in rials, as the ISO code says), for spreadsheets. */
function plainAmount(amountMinor: number, currency: string): string {
  const exponent = currency === "CNY" ? 2 : currency === "IRR" || currency === "VND" ? 0 : 2;
  return exponent === 0 ? String(amountMinor) : (amountMinor / 10 ** exponent).toFixed(exponent);
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; text that a spreadsheet would run as a formula is defused. */
function csvField(value: string | number, text = true): string {
  let field = typeof value === "number" ? String(value) : value;
  if (text && /^[=+\-@\t\r]/.test(field)) field = `'${field}`;
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** The manifest as CSV: UTF-8 with a byte order mark (spreadsheets then read Persian and Chinese), CRLF line ends, a header row, totals at the end. */
export function manifestCsv(manifest: ManifestData): string {
  validateManifest(manifest);
  const w = MANIFEST_WORDS[manifest.locale];
  const header = [w.index, w.tracking, w.order, w.recipient, w.destination, `${w.weight} (g)`, w.cod, "currency"];
  const rows = manifest.shipments.map((s, i) => [
    csvField(i + 1),
    csvField(s.trackingNumber),
    csvField(s.orderNumber),
    csvField(s.recipientName.normalize("NFC")),
    csvField(s.destination.normalize("NFC")),
    csvField(s.weightGrams),
    s.codAmountMinor > 0 ? plainAmount(s.codAmountMinor, s.currency) : "",
    s.codAmountMinor > 0 ? s.currency : "",
  ]);
  const totals = manifestTotals(manifest);
  const empty = ["", "", "", "", "", "", "", ""];
  const totalRows = [
    [csvField(`${w.totals}: ${w.parcels}`), csvField(totals.parcels), ...empty.slice(2)],
    [csvField(`${w.totals}: ${w.totalWeight} (g)`), "", "", "", "", csvField(totals.weightGrams), "", ""],
    ...totals.cod.map((c) => [csvField(`${w.totals}: ${w.codToCollect}`), "", "", "", "", "", plainAmount(c.amountMinor, c.currency), c.currency]),
  ];
  return `\uFEFF${[header.map((h) => csvField(h)), ...rows, ...totalRows].map((row) => row.join(",")).join("\r\n")}\r\n`;
}

const A4 = { width: 595.28, height: 841.89 };
const M = 36;
const ROW = 16;
const HEADER_FIRST = 150;
const HEADER_OTHER = 62;
const FOOTER = 22;
const CLOSING = 176;

type Column = "index" | "tracking" | "order" | "recipient" | "destination" | "weight" | "cod";
/** Columns in reading order with their widths in points (the inner width is 523). */
const COLUMNS: { key: Column; width: number; align: Align }[] = [
  { key: "index", width: 26, align: "start" },
  { key: "tracking", width: 92, align: "start" },
  { key: "order", width: 78, align: "start" },
  { key: "recipient", width: 104, align: "start" },
  { key: "destination", width: 111, align: "start" },
  { key: "weight", width: 48, align: "end" },
  { key: "cod", width: 64, align: "end" },
];

/** Rows on each page; a last page without rows when the totals and signatures do not fit under the table. */
export function manifestPages(rowCount: number): number[] {
  const capacity = (first: boolean) => Math.floor((A4.height - M - FOOTER - (M + (first ? HEADER_FIRST : HEADER_OTHER) + ROW + 4)) / ROW);
  const pages: number[] = [];
  let remaining = rowCount;
  do {
    const take = Math.min(capacity(pages.length === 0), remaining);
    pages.push(take);
    remaining -= take;
  } while (remaining > 0);
  const lastIndex = pages.length - 1;
  const lastRows = pages[lastIndex] ?? 0;
  const used = M + (lastIndex === 0 ? HEADER_FIRST : HEADER_OTHER) + ROW + 4 + lastRows * ROW;
  if (A4.height - M - FOOTER - used < CLOSING) pages.push(0);
  return pages;
}

class ManifestPage {
  readonly width = A4.width - 2 * M;
  readonly rtl: boolean;
  readonly family: Family;

  constructor(
    readonly canvas: Canvas,
    readonly locale: LabelLocale,
  ) {
    this.rtl = locale === "fa";
    this.family = this.rtl ? "vazirmatn" : "notoSansSc";
  }

  x(offset: number, width: number): number {
    return this.rtl ? M + this.width - offset - width : M + offset;
  }

  text(text: string, baseline: number, size: number, options: { weight?: Weight; offset?: number; width?: number; align?: Align } = {}): void {
    const width = options.width ?? this.width - (options.offset ?? 0);
    textLine(this.canvas, text, { direction: this.rtl ? "rtl" : "ltr", family: this.family, weight: options.weight }, {
      x: this.x(options.offset ?? 0, width),
      baseline,
      width,
      size,
      minSize: size * 0.8,
      align: options.align,
    });
  }

  rule(y: number, thickness: number, gray = 0): void {
    this.canvas.fillColor(gray);
    this.canvas.rect(M, y, this.width, thickness);
    this.canvas.fill();
    this.canvas.fillColor(0);
  }
}

function drawManifestPage(canvas: Canvas, manifest: ManifestData, pages: number[], pageIndex: number, firstRow: number): void {
  const w = MANIFEST_WORDS[manifest.locale];
  const { locale } = manifest;
  const p = new ManifestPage(canvas, locale);
  const ltr = (text: string) => (p.rtl ? isolateLtr(text) : text);
  canvas.page(A4.width, A4.height);
  canvas.fillColor(0);

  // the number as Code 128 at the reading end, on every page
  const barcodeWidth = 190;
  drawCode128(canvas, code128Bars(manifest.number), { x: p.x(p.width - barcodeWidth, barcodeWidth), y: M, width: barcodeWidth, height: 34 });
  textLine(canvas, manifest.number, { direction: "ltr", family: "notoSansSc", weight: "bold" }, { x: p.x(p.width - barcodeWidth, barcodeWidth), baseline: M + 48, width: barcodeWidth, size: 11, align: "center" });
  p.text(w.title, M + 20, 18, { weight: "bold", width: p.width - barcodeWidth - 12 });

  let top = M + HEADER_OTHER;
  if (pageIndex === 0) {
    const { shop, handover } = manifest;
    const kind = handover.kind === "collection" ? w.collection : w.dropOff;
    const where = [handover.window ? `${w.window}: ${ltr(printable(handover.window))}` : "", handover.servicePoint ? `${w.servicePoint}: ${printable(handover.servicePoint)}` : ""].filter(Boolean);
    p.text(`${w.shop}: ${printable(shop.name)} — ${printable(shop.village)}`, M + 74, 10, { weight: "bold" });
    p.text(`${w.phone}: ${ltr(printable(shop.phone))}`, M + 90, 9);
    p.text([`${kind}: ${formatDate(handover.date, locale)}`, ...where].join(" · "), M + 108, 10, { weight: "bold" });
    p.text(`${w.created}: ${formatDateTime(manifest.createdAt, locale)}`, M + 124, 9);
    top = M + HEADER_FIRST;
  }

  // table header and rows
  let offset = 0;
  const columns = COLUMNS.map((column) => {
    const placed = { ...column, offset: offset + 2, inner: column.width - 4 };
    offset += column.width;
    return placed;
  });
  const header: Record<Column, string> = { index: w.index, tracking: w.tracking, order: w.order, recipient: w.recipient, destination: w.destination, weight: w.weight, cod: w.cod };
  for (const c of columns) p.text(header[c.key], top + 12, 8.5, { weight: "bold", offset: c.offset, width: c.inner, align: c.align });
  p.rule(top + ROW, 1);
  const rows = pages[pageIndex] ?? 0;
  for (let r = 0; r < rows; r++) {
    const s = manifest.shipments[firstRow + r];
    if (!s) break;
    const baseline = top + ROW + 4 + r * ROW + 11;
    const cells: Record<Column, string> = {
      index: formatNumber(firstRow + r + 1, locale),
      tracking: ltr(s.trackingNumber),
      order: ltr(printable(s.orderNumber)),
      recipient: printable(s.recipientName),
      destination: printable(s.destination),
      weight: formatWeight(s.weightGrams, locale),
      cod: s.codAmountMinor > 0 ? money(s.codAmountMinor, s.currency, locale) : "—",
    };
    for (const c of columns) p.text(cells[c.key], baseline, 8.5, { offset: c.offset, width: c.inner, align: c.align, weight: c.key === "tracking" ? "bold" : "regular" });
    p.rule(top + ROW + 4 + (r + 1) * ROW - 0.5, 0.3, 0.6);
  }

  // totals and signatures after the last row
  if (pageIndex === pages.length - 1) {
    const totals = manifestTotals(manifest);
    let y = top + ROW + 4 + rows * ROW + 22;
    p.rule(y - 14, 1.2);
    p.text(`${w.totals} — ${w.parcels}: ${formatNumber(totals.parcels, locale)} · ${w.totalWeight}: ${formatWeight(totals.weightGrams, locale)}`, y, 11, { weight: "bold" });
    for (const c of totals.cod) {
      y += 18;
      p.text(`${w.codToCollect}: ${money(c.amountMinor, c.currency, locale)}`, y, 11, { weight: "bold" });
    }
    y += 40;
    const half = (p.width - 24) / 2;
    [w.seller, w.clerk].forEach((who, i) => {
      const offsetX = i * (half + 24);
      p.text(who, y, 10, { weight: "bold", offset: offsetX, width: half });
      [w.name, w.signature, w.date].forEach((field, k) => {
        const baseline = y + 26 + k * 24;
        p.text(`${field}:`, baseline, 9, { offset: offsetX, width: half });
        canvas.rect(p.x(offsetX + 60, half - 60), baseline + 2, half - 60, 0.6);
        canvas.fill();
      });
    });
  }

  // footer: page n of N
  const footer = `${manifest.number} · ${w.page} ${formatNumber(pageIndex + 1, locale)} / ${formatNumber(pages.length, locale)}`;
  p.text(footer, A4.height - M + 4, 8, { align: "center" });
}

/** The manifest as an A4 PDF, a page at a time as the reader pulls. */
export function manifestPdfStream(manifest: ManifestData): ReadableStream<Uint8Array> {
  validateManifest(manifest);
  const pages = manifestPages(manifest.shipments.length);
  let pageIndex = 0;
  let firstRow = 0;
  return pdfStream({ info: { Title: `Manifest ${manifest.number}`, Producer: "Villagepost", Creator: "Villagepost" } }, (canvas) => {
    if (pageIndex >= pages.length) return false;
    drawManifestPage(canvas, manifest, pages, pageIndex, firstRow);
    firstRow += pages[pageIndex] ?? 0;
    pageIndex++;
    return true;
  });
}
