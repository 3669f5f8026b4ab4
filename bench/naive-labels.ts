/**
 * The naive reference the label renderer is measured against (bench:labels runs
 * it in the same run): PDFKit's own text and image calls, a PNG barcode and QR
 * code made per label with bwip-js, no bidi, no worker threads, one document
 * buffered by PDFKit. Prints {"labels":…,"seconds":…,"labelsPerSecond":…}.
 */
import { createWriteStream } from "node:fs";
import path from "node:path";
import bwipjs from "bwip-js/node";
import PDFDocument from "pdfkit";
import { labelTexts } from "@/server/fulfilment/labels/label-data";
import { sampleLabel } from "@/server/fulfilment/labels/samples";

const countIndex = process.argv.indexOf("--count");
const count = Number(countIndex >= 0 ? process.argv[countIndex + 1] : 1000);
const outIndex = process.argv.indexOf("--out");
const out = outIndex >= 0 ? (process.argv[outIndex + 1] ?? "naive.pdf") : "naive.pdf";
const fonts = path.join(process.cwd(), "node_modules");

async function main() {
  const started = performance.now();
  const doc = new PDFDocument({ autoFirstPage: false });
  doc.registerFont("sc", path.join(fonts, "@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf"));
  doc.registerFont("fa", path.join(fonts, "vazirmatn/fonts/ttf/Vazirmatn-Regular.ttf"));
  const done = new Promise<void>((resolve) => doc.pipe(createWriteStream(out)).on("finish", () => resolve()));
  for (let i = 0; i < count; i++) {
    const label = sampleLabel(i);
    const texts = labelTexts(label);
    doc.addPage({ size: [297.64, 419.53], margin: 10 });
    doc.font(label.locale === "fa" ? "fa" : "sc");
    doc.fontSize(18).text(texts.service);
    doc.fontSize(9).text(`${texts.words.from}: ${label.sender.name}`).text(label.sender.village).text(label.sender.phone);
    doc.fontSize(14).text(label.recipient.name);
    doc.fontSize(10);
    for (const line of label.recipient.addressLines) doc.text(line);
    doc.text(`${texts.words.postalCode}: ${label.recipient.postalCode}`).text(label.recipient.phone);
    if (texts.cod) doc.fontSize(22).text(texts.cod);
    doc.fontSize(10).text(`${texts.words.weight}: ${texts.weight}`).text(label.orderNumber);
    const qr = await bwipjs.toBuffer({ bcid: "qrcode", text: texts.qr, scale: 2 });
    doc.image(qr, 10, 250, { width: 80 });
    const barcode = await bwipjs.toBuffer({ bcid: "code128", text: label.trackingNumber, scale: 2, height: 12 });
    doc.image(barcode, 10, 340, { width: 277 });
  }
  doc.end();
  await done;
  const seconds = (performance.now() - started) / 1000;
  console.log(JSON.stringify({ labels: count, seconds: Math.round(seconds * 100) / 100, labelsPerSecond: Math.round(count / seconds) }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
