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
}

export function makeCtx(seed: number): Ctx {
  let n = 0;
  const defs: string[] = [];
  return { rng: makeRng(seed), id: (name) => `${name}${n++}`, defs };
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
  const glow = rad(ctx, "#ffffff", a, 0.5, 0.5);
  return (
    `<rect width="800" height="800" fill="${wall}"/>` +
    ellipse(range(ctx.rng, 300, 500), 300, 360, 260, glow, `opacity="0.55"`) +
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
    threads += `<path d="M0 ${P(top)} q${P(a * 1.2)} -50 ${P(a * 2.8)} -110" stroke="#c4251c" stroke-width="7" fill="none" stroke-linecap="round"/>`;
    threads += circle(a * 2.8, top - 112, 7, "#d8342a");
  }
  const stamens = [-8, 8].map((a) => `<path d="M${a} ${P(top)} l${a} -60" stroke="#f2c230" stroke-width="8" stroke-linecap="round"/>`).join("");
  const cup = leaf(0, top + 28, 120, 44, 0, shade(petal, 0.1));
  return g(`translate(${P(x)} ${P(y)}) rotate(${P(tilt)}) scale(${P(scale)})`, s + back + threads + stamens + front + cup);
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
  if (!dried && rng() < 0.4) s += ellipse(r * 0.25, r * 0.35, r * 0.4, r * 0.5, "#b7b24a", `opacity="0.45"`);
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

export const MOTIFS: Record<string, Motif> = { saffron, barberry, jujube };
