import fs from "node:fs/promises";
import path from "node:path";
import { isValidPhotoKey } from "@/server/media/storage";
import { uploadsDir } from "@/server/media/storage-from-env";

/** Serves photos uploaded to local disk. Names are random and never reused, so they cache forever. */
export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const key = (await params).key.join("/");
  if (!isValidPhotoKey(key)) return new Response("Not found", { status: 404 });
  try {
    const body = await fs.readFile(path.join(uploadsDir, key));
    return new Response(new Uint8Array(body), {
      headers: { "content-type": "image/webp", "cache-control": "public, max-age=31536000, immutable" },
    });
  } catch {
    return new Response("Not found", { status: 404 });
  }
}
