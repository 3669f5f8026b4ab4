/**
 * The label font files (npm packages, read at run time) and, for the worker
 * pool, one copy of them in shared memory that every worker reads: a font file
 * is kept once per process, not once per thread.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

export type Family = "vazirmatn" | "notoSansSc" | "unifontex";
export type Weight = "regular" | "bold";
/** A font of the label documents, e.g. "notoSansSc-bold". */
export type FaceName = `${Family}-${Weight}`;

export const FONT_FILES: Record<FaceName, string> = {
  "vazirmatn-regular": "vazirmatn/fonts/ttf/Vazirmatn-Regular.ttf",
  "vazirmatn-bold": "vazirmatn/fonts/ttf/Vazirmatn-Bold.ttf",
  "notoSansSc-regular": "@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf",
  "notoSansSc-bold": "@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf",
  // the fallback for letters the others lack (rare Chinese characters of CJK Extension B in
  // village and person names): one weight, a plain bitmap-like design, but the right character
  "unifontex-regular": "@fontsource/unifontex/files/unifontex-latin-400-normal.woff",
  "unifontex-bold": "@fontsource/unifontex/files/unifontex-latin-400-normal.woff",
};

const shared = new Map<string, Uint8Array>();

function fontDirectory(): string {
  return process.env.LABEL_FONT_DIR ?? path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules");
}

/** A font file's bytes: the shared copy when this thread was given one, else read from disk. */
export function fontFile(file: string): Buffer {
  const bytes = shared.get(file);
  return bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : readFileSync(path.join(/*turbopackIgnore: true*/ fontDirectory(), file));
}

/** Every font file in shared memory, for the workers of the pool (read once by the main thread). */
export function shareFontFiles(): Record<string, SharedArrayBuffer> {
  const out: Record<string, SharedArrayBuffer> = {};
  for (const file of new Set(Object.values(FONT_FILES))) {
    const bytes = readFileSync(path.join(/*turbopackIgnore: true*/ fontDirectory(), file));
    const memory = new SharedArrayBuffer(bytes.length);
    bytes.copy(new Uint8Array(memory));
    out[file] = memory;
  }
  return out;
}

/** Uses the shared copies the pool handed this worker. */
export function adoptSharedFontFiles(files: Record<string, SharedArrayBuffer>): void {
  for (const [file, memory] of Object.entries(files)) shared.set(file, new Uint8Array(memory));
}
