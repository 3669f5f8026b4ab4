/**
 * The dispatch manifest handed to the post with a batch of parcels: its data,
 * printed words, totals and checks, and the list as CSV for spreadsheets. The
 * A4 PDF is drawn in manifest.ts.
 */
import { currencyExponent, formatMoney } from "@/lib/money";
import { tomanTemplate, type LabelLocale } from "./label-data";

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

/** An amount as printed on the manifest (IRR in toman, as on the labels). */
export function money(amountMinor: number, currency: string, locale: LabelLocale): string {
  return formatMoney({ amountMinor, currency }, locale, tomanTemplate(locale));
}

/** Amount in the currency's major unit as a plain decimal (IRR in rials, as the ISO code says), for spreadsheets. */
export function plainAmount(amountMinor: number, currency: string): string {
  const exponent = currencyExponent(currency);
  return exponent === 0 ? String(amountMinor) : (amountMinor / 10 ** exponent).toFixed(exponent);
}

const FORMULA_START = /^[\s\u00a0\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; text that a spreadsheet would run as a formula is defused. */
export function csvField(value: string | number, text = true): string {
  let field = typeof value === "number" ? String(value) : value;
  // a formula may hide behind spaces, invisible or bidi characters, or be written with full-width signs
  if (text && FORMULA_START.test(field)) field = `'${field}`;
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
