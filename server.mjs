// The HTTP server of `npm start` and `npm run dev`: Next.js behind a server that
// knows the client's socket address (Next's own handlers see only headers a client
// can write) and passes it, resolved through the trusted proxies, to the app.
import http from "node:http";
import next from "next";
import { CLIENT_HEADER, clientAddress, parseTrust } from "./lib/client-address.mjs";
import { createImageCache } from "./lib/image-cache.mjs";
import { createCompression } from "./lib/page-compression.mjs";

function option(flag, fallback) {
  const i = process.argv.indexOf(flag);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const dev = process.argv.includes("--dev");
const hostname = option("-H", process.env.HOSTNAME || (dev ? "localhost" : "0.0.0.0"));
const port = Number(option("-p", process.env.PORT || "3000"));

let trust;
try {
  trust = parseTrust(process.env.TRUST_PROXY);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

// the app believes CLIENT_HEADER only when this server set it
globalThis.villagepostClientHeader = CLIENT_HEADER;

// Next.js is told "localhost", the host its proxy (middleware) sees requests on: a rewrite to a page of
// the same origin is then served in place, where any other name (0.0.0.0, 127.0.0.1) would make each
// rewritten storefront page a second HTTP request from the server to itself
const app = next({ dev, hostname: "localhost", port, ...(dev ? { turbopack: true } : {}) });
const handle = app.getRequestHandler();
await app.prepare();
// optimized pictures are kept in memory in production (Next.js keeps them only on disk, which pages in memory switch off)
const images = dev ? () => false : createImageCache({ maxBytes: 64 * 1024 * 1024 });
// responses are compressed here, not by Next.js (next.config `compress: false`), so cached pages are compressed once
const compress = createCompression({ maxBytes: 32 * 1024 * 1024 });

const server = http.createServer((request, response) => {
  const address = clientAddress(request, trust);
  request.headers[CLIENT_HEADER] = address;
  // libraries that read X-Forwarded-For see the same resolved address
  request.headers["x-forwarded-for"] = address;
  // a picture kept in memory is answered here; on its way out, what Next.js answers is kept and compressed
  if (images(request, response)) return;
  compress(request, response);
  handle(request, response).catch((error) => {
    console.error(error);
    if (!response.headersSent) response.writeHead(500);
    response.end();
  });
});
const upgrade = app.getUpgradeHandler();
server.on("upgrade", (request, socket, head) => upgrade(request, socket, head));
server.listen(port, hostname, () => {
  console.log(`▲ Villagepost ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}${dev ? " (development)" : ""}`);
});

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => {
    server.close();
    app.close().finally(() => process.exit(0));
  });
}
