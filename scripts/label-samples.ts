/**
 * npm run labels:samples — draws the sample labels shown in the README: a
 * Persian, a Chinese and a Vietnamese parcel in each label size, as PDF pages
 * rendered to PNG with pdftoppm (poppler-utils), into docs/labels/.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { LABEL_SIZES, labelsPdfStream } from "@/server/fulfilment/labels/pdf";
import { sampleLabel } from "@/server/fulfilment/labels/samples";

const OUT = path.join(process.cwd(), "docs", "labels");

async function main() {
  mkdirSync(OUT, { recursive: true });
  for (const size of LABEL_SIZES) {
    for (const [i, locale] of [[0, "fa"], [4, "zh"], [2, "vi"]] as const) {
      const base = sampleLabel(i, locale);
      // the cases the post reads wrong most easily: numbers in Persian text, Chinese without spaces, a rare character
      const label =
        locale === "fa"
          ? { ...base, recipient: { ...base.recipient, addressLines: [...base.recipient.addressLines.slice(0, 2), "تلفن همسایه 0912-345-6789، کوچه ۳ (Sample 12B)"] } }
          : locale === "zh"
            ? { ...base, recipient: { ...base.recipient, name: "王𡈽", addressLines: ["贵州省黔南布依族苗族自治州惠水县和平镇", "新民村大寨组一百二十三号小卖部旁边再往前走五十米"] } }
            : base;
      const pdf = Buffer.from(await new Response(labelsPdfStream([label], { size })).arrayBuffer());
      const file = path.join(OUT, `${locale}-${size}.pdf`);
      writeFileSync(file, pdf);
      execFileSync("pdftoppm", ["-png", "-r", "110", "-singlefile", file, path.join(OUT, `${locale}-${size}`)]);
      rmSync(file);
      console.log(`docs/labels/${locale}-${size}.png`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
