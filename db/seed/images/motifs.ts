/**
 * Flat SVG illustrations for demo product photos. Every motif is a pure
 * function of a seeded RNG, so the same slug always yields the same picture.
 */

export type Rng = () => number;

/** FNV-1a 32-bit hash of a string. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32 PRNG. */
export function makeRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const range = (rng: Rng, min: number, max: number): number => min + rng() * (max - min);
export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length) % items.length] as T;
const r1 = (n: number): string => (Math.round(n * 10) / 10).toString();

/** Shift an #rrggbb colour lighter (amt > 0) or darker (amt < 0), amt in [-1, 1]. */
export function shade(hex: string, amt: number): string {
  const n = parseInt(hex.slice(1), 16);
  const ch = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) =>
    Math.round(amt >= 0 ? c + (255 - c) * amt : c * (1 + amt)),
  );
  return "#" + ch.map((c) => c.toString(16).padStart(2, "0")).join("");
}

/** Rotate hue slightly (deg) for variety. */
export function hueShift(hex: string, deg: number): string {
  const n = parseInt(hex.slice(1), 16);
  let r = ((n >> 16) & 255) / 255, g = ((n >> 8) & 255) / 255, b = (n & 255) / 255;
  const max = Math.max(r, g, b), min = Math.min(r, g, b), l = (max + min) / 2;
  let h = 0, s = 0;
  if (max !== min) {
    const d = max - min;
    s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
    h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
    h *= 60;
  }
  h = (h + deg + 360) % 360;
  const c = (1 - Math.abs(2 * l - 1)) * s, x = c * (1 - Math.abs(((h / 60) % 2) - 1)), m = l - c / 2;
  [r, g, b] = h < 60 ? [c, x, 0] : h < 120 ? [x, c, 0] : h < 180 ? [0, c, x] : h < 240 ? [0, x, c] : h < 300 ? [x, 0, c] : [c, 0, x];
  return "#" + [r, g, b].map((v) => Math.round((v + m) * 255).toString(16).padStart(2, "0")).join("");
}

/** Per-image context: RNG plus a unique id prefix for gradient ids. */
export interface Ctx {
  rng: Rng;
  id: (name: string) => string;
  defs: string[];
  /** Product slug, for keyword hints such as "red" or "black". */
  slug: string;
  /** RNG seeded by the slug only, for choices both images of a product must share. */
  stable: Rng;
}

export function makeCtx(seed: number, slug = ""): Ctx {
  let n = 0;
  const defs: string[] = [];
  return { rng: makeRng(seed), id: (name) => `${name}${n++}`, defs, slug, stable: makeRng(hashString(slug) ^ 0x9e3779b9) };
}

/** Linear (vertical by default) gradient; returns url(#id). */
export function lin(ctx: Ctx, stops: string[], x2 = 0, y2 = 1): string {
  const id = ctx.id("l");
  const s = stops.map((c, i) => `<stop offset="${r1((i / Math.max(1, stops.length - 1)) * 100)}%" stop-color="${c}"/>`).join("");
  ctx.defs.push(`<linearGradient id="${id}" x1="0" y1="0" x2="${x2}" y2="${y2}">${s}</linearGradient>`);
  return `url(#${id})`;
}

/** Radial gradient with highlight offset towards top-left; returns url(#id). */
export function rad(ctx: Ctx, inner: string, outer: string, fx = 0.35, fy = 0.3): string {
  const id = ctx.id("r");
  ctx.defs.push(
    `<radialGradient id="${id}" cx="0.5" cy="0.5" r="0.6" fx="${fx}" fy="${fy}"><stop offset="0%" stop-color="${inner}"/><stop offset="100%" stop-color="${outer}"/></radialGradient>`,
  );
  return `url(#${id})`;
}

export const ellipse = (cx: number, cy: number, rx: number, ry: number, fill: string, extra = ""): string =>
  `<ellipse cx="${r1(cx)}" cy="${r1(cy)}" rx="${r1(rx)}" ry="${r1(ry)}" fill="${fill}"${extra ? " " + extra : ""}/>`;
export const circle = (cx: number, cy: number, r: number, fill: string, extra = ""): string =>
  `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${r1(r)}" fill="${fill}"${extra ? " " + extra : ""}/>`;
export const path = (d: string, fill: string, extra = ""): string => `<path d="${d}" fill="${fill}"${extra ? " " + extra : ""}/>`;
export const g = (transform: string, body: string): string => `<g transform="${transform}">${body}</g>`;
export const shadow = (cx: number, cy: number, rx: number, ry: number, op = 0.14): string =>
  ellipse(cx, cy, rx, ry, "#3a2a1a", `opacity="${op}"`);
export const P = (n: number): string => r1(n);

/** A pointed leaf of given length/width, base at origin, pointing up, rotated by deg. */
export function leaf(x: number, y: number, len: number, w: number, deg: number, fill: string, vein?: string): string {
  const d = `M0 0 C${P(w)} ${P(-len * 0.3)} ${P(w * 0.8)} ${P(-len * 0.75)} 0 ${P(-len)} C${P(-w * 0.8)} ${P(-len * 0.75)} ${P(-w)} ${P(-len * 0.3)} 0 0Z`;
  const v = vein ? `<path d="M0 0 L0 ${P(-len * 0.92)}" stroke="${vein}" stroke-width="${P(Math.max(2, w * 0.08))}" fill="none" stroke-linecap="round"/>` : "";
  return g(`translate(${P(x)} ${P(y)}) rotate(${P(deg)})`, path(d, fill) + v);
}

// ---------------------------------------------------------------------------
// Backgrounds

const BG_PALETTES: readonly [string, string, string][] = [
  ["#f6efe3", "#eadcc4", "#d9c4a0"], // sand
  ["#eef3ea", "#dbe7d3", "#b9cfa9"], // sage
  ["#f3ece8", "#e8d6cf", "#cfae9f"], // clay
  ["#edf1f4", "#d9e3ea", "#b3c5d2"], // mist blue
  ["#f5f0e1", "#ece0bd", "#d4c08a"], // straw
  ["#f2ede6", "#e2d9cc", "#bfae98"], // linen
  ["#f4eef2", "#e7d9e2", "#c9b0c0"], // lilac
];

/** Soft two-tone backdrop: wall gradient + a table/ground band. Returns svg. */
export function backdrop(ctx: Ctx, kind: "table" | "field" = "table"): string {
  const [a, b, c] = pick(ctx.rng, BG_PALETTES);
  const wall = lin(ctx, [a, b]);
  if (kind === "field") return `<rect width="800" height="800" fill="${wall}"/>`;
  const horizon = range(ctx.rng, 500, 560);
  const tableFill = lin(ctx, [shade(c, 0.25), c]);
  const glow = ctx.id("glow");
  ctx.defs.push(`<radialGradient id="${glow}" cx="0.5" cy="0.5" r="0.5"><stop offset="0%" stop-color="#ffffff" stop-opacity="0.8"/><stop offset="100%" stop-color="#ffffff" stop-opacity="0"/></radialGradient>`);
  return (
    `<rect width="800" height="800" fill="${wall}"/>` +
    ellipse(range(ctx.rng, 300, 500), 300, 380, 300, `url(#${glow})`) +
    `<rect y="${P(horizon)}" width="800" height="${P(800 - horizon)}" fill="${tableFill}"/>` +
    `<rect y="${P(horizon)}" width="800" height="6" fill="${shade(c, -0.08)}" opacity="0.5"/>`
  );
}

/** Open landscape: sky, sun, rolling hills with given greens. */
export function landscape(ctx: Ctx, greens: string[] = ["#9cc27a", "#7aa85c", "#5d8c47"]): string {
  const { rng } = ctx;
  const sky = lin(ctx, [pick(rng, ["#cfe4ef", "#dbe9f0", "#f3e2cc", "#e6eef0"]), "#f7f3ea"]);
  let s = `<rect width="800" height="800" fill="${sky}"/>`;
  s += circle(range(rng, 140, 660), range(rng, 110, 190), range(rng, 40, 60), pick(rng, ["#fbe3a6", "#fff0c9", "#f7d28c"]), `opacity="0.9"`);
  // far hills
  const far = shade(greens[0] ?? "#9cc27a", 0.35);
  s += path(hill(rng, 330, 60), far);
  return s;
}

/** Smooth hill silhouette path from baseline y with amplitude amp, closing to bottom. */
export function hill(rng: Rng, y: number, amp: number): string {
  const p1 = y - range(rng, 0.3, 1) * amp, p2 = y - range(rng, 0.3, 1) * amp, p3 = y - range(rng, 0, 0.6) * amp;
  return `M0 ${P(y)} C150 ${P(p1)} 250 ${P(p1)} 400 ${P(p2)} S650 ${P(p3)} 800 ${P(y - amp * 0.3)} L800 800 L0 800Z`;
}

export type Motif = (ctx: Ctx, variant: 1 | 2) => string;

// ---------------------------------------------------------------------------
// Saffron

function crocus(ctx: Ctx, x: number, y: number, scale: number, tilt: number, petal: string): string {
  const { rng } = ctx;
  const stemH = 260;
  let s = `<path d="M0 0 Q${P(range(rng, -20, 20))} ${P(-stemH / 2)} 0 ${P(-stemH)}" stroke="#6f9a4f" stroke-width="10" fill="none" stroke-linecap="round"/>`;
  // grassy leaves
  for (const d of [-14, 10, 22]) s += leaf(0, 0, range(rng, 170, 230), 9, d, "#7fae5c");
  const top = -stemH;
  const pg = lin(ctx, [shade(petal, 0.25), petal, shade(petal, -0.25)]);
  // back petals then front petals
  const back = [-38, 0, 38].map((a) => leaf(0, top + 20, 150, 46, a, shade(petal, -0.12))).join("");
  const front = [-20, 20].map((a) => leaf(0, top + 25, 135, 48, a, pg)).join("");
  // stigma threads (red) and stamens (yellow)
  let threads = "";
  for (const a of [-14, 0, 14]) {
    threads += `<path d="M0 ${P(top - 10)} q${P(a * 1.2)} -60 ${P(a * 3.2)} -125" stroke="#c4251c" stroke-width="6" fill="none" stroke-linecap="round"/>`;
    threads += circle(a * 3.2, top - 137, 7, "#d8342a");
  }
  const stamens = [-8, 8].map((a) => `<path d="M${a} ${P(top)} l${a} -60" stroke="#f2c230" stroke-width="8" stroke-linecap="round"/>`).join("");
  const cup = leaf(0, top + 28, 120, 44, 0, shade(petal, 0.1));
  return g(`translate(${P(x)} ${P(y)}) rotate(${P(tilt)}) scale(${P(scale)})`, s + back + stamens + front + cup + threads);
}

export const saffron: Motif = (ctx, variant) => {
  const { rng } = ctx;
  const petal = hueShift(pick(rng, ["#9b6fc4", "#8e63b8", "#a67bc9", "#8a5fb0"]), range(rng, -8, 8));
  if (variant === 1) {
    let s = backdrop(ctx);
    s += shadow(400, 700, 250, 26);
    const n = 2 + Math.floor(rng() * 2);
    const xs = n === 2 ? [290, 510] : [210, 400, 590];
    xs.forEach((x, i) => {
      s += crocus(ctx, x + range(rng, -25, 25), 700 + range(rng, -10, 10), i === 1 && n === 3 ? 1.3 : range(rng, 1.05, 1.2), range(rng, -10, 10), hueShift(petal, range(rng, -10, 10)));
    });
    // loose dried threads on the table
    for (let i = 0; i < 9; i++) {
      const x = range(rng, 200, 600), y = range(rng, 715, 770), a = range(rng, -60, 60);
      s += `<path d="M${P(x)} ${P(y)} q10 -4 ${P(26 * Math.cos((a * Math.PI) / 180))} ${P(-26 * Math.sin((a * Math.PI) / 180))}" stroke="#b01e16" stroke-width="5" fill="none" stroke-linecap="round"/>`;
    }
    return s;
  }
  // variant 2: small glass jar / tin of threads with a flower beside it
  let s = backdrop(ctx);
  const tin = rng() < 0.5;
  const cx = range(rng, 360, 430);
  s += shadow(cx, 690, 170, 24);
  if (tin) {
    const body = lin(ctx, ["#c9a24a", "#f1d58c", "#b48a32"], 1, 0);
    s += `<rect x="${P(cx - 130)}" y="400" width="260" height="290" rx="18" fill="${body}"/>`;
    s += `<rect x="${P(cx - 138)}" y="380" width="276" height="56" rx="14" fill="${shade("#c9a24a", -0.15)}"/>`;
    s += `<rect x="${P(cx - 130)}" y="500" width="260" height="110" fill="${petal}"/>`;
    s += g(`translate(${P(cx)} 555) scale(0.35)`, crocusHead(petal));
  } else {
    const glass = lin(ctx, ["#ffffffcc", "#e8eef0aa", "#ffffff99"], 1, 0);
    s += `<rect x="${P(cx - 110)}" y="430" width="220" height="260" rx="36" fill="${glass}" stroke="#c9d4d8" stroke-width="4"/>`;
    for (let i = 0; i < 70; i++) {
      const x = cx + range(rng, -85, 85), y = range(rng, 560, 670), a = range(rng, 0, 6.28);
      s += `<path d="M${P(x)} ${P(y)} l${P(22 * Math.cos(a))} ${P(22 * Math.sin(a))}" stroke="${pick(rng, ["#b01e16", "#c4251c", "#9a1a12"])}" stroke-width="5" stroke-linecap="round"/>`;
    }
    s += `<rect x="${P(cx - 90)}" y="400" width="180" height="48" rx="10" fill="${petal}"/>`;
    s += `<rect x="${P(cx - 100)}" y="440" width="200" height="6" fill="${shade(petal, -0.3)}" opacity="0.5"/>`;
  }
  s += crocus(ctx, cx + 210, 700, 0.7, 8, hueShift(petal, 12));
  return s;
};

function crocusHead(petal: string): string {
  let s = "";
  for (const a of [-40, 0, 40]) s += leaf(0, 60, 150, 46, a, shade(petal, -0.2));
  for (const a of [-14, 0, 14]) s += `<path d="M0 0 q${a * 1.2} -50 ${a * 2.8} -110" stroke="#e33a2c" stroke-width="9" fill="none" stroke-linecap="round"/>`;
  for (const a of [-20, 20]) s += leaf(0, 60, 130, 48, a, shade(petal, 0.2));
  return s;
}

// ---------------------------------------------------------------------------
// Barberry

function berryCluster(ctx: Ctx, x: number, y: number, n: number, r: number, color: string): string {
  const { rng } = ctx;
  const fill = rad(ctx, shade(color, 0.35), shade(color, -0.15));
  let s = "";
  for (let i = 0; i < n; i++) {
    const a = range(rng, -1.2, 1.2) + Math.PI / 2, d = range(rng, 10, 30 + n * 3);
    const bx = x + Math.cos(a) * d * 0.8, by = y + Math.sin(a) * d;
    s += `<path d="M${P(x)} ${P(y)} L${P(bx)} ${P(by)}" stroke="#7a5a3a" stroke-width="2.5"/>`;
    s += ellipse(bx, by, r * 0.82, r, fill);
    s += circle(bx - r * 0.3, by - r * 0.4, r * 0.18, "#ffffff", `opacity="0.55"`);
  }
  return s;
}

export const barberry: Motif = (ctx, variant) => {
  const { rng } = ctx;
  const red = hueShift(pick(rng, ["#c8202a", "#d22a2f", "#b81e2c", "#d5332a"]), range(rng, -6, 6));
  let s = backdrop(ctx);
  if (variant === 1) {
    // a branch with leaves and hanging clusters
    const y0 = range(rng, 250, 320);
    const bd = `M60 ${P(y0)} C250 ${P(y0 - 60)} 480 ${P(y0 + 60)} 760 ${P(y0 - 20)}`;
    s += `<path d="${bd}" stroke="#6b4a2e" stroke-width="14" fill="none" stroke-linecap="round"/>`;
    const greens = ["#7ea65a", "#6c9a4e", "#8fb468"];
    for (let i = 0; i < 9; i++) {
      const t = 0.08 + i * 0.1, x = 60 + t * 700, y = y0 + Math.sin(t * Math.PI * 2) * -25;
      s += leaf(x, y, range(rng, 70, 100), 24, range(rng, -70, 70) + (i % 2 ? 180 : 0), pick(rng, greens), "#5a7f3f");
    }
    for (let i = 0; i < 5; i++) {
      const x = 130 + i * 130 + range(rng, -20, 20), y = y0 + Math.sin(((x - 60) / 700) * Math.PI * 2) * -25 + 5;
      s += berryCluster(ctx, x, y, 8 + Math.floor(rng() * 4), range(rng, 19, 23), red);
    }
    s += shadow(400, 690, 170, 20);
    s += pile(ctx, 400, 690, 160, 95, 16, red);
    return s;
  }
  // variant 2: dried barberries in a bowl or a kraft bag
  const bag = rng() < 0.5;
  if (bag) {
    const kraft = lin(ctx, ["#d8b98a", "#c9a36c"], 1, 0);
    s += shadow(400, 690, 190, 24);
    s += path("M250 690 L270 330 L530 330 L550 690Z", kraft);
    s += path("M270 330 L300 290 L500 290 L530 330Z", shade("#c9a36c", -0.1));
    s += `<rect x="300" y="430" width="200" height="160" rx="14" fill="#fbf6ec"/>`;
    s += berryCluster(ctx, 400, 460, 7, 16, red);
    s += pile(ctx, 640, 690, 80, 50, 12, shade(red, -0.2));
  } else {
    s += bowl(ctx, 400, 600, 230, pick(rng, ["#f4efe6", "#6d8fa6", "#d9c3a5"]), () => pile(ctx, 400, 570, 210, 70, 13, shade(red, -0.2)));
  }
  return s;
};

/** A mound of small round items (berries, grains) in a dome shape. */
export function pile(ctx: Ctx, cx: number, base: number, w: number, h: number, r: number, color: string): string {
  const { rng } = ctx;
  const fill = rad(ctx, shade(color, 0.3), shade(color, -0.2));
  let s = "";
  const rows = Math.max(1, Math.floor(h / (r * 1.3)));
  for (let row = 0; row < rows; row++) {
    const y = base - row * r * 1.3 - r * 0.5;
    const half = w * Math.sqrt(Math.max(0, 1 - (row / rows) ** 2));
    for (let x = cx - half; x <= cx + half; x += r * 1.7) {
      const bx = x + range(rng, -3, 3), by = y + range(rng, -3, 3);
      s += circle(bx, by, r * range(rng, 0.9, 1.1), fill);
    }
  }
  return s;
}

/** Bowl seen from the front-side; contents drawn between back rim and front. */
export function bowl(ctx: Ctx, cx: number, rimY: number, rx: number, color: string, contents: () => string): string {
  const ry = rx * 0.26;
  const body = lin(ctx, [shade(color, 0.1), shade(color, -0.15)]);
  let s = shadow(cx, rimY + rx * 0.62, rx * 0.8, 22, 0.16);
  s += ellipse(cx, rimY, rx, ry, shade(color, -0.3));
  s += contents();
  s += path(`M${P(cx - rx)} ${P(rimY)} A${P(rx)} ${P(ry)} 0 0 0 ${P(cx + rx)} ${P(rimY)} C${P(cx + rx)} ${P(rimY + rx * 0.5)} ${P(cx + rx * 0.5)} ${P(rimY + rx * 0.62)} ${P(cx)} ${P(rimY + rx * 0.62)} C${P(cx - rx * 0.5)} ${P(rimY + rx * 0.62)} ${P(cx - rx)} ${P(rimY + rx * 0.5)} ${P(cx - rx)} ${P(rimY)}Z`, body);
  s += `<path d="M${P(cx - rx)} ${P(rimY)} A${P(rx)} ${P(ry)} 0 0 0 ${P(cx + rx)} ${P(rimY)}" stroke="${shade(color, 0.3)}" stroke-width="6" fill="none"/>`;
  return s;
}


// ---------------------------------------------------------------------------
// Generic fallback: a woven basket of round produce

export const basket: Motif = (ctx) => {
  const { rng } = ctx;
  let s = backdrop(ctx);
  const colors = ["#e0763a", "#c8402f", "#e8b83a", "#8fb05a"];
  const cx = 400, rimY = 470;
  s += shadow(cx, 700, 240, 26);
  s += ellipse(cx, rimY, 230, 50, "#8a5a2e");
  for (let i = 0; i < 9; i++) {
    const c = pick(rng, colors);
    s += circle(cx - 170 + i * 42 + range(rng, -8, 8), rimY - range(rng, 10, 60), range(rng, 42, 56), rad(ctx, shade(c, 0.3), shade(c, -0.15)));
  }
  const weave = lin(ctx, ["#c4915a", "#9c6a38"]);
  s += path(`M170 ${rimY} A230 50 0 0 0 630 ${rimY} L580 690 Q400 720 220 690Z`, weave);
  for (let y = rimY + 40; y < 690; y += 40) s += `<path d="M${P(175 + (y - rimY) * 0.22)} ${y} Q400 ${y + 40} ${P(625 - (y - rimY) * 0.22)} ${y}" stroke="#7d5228" stroke-width="5" fill="none" opacity="0.6"/>`;
  s += `<path d="M190 ${rimY} Q400 200 610 ${rimY}" stroke="#8a5a2e" stroke-width="16" fill="none"/>`;
  return s;
};

// ---------------------------------------------------------------------------
// Packaging helpers (bag, jar, box), all standing on y = base

/** Kraft paper bag with a label window; `label` draws inside a box centred at (cx, labelY). */
export function kraftBag(ctx: Ctx, cx: number, base: number, w: number, h: number, tint: string, label: (cx: number, cy: number) => string): string {
  const paper = lin(ctx, [shade(tint, 0.1), tint, shade(tint, -0.08)], 1, 0);
  const top = base - h;
  let s = shadow(cx, base, w * 0.75, 22);
  s += path(`M${P(cx - w / 2)} ${base} L${P(cx - w / 2 + 18)} ${P(top + 40)} L${P(cx + w / 2 - 18)} ${P(top + 40)} L${P(cx + w / 2)} ${base}Z`, paper);
  // folded top with zig-zag edge
  let zig = `M${P(cx - w / 2 + 18)} ${P(top + 40)} L${P(cx - w / 2 + 30)} ${P(top)}`;
  const steps = 10;
  for (let i = 1; i <= steps; i++) zig += ` L${P(cx - w / 2 + 30 + ((w - 60) * i) / steps)} ${P(top + (i % 2 ? 8 : 0))}`;
  zig += ` L${P(cx + w / 2 - 18)} ${P(top + 40)}Z`;
  s += path(zig, shade(tint, -0.12));
  s += `<rect x="${P(cx - w / 2 + 18)}" y="${P(top + 36)}" width="${P(w - 36)}" height="8" fill="${shade(tint, -0.25)}" opacity="0.5"/>`;
  const lw = w * 0.62, lh = h * 0.42, ly = top + h * 0.55;
  s += `<rect x="${P(cx - lw / 2)}" y="${P(ly - lh / 2)}" width="${P(lw)}" height="${P(lh)}" rx="14" fill="#fbf7ef"/>`;
  s += label(cx, ly);
  return s;
}

/** Glass jar with lid; `fill` draws the contents clipped to the jar body. */
export function jar(ctx: Ctx, cx: number, base: number, w: number, h: number, lid: string, fill: (x: number, y: number, w: number, h: number) => string): string {
  const id = ctx.id("clip");
  const x = cx - w / 2, y = base - h;
  ctx.defs.push(`<clipPath id="${id}"><rect x="${P(x)}" y="${P(y)}" width="${P(w)}" height="${P(h)}" rx="${P(w * 0.16)}"/></clipPath>`);
  let s = shadow(cx, base, w * 0.7, 20);
  s += `<rect x="${P(x)}" y="${P(y)}" width="${P(w)}" height="${P(h)}" rx="${P(w * 0.16)}" fill="#f4f7f6" opacity="0.7"/>`;
  s += `<g clip-path="url(#${id})">${fill(x, y + h * 0.12, w, h * 0.88)}</g>`;
  s += `<rect x="${P(x)}" y="${P(y)}" width="${P(w)}" height="${P(h)}" rx="${P(w * 0.16)}" fill="none" stroke="#ffffff" stroke-opacity="0.7" stroke-width="5"/>`;
  s += `<rect x="${P(x + w * 0.1)}" y="${P(y + h * 0.18)}" width="${P(w * 0.07)}" height="${P(h * 0.6)}" rx="${P(w * 0.035)}" fill="#ffffff" opacity="0.45"/>`;
  const lidFill = lin(ctx, [shade(lid, 0.2), lid, shade(lid, -0.2)], 1, 0);
  s += `<rect x="${P(x - 6)}" y="${P(y - h * 0.1)}" width="${P(w + 12)}" height="${P(h * 0.13)}" rx="10" fill="${lidFill}"/>`;
  return s;
}

/** Cardboard gift box with a coloured band. */
export function giftBox(ctx: Ctx, cx: number, base: number, w: number, h: number, color: string, band: string, emblem: (cx: number, cy: number) => string): string {
  const x = cx - w / 2, y = base - h;
  let s = shadow(cx, base, w * 0.65, 20);
  s += `<rect x="${P(x)}" y="${P(y)}" width="${P(w)}" height="${P(h)}" rx="8" fill="${lin(ctx, [shade(color, 0.08), shade(color, -0.1)])}"/>`;
  s += `<rect x="${P(x - 8)}" y="${P(y - 10)}" width="${P(w + 16)}" height="${P(h * 0.2)}" rx="8" fill="${shade(color, -0.15)}"/>`;
  s += `<rect x="${P(x)}" y="${P(y + h * 0.42)}" width="${P(w)}" height="${P(h * 0.34)}" fill="${band}"/>`;
  s += circle(cx, y + h * 0.59, h * 0.22, "#fbf7ef");
  s += emblem(cx, y + h * 0.59);
  return s;
}

/** A leafy sprig decoration. */
export function sprig(ctx: Ctx, x: number, y: number, deg: number, color: string, n = 5, len = 70): string {
  const { rng } = ctx;
  let s = `<path d="M0 0 L0 ${-len * 2.2}" stroke="${shade(color, -0.3)}" stroke-width="5" stroke-linecap="round"/>`;
  for (let i = 0; i < n; i++) {
    const yy = -i * (len * 2.2) / n - 10;
    s += leaf(0, yy, len * range(rng, 0.7, 1), len * 0.28, i % 2 ? 50 : -50, shade(color, range(rng, -0.1, 0.1)));
  }
  s += leaf(0, -len * 2.2 + 5, len * 0.7, len * 0.24, 0, color);
  return g(`translate(${P(x)} ${P(y)}) rotate(${P(deg)})`, s);
}

// ---------------------------------------------------------------------------
// Jujube

function jujubeFruit(ctx: Ctx, x: number, y: number, r: number, deg: number, color: string, dried: boolean): string {
  const { rng } = ctx;
  const fill = rad(ctx, shade(color, dried ? 0.15 : 0.35), shade(color, -0.25));
  let s = ellipse(0, 0, r * 0.8, r, fill);
  if (!dried && rng() < 0.4) s += ellipse(r * 0.25, r * 0.35, r * 0.4, r * 0.5, "#c0a848", `opacity="0.3"`);
  if (dried) {
    for (let i = 0; i < 3; i++) {
      const yy = -r * 0.5 + i * r * 0.45;
      s += `<path d="M${P(-r * 0.55)} ${P(yy)} q${P(r * 0.55)} ${P(r * 0.22)} ${P(r * 1.1)} 0" stroke="${shade(color, -0.45)}" stroke-width="3" fill="none" opacity="0.6"/>`;
    }
  } else {
    s += ellipse(-r * 0.3, -r * 0.45, r * 0.17, r * 0.3, "#ffffff", `opacity="0.6" transform="rotate(20 ${P(-r * 0.3)} ${P(-r * 0.45)})"`);
  }
  s += `<path d="M0 ${P(-r * 0.95)} q4 -18 14 -24" stroke="#6b4a2e" stroke-width="5" fill="none" stroke-linecap="round"/>`;
  return g(`translate(${P(x)} ${P(y)}) rotate(${P(deg)})`, s);
}

export const jujube: Motif = (ctx, variant) => {
  const { rng } = ctx;
  const color = hueShift(pick(rng, ["#9c2a1c", "#a8321f", "#8e2418", "#b03a22"]), range(rng, -5, 5));
  let s = backdrop(ctx);
  if (variant === 1) {
    // fresh fruits on a round wooden board with leaves
    const wood = pick(rng, ["#c9a06a", "#b98d58", "#d6b07a"]);
    s += shadow(400, 660, 290, 40);
    s += ellipse(400, 630, 290, 80, shade(wood, -0.15));
    s += ellipse(400, 618, 290, 78, lin(ctx, [shade(wood, 0.15), wood]));
    s += leaf(220, 600, 150, 44, -70, "#7ea65a", "#5a7f3f") + leaf(560, 590, 130, 40, 75, "#6c9a4e", "#4f7638");
    const spots: [number, number][] = [[300, 560], [420, 545], [530, 570], [360, 615], [480, 625], [250, 620], [590, 630]];
    const n = 5 + Math.floor(rng() * 3);
    spots.slice(0, n).sort((a, b) => a[1] - b[1]).forEach(([x, y]) => {
      s += jujubeFruit(ctx, x + range(rng, -12, 12), y - 30, range(rng, 58, 68), range(rng, -50, 50), shade(color, range(rng, -0.1, 0.1)), false);
    });
    return s;
  }
  // dried jujubes: bag or gift box with a small pile in front
  if (rng() < 0.5) {
    s += kraftBag(ctx, 360, 690, 300, 420, pick(rng, ["#d8b98a", "#cfae7c"]), (cx, cy) => jujubeFruit(ctx, cx, cy + 10, 40, 20, color, true));
  } else {
    s += giftBox(ctx, 360, 690, 340, 240, pick(rng, ["#e9d9bf", "#d9c7a8"]), shade(color, 0.05), (cx, cy) => jujubeFruit(ctx, cx, cy + 5, 32, -15, color, true));
  }
  for (let i = 0; i < 4; i++) s += jujubeFruit(ctx, 560 + i * 45 + range(rng, -8, 8), 690 - (i % 2) * 30 - 20, 34, range(rng, 40, 120), shade(color, -0.2), true);
  return s;
};

// ---------------------------------------------------------------------------
// Rice

const has = (ctx: Ctx, ...words: string[]): boolean => words.some((w) => ctx.slug.includes(w));

function grains(ctx: Ctx, cx: number, base: number, w: number, h: number, colors: string[], n: number): string {
  const { rng } = ctx;
  let s = "";
  for (let i = 0; i < n; i++) {
    const u = range(rng, -1, 1);
    const top = base - h * Math.sqrt(Math.max(0, 1 - u * u));
    const x = cx + u * w, y = range(rng, top, base);
    s += ellipse(x, y, 9, 4, pick(rng, colors), `transform="rotate(${P(range(rng, 0, 180))} ${P(x)} ${P(y)})"`);
  }
  return s;
}

function riceStalk(ctx: Ctx, x: number, y: number, deg: number, color: string): string {
  const { rng } = ctx;
  let s = `<path d="M0 0 Q10 -150 60 -260" stroke="${shade(color, -0.3)}" stroke-width="5" fill="none" stroke-linecap="round"/>`;
  for (let i = 0; i < 14; i++) {
    const t = i / 14, px = 10 + t * 50 + t * t * 10, py = -110 - t * 150;
    s += ellipse(px + (i % 2 ? 12 : -12), py, 6, 12, shade(color, range(rng, -0.1, 0.1)), `transform="rotate(${i % 2 ? 30 : -30} ${P(px + (i % 2 ? 12 : -12))} ${P(py)})"`);
  }
  s += leaf(0, 0, 200, 12, -12, "#9bb46a");
  return g(`translate(${P(x)} ${P(y)}) rotate(${P(deg)})`, s);
}

function terraces(ctx: Ctx, water: string, green: string): string {
  const { rng } = ctx;
  let s = landscape(ctx, [green]);
  for (let i = 0; i < 9; i++) {
    const y = 370 + i * 48 + i * i * 2.5, amp = range(rng, 20, 45), ph = range(rng, 0, 400);
    const d = `M0 ${P(y + amp * Math.sin(ph))} C200 ${P(y - amp)} 300 ${P(y + amp)} ${P(400 + ph * 0.2)} ${P(y)} S700 ${P(y - amp * 0.8)} 800 ${P(y + amp * 0.4)} L800 800 L0 800Z`;
    const fill = i % 3 === 1 ? shade(green, 0.05) : shade(water, range(rng, -0.05, 0.1));
    s += path(d, fill);
    s += path(d, "none", `stroke="${shade(green, -0.25)}" stroke-width="${P(5 + i)}"`);
  }
  return s;
}

export const rice: Motif = (ctx, variant) => {
  const { rng } = ctx;
  const red = has(ctx, "red", "do-");
  const brown = has(ctx, "brown", "lut");
  const colors = red ? ["#9a3b2c", "#a84636", "#8a3226", "#b65a48"] : brown ? ["#c49a62", "#b88c56", "#d2aa74", "#a87c4a"] : ["#fbf8f0", "#f3eee0", "#ffffff", "#ebe3d0"];
  if (variant === 1) {
    let s = backdrop(ctx);
    s += riceStalk(ctx, range(rng, 120, 170), 700, -8, "#d9b45a");
    s += bowl(ctx, 420, 520, 230, pick(rng, ["#f6f2ea", "#5f7f97", "#b8734e", "#e7dcc9"]), () =>
      ellipse(420, 520, 225, 56, shade(colors[0] ?? "#fff", -0.15)) + grains(ctx, 420, 540, 215, 100, colors, 700),
    );
    s += grains(ctx, 640, 700, 70, 14, colors, 50);
    return s;
  }
  if (has(ctx, "terrace") || rng() < 0.6) return terraces(ctx, pick(rng, ["#bcd9d8", "#cde3de", "#c6dbe6"]), pick(rng, ["#8fbf6a", "#9cc276", "#7fb260"]));
  let s = backdrop(ctx);
  // cloth sack with a tied neck, grains spilling
  const cloth = pick(rng, ["#e6dcc6", "#d8ccb0", "#eee5d2"]);
  s += shadow(380, 690, 200, 26);
  s += path("M220 690 C180 560 220 420 300 360 L460 360 C540 420 580 560 540 690Z", lin(ctx, [shade(cloth, 0.1), cloth, shade(cloth, -0.15)], 1, 0));
  s += path("M300 360 C290 320 310 290 330 280 L430 280 C450 290 470 320 460 360Z", shade(cloth, -0.08));
  s += `<rect x="290" y="348" width="180" height="20" rx="10" fill="${red ? "#7a2a20" : "#b0823e"}"/>`;
  s += `<rect x="260" y="480" width="240" height="110" fill="${red ? "#a84636" : "#6e9a5a"}" opacity="0.85"/>`;
  s += ellipse(380, 535, 70, 40, "#fbf7ef") + grains(ctx, 380, 560, 50, 40, colors.map((c) => shade(c, -0.05)), 60);
  s += grains(ctx, 620, 700, 80, 22, colors, 90);
  return s;
};

// ---------------------------------------------------------------------------
// Tea

function teaSprig(ctx: Ctx, x: number, y: number, scale: number, deg: number, green: string): string {
  let s = `<path d="M0 0 Q-10 -120 10 -240" stroke="#6b8a3e" stroke-width="8" fill="none" stroke-linecap="round"/>`;
  s += leaf(4, -70, 200, 62, -62, lin(ctx, [shade(green, 0.15), shade(green, -0.1)]), shade(green, -0.3));
  s += leaf(6, -140, 170, 54, 58, lin(ctx, [shade(green, 0.2), green]), shade(green, -0.3));
  s += leaf(10, -236, 90, 22, 8, shade(green, 0.3), shade(green, -0.1));
  return g(`translate(${P(x)} ${P(y)}) rotate(${P(deg)}) scale(${P(scale)})`, s);
}

function teaCup(ctx: Ctx, cx: number, base: number, w: number, cup: string, liquor: string): string {
  let s = shadow(cx, base + 6, w * 0.85, 18);
  s += ellipse(cx, base - 6, w * 0.85, 22, shade(cup, -0.1)); // saucer
  const top = base - w * 0.75;
  s += path(`M${P(cx - w / 2)} ${P(top)} L${P(cx + w / 2)} ${P(top)} C${P(cx + w / 2)} ${P(base - 40)} ${P(cx + w * 0.3)} ${P(base - 14)} ${P(cx)} ${P(base - 14)} C${P(cx - w * 0.3)} ${P(base - 14)} ${P(cx - w / 2)} ${P(base - 40)} ${P(cx - w / 2)} ${P(top)}Z`, lin(ctx, [shade(cup, 0.1), shade(cup, -0.08)], 1, 0));
  s += ellipse(cx, top, w / 2, w * 0.12, shade(cup, -0.05));
  s += ellipse(cx, top + 3, w / 2 - 10, w * 0.12 - 8, rad(ctx, shade(liquor, 0.2), liquor, 0.5, 0.5));
  // steam
  for (const dx of [-30, 10]) s += `<path d="M${P(cx + dx)} ${P(top - 30)} q-18 -30 0 -60 q18 -30 0 -60" stroke="#ffffff" stroke-width="8" fill="none" opacity="0.6" stroke-linecap="round"/>`;
  return s;
}

function teaGarden(ctx: Ctx): string {
  const { rng } = ctx;
  let s = landscape(ctx);
  const greens = ["#8dbb6a", "#76a857", "#5f9446", "#4d7f3a"];
  for (let i = 0; i < 4; i++) {
    const y = 360 + i * 110;
    const c = greens[i] ?? "#5f9446";
    const d = hill(rng, y, 90 - i * 10);
    s += path(d, c);
    // rows of rounded tea bushes following the hill
    for (let r = 0; r < 3; r++) {
      const yy = y + 30 + r * 34;
      s += `<path d="M-20 ${P(yy)} Q400 ${P(yy - 60 + i * 10)} 820 ${P(yy + 10)}" stroke="${shade(c, -0.22)}" stroke-width="14" fill="none" stroke-linecap="round" stroke-dasharray="60 18"/>`;
    }
  }
  return s;
}

export const tea: Motif = (ctx, variant) => {
  const { rng } = ctx;
  const dark = has(ctx, "black", "hong", "gongfu", "puer", "pu-er", "red");
  const green = hueShift(pick(rng, ["#6fa34a", "#5e9640", "#78ad52"]), range(rng, -8, 8));
  const liquor = dark ? pick(rng, ["#a4482a", "#8e3b22", "#b05a2c"]) : pick(rng, ["#c9c46a", "#d4c872", "#b9c065"]);
  if (variant === 1) {
    let s = backdrop(ctx);
    const left = rng() < 0.5;
    s += teaCup(ctx, left ? 300 : 500, 680, 240, pick(rng, ["#f7f4ee", "#e6efe8", "#eef2f5"]), liquor);
    s += teaSprig(ctx, left ? 600 : 220, 720, 1.15, left ? 12 : -12, green);
    // a few loose dried leaves
    for (let i = 0; i < 6; i++) s += leaf(range(rng, 150, 650), range(rng, 710, 760), 34, 8, range(rng, 0, 360), dark ? "#4a3424" : "#5f7a3a");
    return s;
  }
  if (has(ctx, "puer", "pu-er", "cake")) {
    let s = backdrop(ctx);
    s += shadow(400, 650, 260, 36);
    s += ellipse(400, 610, 250, 80, "#eadfca");
    s += ellipse(400, 590, 250, 80, rad(ctx, "#fbf6ea", "#e2d4b8", 0.5, 0.5));
    for (let i = 0; i < 10; i++) {
      const a = (i / 10) * Math.PI * 2;
      s += `<path d="M400 590 L${P(400 + Math.cos(a) * 240)} ${P(590 + Math.sin(a) * 76)}" stroke="#d8c7a6" stroke-width="3"/>`;
    }
    s += circle(400, 590, 60, "#b2362c", `transform="scale(1 0.33) translate(0 ${P(590 * 2)})"`);
    s += teaSprig(ctx, 650, 560, 0.6, 20, green);
    return s;
  }
  if (rng() < 0.55) return teaGarden(ctx);
  let s = backdrop(ctx);
  const tinColor = dark ? pick(rng, ["#7a2e24", "#5a3a2a"]) : pick(rng, ["#4f7a4a", "#3f6a5a", "#6a8a4a"]);
  s += shadow(380, 690, 150, 22);
  s += `<rect x="260" y="360" width="240" height="330" rx="16" fill="${lin(ctx, [shade(tinColor, 0.2), tinColor, shade(tinColor, -0.2)], 1, 0)}"/>`;
  s += `<rect x="252" y="340" width="256" height="60" rx="12" fill="${shade(tinColor, -0.25)}"/>`;
  s += circle(380, 540, 78, "#f6efe0") + teaSprig(ctx, 380, 600, 0.42, 0, green);
  s += teaSprig(ctx, 620, 700, 0.8, 15, green);
  return s;
};


// ---------------------------------------------------------------------------
// Noodles

function noodleNest(ctx: Ctx, cx: number, cy: number, rx: number, ry: number, color: string, n: number, width: number): string {
  const { rng } = ctx;
  let s = "";
  for (let i = 0; i < n; i++) {
    // strands higher up the mound are shorter, giving a dome of noodles
    const t = i / n, y = cy + ry * 0.5 - t * ry * 1.5 + range(rng, -6, 6);
    const half = rx * Math.sqrt(Math.max(0.05, 1 - Math.max(0, (cy - y) / ry) ** 2)) * range(rng, 0.8, 0.97);
    const x0 = cx - half + range(rng, -10, 10), x1 = cx + half + range(rng, -10, 10);
    let d = `M${P(x0)} ${P(y)}`;
    const waves = 4 + Math.floor(rng() * 4), amp = range(rng, 6, 16);
    for (let k = 1; k <= waves; k++) d += ` Q${P(x0 + ((x1 - x0) * (k - 0.5)) / waves)} ${P(y + (k % 2 ? -amp : amp))} ${P(x0 + ((x1 - x0) * k) / waves)} ${P(y + range(rng, -4, 4))}`;
    s += `<path d="${d}" stroke="${shade(color, -0.22)}" stroke-width="${P(width + 4)}" fill="none" stroke-linecap="round"/>`;
    s += `<path d="${d}" stroke="${shade(color, range(rng, -0.04, 0))}" stroke-width="${P(width)}" fill="none" stroke-linecap="round"/>`;
  }
  return s;
}

export const noodles: Motif = (ctx, variant) => {
  const { rng } = ctx;
  const noodle = has(ctx, "red-rice", "brown") ? "#e8c4b4" : "#f8f4ea";
  const thick = has(ctx, "thick", "hotpot");
  if (variant === 1) {
    let s = backdrop(ctx);
    const sour = has(ctx, "sour", "soup", "kit", "hotpot");
    const broth = sour ? pick(rng, ["#e07a4a", "#d9673e", "#e8905a"]) : pick(rng, ["#d9bf8a", "#cfae74", "#c9b27e"]);
    const bowlColor = pick(rng, ["#f6f2ea", "#4e6f8c", "#2f4f5f", "#c7dbe0", "#b75a3a"]);
    s += bowl(ctx, 400, 500, 260, bowlColor, () => {
      let c = ellipse(400, 500, 254, 64, broth);
      c += noodleNest(ctx, 400, 505, 215, 75, noodle, thick ? 16 : 24, thick ? 12 : 7);
      // toppings: scallion rings, chili slices, herbs
      for (let i = 0; i < 9; i++) c += circle(range(rng, 260, 540), range(rng, 445, 515), 9, "#7fb45a", `stroke="#5f9440" stroke-width="3"`);
      if (sour) for (let i = 0; i < 5; i++) c += circle(range(rng, 270, 530), range(rng, 445, 515), 11, "#d33a2a", `stroke="#a8241a" stroke-width="3"`);
      for (let i = 0; i < 3; i++) c += leaf(range(rng, 300, 500), range(rng, 450, 510), 46, 16, range(rng, 0, 360), "#6fa84a");
      return c;
    });
    // chopsticks
    const cs = pick(rng, ["#8a5a34", "#c49a62", "#3a2a22"]);
    s += `<path d="M600 280 L380 470" stroke="${cs}" stroke-width="13" stroke-linecap="round"/><path d="M630 300 L400 485" stroke="${shade(cs, 0.15)}" stroke-width="13" stroke-linecap="round"/>`;
    return s;
  }
  // dried noodle bundles tied with paper bands
  let s = backdrop(ctx);
  const band = pick(rng, ["#c8402f", "#d9a030", "#4f7a9a", "#6e9a5a"]);
  const bundles = 3;
  for (let b = 0; b < bundles; b++) {
    const cx = 230 + b * 170 + range(rng, -10, 10), base = 690 - (b % 2) * 30, w = thick ? 140 : 120, h = 330;
    const x = cx - w / 2, y = base - h;
    s += shadow(cx, base, w * 0.7, 14);
    const body = lin(ctx, ["#fbf8f1", "#ece5d6", "#fbf8f1"], 1, 0);
    s += `<rect x="${P(x)}" y="${P(y)}" width="${w}" height="${h}" rx="10" fill="${body}"/>`;
    for (let k = 1; k < (thick ? 9 : 16); k++) {
      const lx = x + (k * w) / (thick ? 9 : 16);
      s += `<path d="M${P(lx)} ${P(y + 6)} L${P(lx)} ${P(base - 6)}" stroke="#ddd3bf" stroke-width="2"/>`;
    }
    s += `<rect x="${P(x - 4)}" y="${P(y + h * 0.4)}" width="${w + 8}" height="${P(h * 0.22)}" fill="${band}"/>`;
    s += circle(cx, y + h * 0.51, 26, "#fbf7ef") + circle(cx, y + h * 0.51, 12, shade(band, -0.1));
  }
  return s;
};


// ---------------------------------------------------------------------------
// Fresh fruit: dragon fruit, citrus, chestnut rose (cili)

type FruitKind = "dragon" | "citrus" | "cili";

function fruitKind(ctx: Ctx): FruitKind {
  if (has(ctx, "dragon", "pitaya", "thanh-long")) return "dragon";
  if (has(ctx, "chanh", "lime", "lemon", "citrus", "orange", "tangerine")) return "citrus";
  if (has(ctx, "cili", "rosa")) return "cili";
  return ctx.stable() < 0.5 ? "dragon" : "citrus";
}

const redFlesh = (ctx: Ctx): boolean => has(ctx, "red", "ruot-do");

function dragonFruit(ctx: Ctx, x: number, y: number, r: number, deg: number, skin: string): string {
  const body = rad(ctx, shade(skin, 0.3), shade(skin, -0.15));
  let s = ellipse(0, 0, r * 0.78, r, body);
  const scale = lin(ctx, [skin, "#9cc24a", "#6f9a3a"]);
  const flaps: [number, number, number][] = [[-0.45, 0.45, -130], [0.45, 0.4, 130], [-0.6, -0.05, -100], [0.6, -0.1, 100], [0, 0.2, 180], [-0.3, -0.5, -60], [0.3, -0.55, 60], [0, -0.2, 0]];
  for (const [fx, fy, a] of flaps) s += leaf(fx * r, fy * r, r * 0.55, r * 0.2, a, scale);
  s += leaf(0, -r * 0.9, r * 0.35, r * 0.13, -20, scale) + leaf(0, -r * 0.9, r * 0.35, r * 0.13, 20, scale);
  s += ellipse(-r * 0.32, -r * 0.35, r * 0.12, r * 0.22, "#ffffff", `opacity="0.35"`);
  return g(`translate(${P(x)} ${P(y)}) rotate(${P(deg)})`, s);
}

function dragonHalf(ctx: Ctx, x: number, y: number, r: number, skin: string, flesh: string): string {
  const { rng } = ctx;
  let s = ellipse(0, 0, r * 0.78, r, skin);
  s += ellipse(0, 0, r * 0.7, r * 0.92, flesh);
  for (let i = 0; i < 90; i++) {
    const a = rng() * Math.PI * 2, d = Math.sqrt(rng()) * 0.85;
    s += ellipse(Math.cos(a) * d * r * 0.66, Math.sin(a) * d * r * 0.88, 3.2, 2.2, "#1e1a1a");
  }
  return g(`translate(${P(x)} ${P(y)}) rotate(-70)`, s);
}

function citrus(ctx: Ctx, x: number, y: number, r: number, color: string): string {
  let s = circle(x, y, r, rad(ctx, shade(color, 0.3), shade(color, -0.15)));
  s += ellipse(x - r * 0.35, y - r * 0.4, r * 0.18, r * 0.12, "#ffffff", `opacity="0.4"`);
  s += circle(x + r * 0.05, y - r * 0.95, r * 0.07, shade(color, -0.35));
  return s;
}

function citrusHalf(ctx: Ctx, x: number, y: number, r: number, color: string): string {
  let s = ellipse(x, y, r, r * 0.62, shade(color, -0.05));
  s += ellipse(x, y, r * 0.9, r * 0.55, "#f2f5d8");
  const pulp = shade(color, 0.35);
  for (let i = 0; i < 9; i++) {
    const a0 = (i / 9) * Math.PI * 2 + 0.06, a1 = ((i + 1) / 9) * Math.PI * 2 - 0.06;
    const R = r * 0.8;
    s += path(`M${P(x)} ${P(y)} L${P(x + Math.cos(a0) * R)} ${P(y + Math.sin(a0) * R * 0.6)} A${P(R)} ${P(R * 0.6)} 0 0 1 ${P(x + Math.cos(a1) * R)} ${P(y + Math.sin(a1) * R * 0.6)}Z`, pulp);
  }
  return s;
}

function cili(ctx: Ctx, x: number, y: number, r: number, color: string): string {
  const { rng } = ctx;
  let s = "";
  for (let i = 0; i < 26; i++) {
    const a = (i / 26) * Math.PI * 2 + range(rng, -0.05, 0.05), px = x + Math.cos(a) * r, py = y + Math.sin(a) * r;
    s += `<path d="M${P(px)} ${P(py)} l${P(Math.cos(a) * 14)} ${P(Math.sin(a) * 14)}" stroke="${shade(color, -0.3)}" stroke-width="4" stroke-linecap="round"/>`;
  }
  s += circle(x, y, r, rad(ctx, shade(color, 0.35), shade(color, -0.15)));
  for (let i = 0; i < 14; i++) {
    const a = rng() * Math.PI * 2, d = Math.sqrt(rng()) * r * 0.75;
    s += circle(x + Math.cos(a) * d, y + Math.sin(a) * d, 4, shade(color, -0.25));
  }
  for (const a of [-50, -20, 10, 40]) s += leaf(x, y - r * 0.9, r * 0.5, r * 0.12, a, "#6f8a3a");
  return s;
}

/** One whole fruit of the given kind. */
function wholeFruit(ctx: Ctx, kind: FruitKind, x: number, y: number, r: number, deg: number, hue: string): string {
  if (kind === "dragon") return dragonFruit(ctx, x, y, r, deg, hue);
  if (kind === "citrus") return citrus(ctx, x, y, r * 0.75, hue);
  return cili(ctx, x, y, r * 0.7, hue);
}

function fruitHue(ctx: Ctx, kind: FruitKind): string {
  const rng = ctx.stable;
  if (kind === "dragon") return pick(rng, ["#e23f7a", "#d9336f", "#e84c86"]);
  if (kind === "citrus") return has(ctx, "chanh", "lime") ? pick(rng, ["#7fb23a", "#8cbc3f", "#6fa535"]) : pick(rng, ["#7fb23a", "#e9b93a", "#f0a030"]);
  return pick(rng, ["#d8c04a", "#c9b848", "#e0c45a"]);
}

export const fruit: Motif = (ctx, variant) => {
  const { rng } = ctx;
  const kind = fruitKind(ctx);
  const hue = fruitHue(ctx, kind);
  let s = backdrop(ctx);
  if (variant === 1) {
    s += shadow(400, 690, 280, 30);
    s += leaf(200, 660, 180, 50, -65, "#6f9a4a", "#557a38") + leaf(620, 650, 160, 46, 70, "#7ea65a", "#5a7f3f");
    if (kind === "dragon") {
      s += dragonFruit(ctx, 300, 520, 150, range(rng, -25, -10), hue);
      s += dragonHalf(ctx, 540, 600, 120, hue, redFlesh(ctx) ? "#b8195a" : "#f7f3ee");
    } else if (kind === "citrus") {
      s += citrus(ctx, 280, 560, 120, hue) + citrus(ctx, 450, 520, 105, shade(hue, -0.08));
      s += citrusHalf(ctx, 560, 640, 110, hue);
    } else {
      s += cili(ctx, 290, 580, 95, hue) + cili(ctx, 480, 560, 105, shade(hue, -0.05)) + cili(ctx, 400, 650, 80, shade(hue, 0.05));
    }
    return s;
  }
  // wooden crate full of fruit
  const wood = pick(rng, ["#c89a62", "#b98b55", "#d4aa72"]);
  const spots: [number, number][] = [[250, 440], [400, 420], [550, 440], [320, 480], [480, 480]];
  for (const [x, y] of spots) s += wholeFruit(ctx, kind, x + range(rng, -10, 10), y, 85, range(rng, -40, 40), shade(hue, range(rng, -0.08, 0.08)));
  s += shadow(400, 700, 280, 28);
  s += `<rect x="130" y="500" width="540" height="200" rx="8" fill="${shade(wood, -0.15)}"/>`;
  for (let i = 0; i < 3; i++) s += `<rect x="140" y="${510 + i * 64}" width="520" height="52" rx="6" fill="${lin(ctx, [shade(wood, 0.12), wood])}"/>`;
  s += `<rect x="130" y="500" width="28" height="200" fill="${shade(wood, -0.25)}"/><rect x="642" y="500" width="28" height="200" fill="${shade(wood, -0.25)}"/>`;
  return s;
};


// ---------------------------------------------------------------------------
// Dried fruit: slices, figs, mulberries

type DriedKind = "dragon" | "citrus" | "fig" | "mulberry" | "apricot";

function driedKind(ctx: Ctx): DriedKind {
  if (has(ctx, "dragon", "pitaya", "thanh-long")) return "dragon";
  if (has(ctx, "chanh", "lime", "lemon", "citrus", "orange", "cili")) return "citrus";
  if (has(ctx, "fig", "anjir")) return "fig";
  if (has(ctx, "mulberr", "toot")) return "mulberry";
  if (has(ctx, "apricot", "persimmon", "hong-treo", "hong-say", "peach")) return "apricot";
  return pick(ctx.stable, ["apricot", "citrus", "fig"] as const);
}

function driedPiece(ctx: Ctx, kind: DriedKind, x: number, y: number, r: number, deg: number, hint: { red: boolean; yellow: boolean }): string {
  const { rng } = ctx;
  let s = "";
  if (kind === "dragon") {
    const flesh = hint.red ? "#a8184e" : "#efe6dc";
    s += ellipse(0, 0, r, r * 0.86, "#d8487a") + ellipse(0, 0, r * 0.86, r * 0.74, flesh);
    for (let i = 0; i < 16; i++) {
      const a = rng() * 6.28, d = Math.sqrt(rng()) * r * 0.65;
      s += circle(Math.cos(a) * d, Math.sin(a) * d * 0.85, 2.6, "#231c1c");
    }
  } else if (kind === "citrus") {
    const c = hint.yellow ? "#d9b84a" : "#a9be4a";
    s += circle(0, 0, r, shade(c, -0.05)) + circle(0, 0, r * 0.88, "#f1efc8");
    for (let i = 0; i < 8; i++) {
      const a0 = (i / 8) * 6.283 + 0.07, a1 = ((i + 1) / 8) * 6.283 - 0.07, R = r * 0.78;
      s += path(`M${P(Math.cos(a0) * r * 0.12)} ${P(Math.sin(a0) * r * 0.12)} L${P(Math.cos(a0) * R)} ${P(Math.sin(a0) * R)} A${P(R)} ${P(R)} 0 0 1 ${P(Math.cos(a1) * R)} ${P(Math.sin(a1) * R)}Z`, shade(c, 0.3), `opacity="0.9"`);
    }
  } else if (kind === "fig") {
    const c = pick(rng, ["#8a5a3a", "#9a6a44", "#7a4e32"]);
    s += path(`M0 ${P(-r)} C${P(r * 0.4)} ${P(-r * 0.7)} ${P(r)} ${P(-r * 0.1)} ${P(r * 0.85)} ${P(r * 0.45)} C${P(r * 0.6)} ${P(r)} ${P(-r * 0.6)} ${P(r)} ${P(-r * 0.85)} ${P(r * 0.45)} C${P(-r)} ${P(-r * 0.1)} ${P(-r * 0.4)} ${P(-r * 0.7)} 0 ${P(-r)}Z`, rad(ctx, shade(c, 0.3), shade(c, -0.15)));
    s += `<path d="M0 ${P(-r)} q-4 -14 4 -22" stroke="#5a3a22" stroke-width="6" fill="none" stroke-linecap="round"/>`;
    s += `<path d="M${P(-r * 0.4)} ${P(-r * 0.2)} q${P(r * 0.4)} ${P(r * 0.25)} ${P(r * 0.8)} 0" stroke="${shade(c, -0.35)}" stroke-width="3" fill="none" opacity="0.5"/>`;
  } else if (kind === "mulberry") {
    const c = pick(rng, ["#e6d6b4", "#dccaa2", "#eadcbe"]);
    s += ellipse(0, 0, r * 0.5, r, shade(c, -0.1));
    const bump = rad(ctx, shade(c, 0.35), shade(c, -0.1));
    for (let row = 0; row < 5; row++) {
      const yy = -r * 0.75 + row * r * 0.38, half = r * 0.42 * Math.sin(((row + 0.5) / 5) * Math.PI);
      for (let xx = -half; xx <= half + 0.1; xx += Math.max(r * 0.22, half)) s += circle(xx, yy, r * 0.2, bump);
    }
    s += `<path d="M0 ${P(-r * 0.95)} l3 -18" stroke="#8a7a4a" stroke-width="4" stroke-linecap="round"/>`;
  } else {
    const c = pick(rng, ["#e99a3a", "#e58a30", "#f0a848"]);
    s += ellipse(0, 0, r, r * 0.82, shade(c, -0.15)) + ellipse(-r * 0.04, -r * 0.04, r * 0.92, r * 0.74, c);
    s += ellipse(r * 0.1, r * 0.05, r * 0.42, r * 0.32, shade(c, -0.1)) + ellipse(-r * 0.35, -r * 0.3, r * 0.2, r * 0.1, "#ffffff", `opacity="0.35"`);
  }
  return g(`translate(${P(x)} ${P(y)}) rotate(${P(deg)})`, s);
}

export const driedFruit: Motif = (ctx, variant) => {
  const { rng } = ctx;
  const kind = driedKind(ctx);
  const hint = { red: redFlesh(ctx), yellow: has(ctx, "cili", "lemon") };
  const size = kind === "mulberry" ? 52 : kind === "fig" ? 62 : 70;
  let s = backdrop(ctx);
  if (variant === 1) {
    const plate = pick(rng, ["#f4f0e8", "#e3ebee", "#c9a06a", "#dcd2c0"]);
    s += shadow(400, 660, 300, 40) + ellipse(400, 620, 300, 92, shade(plate, -0.12)) + ellipse(400, 610, 292, 86, plate);
    const pts: [number, number][] = [];
    for (let row = 0; row < 3; row++) for (let col = 0; col < 5; col++) pts.push([190 + col * 105 + (row % 2) * 50 + range(rng, -15, 15), 560 + row * 38 + range(rng, -8, 8)]);
    for (const [x, y] of pts) if (Math.abs(x - 400) < 250) s += driedPiece(ctx, kind, x, y - 20, size * range(rng, 0.85, 1.05), range(rng, -40, 40), hint);
    // a couple of pieces on top of the heap
    s += driedPiece(ctx, kind, 340, 510, size, range(rng, -20, 20), hint) + driedPiece(ctx, kind, 460, 505, size, range(rng, -20, 20), hint);
    return s;
  }
  if (rng() < 0.5) {
    s += kraftBag(ctx, 360, 690, 300, 420, pick(rng, ["#d8b98a", "#cfae7c", "#e2c9a0"]), (cx, cy) => driedPiece(ctx, kind, cx, cy, 44, 0, hint));
  } else {
    s += jar(ctx, 360, 690, 250, 330, pick(rng, ["#c8402f", "#6e8a4a", "#d9a030"]), (x, y, w, h) => {
      let c = "";
      for (let yy = y + h - 20; yy > y + 30; yy -= size * 0.6) for (let xx = x + 20; xx < x + w; xx += size * 0.9) c += driedPiece(ctx, kind, xx + range(rng, -10, 10), yy, size * 0.75, range(rng, 0, 360), hint);
      return c;
    });
  }
  for (let i = 0; i < 3; i++) s += driedPiece(ctx, kind, 580 + i * 60, 680 - (i % 2) * 35, size * 0.7, range(rng, 0, 360), hint);
  return s;
};


// ---------------------------------------------------------------------------
// Nuts: walnuts, almonds, pistachios, macadamia

type NutKind = "walnut" | "kernel" | "almond" | "pistachio" | "macadamia";

function nutKind(ctx: Ctx): NutKind {
  if (has(ctx, "walnut") && has(ctx, "kernel")) return "kernel";
  if (has(ctx, "walnut", "gerdoo")) return "walnut";
  if (has(ctx, "almond", "badam")) return "almond";
  if (has(ctx, "pistachio", "pesteh")) return "pistachio";
  if (has(ctx, "macadamia", "mac-ca")) return "macadamia";
  return pick(ctx.stable, ["walnut", "almond", "pistachio", "macadamia"] as const);
}

function nut(ctx: Ctx, kind: NutKind, x: number, y: number, r: number, deg: number): string {
  const { rng } = ctx;
  let s = "";
  if (kind === "walnut") {
    const c = pick(rng, ["#c49a62", "#b88d58", "#cfa56c"]);
    s += ellipse(0, 0, r * 0.92, r, rad(ctx, shade(c, 0.25), shade(c, -0.2)));
    s += `<path d="M0 ${P(-r)} C${P(r * 0.15)} ${P(-r * 0.4)} ${P(-r * 0.15)} ${P(r * 0.4)} 0 ${P(r)}" stroke="${shade(c, -0.35)}" stroke-width="4" fill="none"/>`;
    for (const sx of [-1, 1]) {
      s += `<path d="M${P(sx * r * 0.3)} ${P(-r * 0.6)} q${P(sx * r * 0.3)} ${P(r * 0.3)} 0 ${P(r * 0.6)} q${P(-sx * r * 0.2)} ${P(r * 0.3)} ${P(sx * r * 0.15)} ${P(r * 0.5)}" stroke="${shade(c, -0.25)}" stroke-width="3" fill="none" opacity="0.7"/>`;
    }
  } else if (kind === "kernel") {
    const c = pick(rng, ["#c79a5c", "#d2a66a", "#b98a52"]);
    const lobe = rad(ctx, shade(c, 0.3), shade(c, -0.15));
    for (const sx of [-1, 1]) {
      s += path(`M0 ${P(-r * 0.8)} C${P(sx * r * 0.9)} ${P(-r)} ${P(sx * r * 1.05)} ${P(r * 0.2)} ${P(sx * r * 0.6)} ${P(r * 0.8)} C${P(sx * r * 0.3)} ${P(r)} ${P(sx * r * 0.1)} ${P(r * 0.6)} 0 ${P(r * 0.4)}Z`, lobe);
      for (const yy of [-0.4, 0, 0.4]) s += `<path d="M${P(sx * r * 0.2)} ${P(yy * r)} q${P(sx * r * 0.3)} ${P(-r * 0.15)} ${P(sx * r * 0.6)} 0" stroke="${shade(c, -0.3)}" stroke-width="3" fill="none" opacity="0.6"/>`;
    }
  } else if (kind === "almond") {
    const c = pick(rng, ["#a8683a", "#9a5e34", "#b57442"]);
    s += path(`M0 ${P(-r)} C${P(r * 0.75)} ${P(-r * 0.5)} ${P(r * 0.65)} ${P(r * 0.8)} 0 ${P(r)} C${P(-r * 0.65)} ${P(r * 0.8)} ${P(-r * 0.75)} ${P(-r * 0.5)} 0 ${P(-r)}Z`, rad(ctx, shade(c, 0.3), shade(c, -0.15)));
    for (const dx of [-0.25, 0, 0.25]) s += `<path d="M${P(dx * r)} ${P(-r * 0.6)} q${P(dx * r * 0.5)} ${P(r * 0.7)} ${P(dx * r * 0.2)} ${P(r * 1.3)}" stroke="${shade(c, -0.3)}" stroke-width="2.5" fill="none" opacity="0.5"/>`;
  } else if (kind === "pistachio") {
    const c = pick(rng, ["#e3d2ae", "#dcc8a0", "#e8d9b8"]);
    s += ellipse(0, 0, r * 0.68, r, rad(ctx, shade(c, 0.3), shade(c, -0.12)));
    s += ellipse(r * 0.05, -r * 0.05, r * 0.3, r * 0.75, pick(rng, ["#7a9a3a", "#8aa845", "#6e8e32"]));
    s += ellipse(r * 0.05, -r * 0.05, r * 0.18, r * 0.6, "#b0563e", `opacity="0.35"`);
  } else {
    const c = pick(rng, ["#8a5a36", "#7a4e2e", "#9a6640"]);
    s += circle(0, 0, r * 0.85, rad(ctx, shade(c, 0.3), shade(c, -0.2)));
    if (rng() < 0.4) s += path(`M${P(-r * 0.2)} ${P(-r * 0.8)} A${P(r * 0.85)} ${P(r * 0.85)} 0 0 1 ${P(r * 0.8)} ${P(r * 0.25)} L0 0Z`, "#f1e6c8");
    s += circle(-r * 0.3, -r * 0.35, r * 0.14, "#ffffff", `opacity="0.3"`);
  }
  return g(`translate(${P(x)} ${P(y)}) rotate(${P(deg)})`, s);
}

export const nuts: Motif = (ctx, variant) => {
  const { rng } = ctx;
  const kind = nutKind(ctx);
  const r = kind === "walnut" ? 62 : kind === "kernel" ? 58 : kind === "macadamia" ? 48 : 50;
  let s = backdrop(ctx);
  const heap = (cx: number, base: number, w: number, rows: number, rr: number): string => {
    let h = "";
    for (let row = 0; row < rows; row++) {
      const half = w * (1 - row / rows) * 0.9;
      for (let x = cx - half; x <= cx + half; x += rr * 1.5) h += nut(ctx, kind, x + range(rng, -8, 8), base - row * rr * 1.2 + range(rng, -6, 6), rr * range(rng, 0.9, 1.05), range(rng, -50, 50));
    }
    return h;
  };
  if (variant === 1) {
    const wood = pick(rng, ["#c9a06a", "#b98d58", "#e3d8c6"]);
    s += shadow(400, 670, 300, 36) + ellipse(400, 640, 300, 82, shade(wood, -0.15)) + ellipse(400, 630, 296, 78, lin(ctx, [shade(wood, 0.15), wood]));
    s += heap(400, 630, 230, 4, r);
    s += nut(ctx, kind, 640, 700, r, 20) + nut(ctx, kind, 180, 715, r * 0.9, -30);
    return s;
  }
  if (rng() < 0.5) {
    s += kraftBag(ctx, 360, 690, 300, 420, pick(rng, ["#d8b98a", "#cfae7c", "#bfa07a"]), (cx, cy) => nut(ctx, kind, cx, cy, 42, 0));
    s += heap(620, 700, 90, 2, r * 0.8);
  } else {
    s += bowl(ctx, 400, 560, 240, pick(rng, ["#f4efe6", "#5f7f97", "#b8734e", "#6e8a5a"]), () => heap(400, 560, 200, 3, r * 0.9));
  }
  return s;
};


// ---------------------------------------------------------------------------
// Honey

function honeycomb(x: number, y: number, cell: number, cols: number, rows: number, fill: string, wax: string): string {
  let s = "";
  const h = cell * Math.sqrt(3);
  for (let c = 0; c < cols; c++) {
    for (let r = 0; r < rows; r++) {
      const cx = x + c * cell * 1.5, cy = y + r * h + (c % 2 ? h / 2 : 0);
      let d = "";
      for (let k = 0; k < 6; k++) d += `${k ? "L" : "M"}${P(cx + Math.cos((k * Math.PI) / 3) * cell)} ${P(cy + Math.sin((k * Math.PI) / 3) * cell)} `;
      s += path(d + "Z", fill, `stroke="${wax}" stroke-width="${P(cell * 0.22)}" stroke-linejoin="round"`);
    }
  }
  return s;
}

function dipper(x: number, y: number, deg: number, wood: string, honey: string): string {
  let s = `<rect x="-8" y="-260" width="16" height="200" rx="8" fill="${wood}"/>`;
  for (let i = 0; i < 4; i++) s += ellipse(0, -40 + i * 22, 40 - Math.abs(i - 1.5) * 6, 14, shade(wood, i % 2 ? -0.1 : 0.05));
  s += path(`M-20 30 Q-24 70 -6 90 Q6 100 6 80 Q4 60 18 30Z`, honey, `opacity="0.9"`);
  return g(`translate(${P(x)} ${P(y)}) rotate(${P(deg)})`, s);
}

function bee(x: number, y: number, s: number): string {
  let b = ellipse(-8, -14, 14, 9, "#ffffff", `opacity="0.8" transform="rotate(-30 -8 -14)"`) + ellipse(8, -14, 14, 9, "#ffffff", `opacity="0.8" transform="rotate(30 8 -14)"`);
  b += ellipse(0, 0, 20, 13, "#f2b632");
  b += `<rect x="-8" y="-13" width="5" height="26" fill="#3a2a1a"/><rect x="4" y="-13" width="5" height="26" fill="#3a2a1a"/>`;
  b += circle(19, -2, 7, "#3a2a1a");
  return g(`translate(${P(x)} ${P(y)}) scale(${P(s)})`, b);
}

export const honey: Motif = (ctx, variant) => {
  const { rng } = ctx;
  const amber = pick(rng, ["#e0a030", "#d38b22", "#e8b040", "#c97a1c"]);
  const forest = has(ctx, "forest", "wild", "jungle");
  if (variant === 1) {
    let s = backdrop(ctx);
    s += jar(ctx, 330, 690, 260, 320, pick(rng, ["#d9a441", "#8a5a34", "#c8402f", "#6e8a4a"]), (x, y, w, h) =>
      `<rect x="${P(x)}" y="${P(y)}" width="${P(w)}" height="${P(h)}" fill="${lin(ctx, [shade(amber, 0.2), amber, shade(amber, -0.25)])}"/>` +
      `<rect x="${P(x)}" y="${P(y + h * 0.35)}" width="${P(w)}" height="${P(h * 0.3)}" fill="#fbf5e6" opacity="0.9"/>` +
      g(`translate(${P(x + w / 2 - 30)} ${P(y + h * 0.45)})`, honeycomb(0, 0, 12, 4, 2, shade(amber, 0.1), "#f6d98a")),
    );
    // honeycomb slab in front right
    s += shadow(580, 700, 140, 20);
    s += g(`translate(470 560) rotate(-4)`, `<rect x="-10" y="-16" width="230" height="150" rx="14" fill="#f1d27a"/>` + honeycomb(12, 6, 20, 7, 4, amber, "#f6d98a"));
    s += dipper(600, 480, range(rng, 20, 35), pick(rng, ["#c49a62", "#b58552"]), amber);
    s += bee(range(rng, 180, 260), range(rng, 230, 300), 1.3);
    return s;
  }
  // apiary in the landscape
  let s = landscape(ctx, forest ? ["#6f9a52", "#557f40", "#41683a"] : ["#a8c47a", "#8fb464", "#75a052"]);
  s += path(hill(rng, 520, 70), forest ? "#5f8a48" : "#9cc075");
  if (forest) {
    for (let i = 0; i < 9; i++) {
      const x = 40 + i * 92 + range(rng, -20, 20), y = 470 + range(rng, -30, 20), h = range(rng, 160, 240);
      s += `<rect x="${P(x - 7)}" y="${P(y - 20)}" width="14" height="60" fill="#6b4a2e"/>`;
      s += path(`M${P(x)} ${P(y - h)} L${P(x + 55)} ${P(y)} L${P(x - 55)} ${P(y)}Z`, pick(rng, ["#3f6a3a", "#4a7842", "#365e34"]));
    }
  }
  s += path(hill(rng, 620, 40), forest ? "#6f9a52" : "#b0cc84");
  const box = pick(rng, ["#f2ead8", "#e9c46a", "#8fb8c8", "#e7b9a0"]);
  for (let i = 0; i < 3; i++) {
    const x = 170 + i * 200 + range(rng, -15, 15), base = 700 + (i % 2) * 15;
    s += shadow(x, base, 90, 12, 0.2);
    s += `<rect x="${P(x - 70)}" y="${P(base - 170)}" width="140" height="170" fill="${shade(box, i * 0.05)}"/>`;
    s += `<rect x="${P(x - 70)}" y="${P(base - 110)}" width="140" height="6" fill="${shade(box, -0.2)}"/>`;
    s += `<rect x="${P(x - 84)}" y="${P(base - 196)}" width="168" height="32" rx="4" fill="${shade(box, -0.3)}"/>`;
    s += `<rect x="${P(x - 24)}" y="${P(base - 24)}" width="48" height="8" fill="#3a2a1a"/>`;
  }
  for (let i = 0; i < 3; i++) s += bee(range(rng, 120, 680), range(rng, 300, 420), 0.9);
  return s;
};

// ---------------------------------------------------------------------------
// Spices and herbs

function chili(x: number, y: number, len: number, deg: number, color: string, dried: boolean): string {
  const w = len * 0.16;
  let s = path(`M0 0 C${P(w * 1.4)} ${P(len * 0.1)} ${P(w * 1.2)} ${P(len * 0.6)} ${P(w * 0.2)} ${P(len)} C${P(-w * 0.2)} ${P(len * 0.7)} ${P(-w * 1.2)} ${P(len * 0.3)} 0 0Z`, color);
  s += `<path d="M${P(w * 0.3)} ${P(len * 0.12)} q${P(w * 0.5)} ${P(len * 0.3)} 0 ${P(len * 0.6)}" stroke="#ffffff" stroke-width="${P(w * 0.25)}" fill="none" opacity="${dried ? 0.15 : 0.4}" stroke-linecap="round"/>`;
  s += path(`M${P(-w * 0.8)} 4 Q0 ${P(-w * 0.6)} ${P(w * 0.8)} 4 Q0 ${P(w * 0.4)} ${P(-w * 0.8)} 4Z`, dried ? "#6f6a3a" : "#4f8a3a");
  s += `<path d="M0 0 q-4 -20 8 -34" stroke="${dried ? "#6f6a3a" : "#4f8a3a"}" stroke-width="${P(w * 0.3)}" fill="none" stroke-linecap="round"/>`;
  return g(`translate(${P(x)} ${P(y)}) rotate(${P(deg)})`, s);
}

function herbSprig(ctx: Ctx, x: number, y: number, deg: number, color: string, small: boolean): string {
  const { rng } = ctx;
  let s = `<path d="M0 0 Q10 -90 0 -200" stroke="${shade(color, -0.3)}" stroke-width="4" fill="none" stroke-linecap="round"/>`;
  const n = small ? 14 : 6;
  for (let i = 0; i < n; i++) {
    const t = (i + 0.5) / n, yy = -t * 195;
    const len = small ? 22 : range(rng, 60, 80);
    s += leaf(Math.sin(t * 3) * 5, yy, len, len * 0.3, i % 2 ? 55 : -55, shade(color, range(rng, -0.08, 0.1)));
  }
  return g(`translate(${P(x)} ${P(y)}) rotate(${P(deg)})`, s);
}

function seedPile(ctx: Ctx, cx: number, base: number, w: number, h: number, color: string, round = false): string {
  const { rng } = ctx;
  let s = "";
  for (let i = 0; i < 260; i++) {
    const u = range(rng, -1, 1), top = base - h * (1 - u * u);
    const x = cx + u * w, y = range(rng, top, base);
    s += round ? circle(x, y, 7, shade(color, range(rng, -0.1, 0.2))) : ellipse(x, y, 6, 3, shade(color, range(rng, -0.1, 0.15)), `transform="rotate(${P(range(rng, 0, 180))} ${P(x)} ${P(y)})"`);
  }
  return s;
}

function driedFlower(x: number, y: number, deg: number, c: string): string {
  let s = path("M0 0 C30 -40 26 -140 0 -200 C-26 -140 -30 -40 0 0Z", c);
  for (const a of [-18, 18]) s += leaf(0, -20, 170, 20, a, shade(c, -0.12));
  s += `<path d="M0 0 l0 40" stroke="#8a7a4a" stroke-width="10" stroke-linecap="round"/>`;
  return g(`translate(${P(x)} ${P(y)}) rotate(${P(deg)})`, s);
}

export const spices: Motif = (ctx, variant) => {
  const { rng } = ctx;
  const pepper = has(ctx, "tieu", "peppercorn", "black-pepper");
  const kind = pepper ? "seeds" : has(ctx, "chili", "lajiao", "ot-") ? "chili" : has(ctx, "cumin", "seed", "zireh") ? "seeds" : has(ctx, "flower") ? "flower" : has(ctx, "thyme", "herb", "leaf", "la-chanh", "mint") ? "herbs" : pick(ctx.stable, ["chili", "herbs"] as const);
  const dried = has(ctx, "dried", "sun", "say");
  const red = dried ? pick(rng, ["#a52a1c", "#9a2418", "#b3321e"]) : pick(rng, ["#d8341f", "#e0422a", "#cc2e1c"]);
  const herb = has(ctx, "la-chanh", "lime") ? pick(rng, ["#4f8a3a", "#5a9440"]) : pick(rng, ["#7a9a5a", "#6f9050", "#8aa868"]);
  let s = backdrop(ctx);
  const main = (cx: number, base: number, scale: number): string => {
    let m = "";
    if (kind === "chili") for (let i = 0; i < 6; i++) m += chili(cx - 180 * scale + i * 70 * scale + range(rng, -10, 10), base - 230 * scale + range(rng, -20, 20), 230 * scale, range(rng, -35, 35), shade(red, range(rng, -0.08, 0.08)), dried);
    else if (kind === "seeds") m += seedPile(ctx, cx, base, 190 * scale, 110 * scale, pepper ? "#3a3028" : "#2e2622", pepper) + herbSprig(ctx, cx + 250 * scale, base, 40, herb, true);
    else if (kind === "flower") for (let i = 0; i < 4; i++) m += driedFlower(cx - 150 * scale + i * 100 * scale, base - 20, range(rng, -70, -40) + i * 25, pick(rng, ["#e8dca8", "#dccb8e", "#eadfb8"]));
    else for (let i = 0; i < 4; i++) m += herbSprig(ctx, cx - 150 * scale + i * 100 * scale, base, range(rng, -30, 30), herb, !has(ctx, "la-", "leaf"));
    return m;
  };
  if (variant === 1) {
    s += shadow(400, 700, 290, 30);
    const cloth = pick(rng, ["#efe6d2", "#e6ecef", "#f2e4dc"]);
    s += path("M110 590 L690 570 L710 730 L90 740Z", cloth) + path("M110 590 L690 570 L694 586 L112 606Z", shade(cloth, -0.06));
    s += main(400, kind === "seeds" ? 690 : 660, kind === "seeds" ? 1 : 1.25);
    return s;
  }
  // small jar or a wooden scoop with the spice, plus a sprig/chili beside
  s += jar(ctx, 330, 690, 230, 300, pick(rng, ["#3a3a3a", "#8a5a34", "#c8402f", "#5a7a4a"]), (x, y, w, h) => {
    if (kind === "seeds") return seedPile(ctx, x + w / 2, y + h, w * 0.7, h * 0.8, "#2e2622", pepper) + `<rect x="${P(x)}" y="${P(y + h * 0.5)}" width="${P(w)}" height="${P(h * 0.5)}" fill="#2e2622"/>`;
    const c = kind === "chili" ? red : kind === "flower" ? "#dccb8e" : herb;
    let f = `<rect x="${P(x)}" y="${P(y + h * 0.3)}" width="${P(w)}" height="${P(h * 0.7)}" fill="${shade(c, -0.15)}"/>`;
    for (let i = 0; i < 40; i++) f += ellipse(x + rng() * w, y + h * 0.2 + rng() * h * 0.8, 14, 6, shade(c, range(rng, -0.2, 0.2)), `transform="rotate(${P(range(rng, 0, 180))} ${P(x + w / 2)} ${P(y + h * 0.6)})"`);
    return f;
  });
  s += main(610, 700, 0.55);
  return s;
};


// ---------------------------------------------------------------------------
// Coffee

function bean(x: number, y: number, r: number, deg: number, color: string): string {
  const body = ellipse(0, 0, r * 0.72, r, color);
  const crease = `<path d="M0 ${P(-r * 0.85)} C${P(r * 0.35)} ${P(-r * 0.3)} ${P(-r * 0.35)} ${P(r * 0.3)} 0 ${P(r * 0.85)}" stroke="${shade(color, -0.45)}" stroke-width="${P(r * 0.14)}" fill="none" stroke-linecap="round"/>`;
  const hi = ellipse(-r * 0.3, -r * 0.35, r * 0.15, r * 0.3, "#ffffff", `opacity="0.18"`);
  return g(`translate(${P(x)} ${P(y)}) rotate(${P(deg)})`, body + crease + hi);
}

function cherryBranch(ctx: Ctx, x: number, y: number, deg: number): string {
  const { rng } = ctx;
  let s = `<path d="M0 0 C120 -20 240 10 380 -20" stroke="#6b4a2e" stroke-width="12" fill="none" stroke-linecap="round"/>`;
  for (let i = 0; i < 4; i++) {
    const lx = 40 + i * 95;
    s += leaf(lx, -6, 150, 48, -60 + range(rng, -10, 10), "#4f8a3a", "#3a6a2a") + leaf(lx + 30, 0, 140, 44, 130 + range(rng, -10, 10), "#5a9440", "#3a6a2a");
    for (let k = 0; k < 4; k++) {
      const c = pick(rng, ["#c8242a", "#b81c24", "#d63a2a", "#e0682a", "#9a1a20"]);
      const cx = lx + 10 + k * 15 + range(rng, -4, 4), cy = 14 + (k % 2) * 18;
      s += circle(cx, cy, 19, rad(ctx, shade(c, 0.3), shade(c, -0.15))) + circle(cx + 4, cy + 12, 3, "#3a1a14", `opacity="0.6"`);
    }
  }
  return g(`translate(${P(x)} ${P(y)}) rotate(${P(deg)})`, s);
}

export const coffee: Motif = (ctx, variant) => {
  const { rng } = ctx;
  const green = has(ctx, "green", "raw", "unroasted", "nhan");
  const roast = green ? pick(rng, ["#a8b07a", "#9aa46e", "#b4b884"]) : has(ctx, "medium") ? pick(rng, ["#7a4a2a", "#6e4226"]) : pick(rng, ["#5a3420", "#4e2c1a", "#6a3e24"]);
  let s = backdrop(ctx);
  if (variant === 1) {
    s += cherryBranch(ctx, range(rng, 60, 120), range(rng, 230, 280), range(rng, -6, 4));
    s += shadow(400, 690, 270, 28);
    const base = 680;
    for (let row = 0; row < 4; row++) {
      const half = 240 * (1 - row / 4.5);
      for (let x = 400 - half; x <= 400 + half; x += 48) s += bean(x + range(rng, -8, 8), base - row * 36 + range(rng, -6, 6), 30, range(rng, 0, 180), shade(roast, range(rng, -0.1, 0.1)));
    }
    return s;
  }
  const dripBag = has(ctx, "drip");
  if (dripBag) {
    // a cup with a paper drip filter hanging on it
    s += shadow(400, 700, 200, 22) + ellipse(400, 690, 190, 26, "#ece6dc");
    s += path("M270 470 L530 470 C530 610 480 680 400 680 C320 680 270 610 270 470Z", lin(ctx, ["#ffffff", "#e6e0d6"], 1, 0));
    s += ellipse(400, 470, 130, 26, "#f2ede4") + ellipse(400, 474, 118, 20, "#4a2a18");
    s += path("M300 300 L500 300 L480 470 L320 470Z", "#f6f1e6") + path("M300 300 L500 300 L496 330 L304 330Z", "#e8e0d0");
    s += `<rect x="340" y="370" width="120" height="60" rx="8" fill="${roast}"/>`;
    s += path("M530 520 C600 520 600 610 520 620", "none", `stroke="#e6e0d6" stroke-width="18"`);
  } else {
    // valve bag standing with beans spilled
    const bag = pick(rng, ["#2f3a3a", "#6b4a2e", "#c8a070", "#3f5a4a"]);
    s += kraftBag(ctx, 360, 690, 290, 430, bag, (cx, cy) => bean(cx - 26, cy, 28, -20, roast) + bean(cx + 26, cy, 28, 25, roast));
    s += circle(360, 330, 14, shade(bag, -0.3));
  }
  for (let i = 0; i < 8; i++) s += bean(560 + range(rng, 0, 160), 690 + range(rng, -20, 30), 24, range(rng, 0, 180), shade(roast, range(rng, -0.1, 0.1)));
  return s;
};

// ---------------------------------------------------------------------------
// Preserves and pickles

export const preserves: Motif = (ctx, variant) => {
  const { rng } = ctx;
  const kind = has(ctx, "chanh", "lime", "lemon", "muoi") ? "lime" : has(ctx, "lajiao", "chili", "pepper") ? "chili" : has(ctx, "barberry", "zereshk") ? "barberry" : has(ctx, "jujube", "annab") ? "jujube" : has(ctx, "thanh-long", "dragon", "pitaya") ? "dragon" : has(ctx, "olive", "zeytun") ? "olive" : has(ctx, "jam", "mut-", "plum", "lavashak", "murabba", "marmalade") ? "jam" : pick(ctx.stable, ["jam", "lime", "olive"] as const);
  const tone: Record<string, string> = { lime: "#b8b84a", chili: "#c8321e", barberry: "#a8182a", jujube: "#7a2a1a", dragon: "#b8195a", olive: "#6e7a32", jam: "#c23a3a" };
  const c = kind === "jam" && has(ctx, "feijoa", "kiwi") ? "#8a9a3a" : kind === "jam" && has(ctx, "plum", "lavashak") ? "#8a2a3a" : (tone[kind] ?? "#c23a3a");
  const piece = (x: number, y: number, r: number, deg: number): string => {
    if (kind === "lime") return driedPiece(ctx, "citrus", x, y, r, deg, { red: false, yellow: true });
    if (kind === "chili") return chili(x, y - r, r * 2.6, deg, "#d8341f", false);
    if (kind === "barberry") return berryCluster(ctx, x, y - r, 6, r * 0.35, "#c8202a");
    if (kind === "jujube") return jujubeFruit(ctx, x, y, r * 0.8, deg, "#9c2a1c", false);
    if (kind === "dragon") return dragonFruit(ctx, x, y, r, deg, "#e23f7a");
    if (kind === "olive") return ellipse(x, y, r * 0.5, r * 0.7, rad(ctx, "#9aa84a", "#5e6a28"), `transform="rotate(${P(deg)} ${P(x)} ${P(y)})"`);
    return circle(x, y, r * 0.7, rad(ctx, shade(c, 0.4), shade(c, -0.05)));
  };
  const contents = (x: number, y: number, w: number, h: number): string => {
    let f = `<rect x="${P(x)}" y="${P(y)}" width="${P(w)}" height="${P(h)}" fill="${lin(ctx, [shade(c, 0.15), shade(c, -0.2)])}"/>`;
    const chunky = kind === "lime" || kind === "olive" || kind === "chili";
    if (chunky) for (let yy = y + h - 30; yy > y + 20; yy -= 55) for (let xx = x + 30; xx < x + w; xx += 65) f += kind === "chili" ? circle(xx + range(rng, -10, 10), yy, 16, "#e04a2a", `stroke="#f2c68a" stroke-width="4"`) : piece(xx + range(rng, -10, 10), yy, 34, range(rng, 0, 360));
    else for (let i = 0; i < 20; i++) f += circle(x + rng() * w, y + rng() * h, range(rng, 5, 12), shade(c, range(rng, -0.25, 0.2)), `opacity="0.8"`);
    return f;
  };
  let s = backdrop(ctx);
  const lid = pick(rng, ["#c8a060", "#b8402f", "#5a7a4a", "#d9c9a8"]);
  if (variant === 1) {
    s += jar(ctx, 330, 690, 250, 310, lid, contents);
    // gingham cloth cap on lid
    s += path("M190 360 L470 360 L500 410 L160 410Z", pick(rng, ["#e8c8c0", "#d8e4d0", "#f0e0b8"]), `opacity="0.95"`);
    s += `<rect x="195" y="405" width="270" height="10" rx="5" fill="#8a5a34"/>`;
    for (let i = 0; i < 3; i++) s += piece(560 + i * 70, 680 - (i % 2) * 40, 48, range(rng, -40, 40));
    return s;
  }
  // two jars side by side + a spoon with a dollop
  s += jar(ctx, 270, 690, 210, 260, lid, contents);
  s += jar(ctx, 500, 700, 180, 210, shade(lid, -0.15), contents);
  s += g("translate(600 730) rotate(-15)", `<rect x="-8" y="-20" width="180" height="16" rx="8" fill="#c49a62"/>` + ellipse(-40, -12, 48, 26, "#c49a62") + ellipse(-40, -16, 38, 16, c));
  return s;
};

export const MOTIFS: Record<string, Motif> = {
  saffron,
  barberry,
  jujube,
  rice,
  tea,
  noodles,
  fruit,
  "dried-fruit": driedFruit,
  nuts,
  honey,
  spices,
  coffee,
  preserves,
};
