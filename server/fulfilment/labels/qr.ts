/**
 * A QR code encoder (ISO/IEC 18004: byte mode, error correction level M,
 * versions 1–10, the mask with the lowest penalty). bwip-js draws the same
 * symbols but takes about 2 ms each; a batch of ten thousand labels cannot
 * wait that long, so labels use this one (tests compare it with bwip-js).
 */

/** A square of modules, row by row; 1 is dark. */
export interface QrMatrix {
  size: number;
  modules: Uint8Array;
}

const MAX_VERSION = 10;
type Level = "L" | "M" | "Q" | "H";
/** Error correction codewords per block and number of blocks, by level and version (index 0 unused). */
const ECC_PER_BLOCK: Record<Level, readonly number[]> = {
  L: [0, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18],
  M: [0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26],
  Q: [0, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24],
  H: [0, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28],
};
const BLOCKS: Record<Level, readonly number[]> = {
  L: [0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4],
  M: [0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5],
  Q: [0, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8],
  H: [0, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8],
};
const FORMAT_LEVEL_BITS: Record<Level, number> = { L: 1, M: 0, Q: 3, H: 2 };

function rawDataModules(version: number): number {
  let result = (16 * version + 128) * version + 64;
  if (version >= 2) {
    const alignments = Math.floor(version / 7) + 2;
    result -= (25 * alignments - 10) * alignments - 55;
    if (version >= 7) result -= 36;
  }
  return result;
}

function dataCodewords(version: number, level: Level): number {
  return Math.floor(rawDataModules(version) / 8) - (ECC_PER_BLOCK[level][version] ?? 0) * (BLOCKS[level][version] ?? 0);
}

function alignmentPositions(version: number, size: number): number[] {
  if (version === 1) return [];
  const count = Math.floor(version / 7) + 2;
  const step = Math.ceil((version * 4 + 4) / (count * 2 - 2)) * 2;
  const result = [6];
  for (let pos = size - 7; result.length < count; pos -= step) result.splice(1, 0, pos);
  return result;
}

// GF(256) with the QR polynomial x^8 + x^4 + x^3 + x^2 + 1, by logarithm tables
const EXP = new Uint8Array(512);
const LOG = new Uint8Array(256);
for (let i = 0, x = 1; i < 255; i++) {
  EXP[i] = x;
  LOG[x] = i;
  x = (x << 1) ^ (x & 0x80 ? 0x11d : 0);
}
for (let i = 255; i < 512; i++) EXP[i] = EXP[i - 255] ?? 0;

function gfMultiply(x: number, y: number): number {
  return x === 0 || y === 0 ? 0 : (EXP[(LOG[x] ?? 0) + (LOG[y] ?? 0)] ?? 0);
}

const divisors = new Map<number, number[]>();

function reedSolomonDivisor(degree: number): number[] {
  const known = divisors.get(degree);
  if (known) return known;
  const result = new Array<number>(degree).fill(0);
  result[degree - 1] = 1;
  let root = 1;
  for (let i = 0; i < degree; i++) {
    for (let j = 0; j < degree; j++) {
      result[j] = gfMultiply(result[j] ?? 0, root) ^ (j + 1 < degree ? (result[j + 1] ?? 0) : 0);
    }
    root = gfMultiply(root, 0x02);
  }
  divisors.set(degree, result);
  return result;
}

function reedSolomonRemainder(data: readonly number[], divisor: readonly number[]): number[] {
  const result = new Array<number>(divisor.length).fill(0);
  for (const byte of data) {
    const factor = byte ^ (result.shift() ?? 0);
    result.push(0);
    divisor.forEach((coefficient, i) => {
      result[i] = (result[i] ?? 0) ^ gfMultiply(coefficient, factor);
    });
  }
  return result;
}

interface Template {
  version: number;
  size: number;
  /** Function patterns drawn, format area left light. */
  modules: Uint8Array;
  isFunction: Uint8Array;
}

const templates = new Map<number, Template>();

function template(version: number): Template {
  const known = templates.get(version);
  if (known) return known;
  const size = version * 4 + 17;
  const modules = new Uint8Array(size * size);
  const isFunction = new Uint8Array(size * size);
  const set = (x: number, y: number, dark: boolean) => {
    modules[y * size + x] = dark ? 1 : 0;
    isFunction[y * size + x] = 1;
  };
  for (let i = 0; i < size; i++) {
    set(6, i, i % 2 === 0);
    set(i, 6, i % 2 === 0);
  }
  for (const [cx, cy] of [[3, 3], [size - 4, 3], [3, size - 4]] as const) {
    for (let dy = -4; dy <= 4; dy++) {
      for (let dx = -4; dx <= 4; dx++) {
        const x = cx + dx;
        const y = cy + dy;
        const distance = Math.max(Math.abs(dx), Math.abs(dy));
        if (x >= 0 && x < size && y >= 0 && y < size) set(x, y, distance !== 2 && distance !== 4);
      }
    }
  }
  const positions = alignmentPositions(version, size);
  const last = positions.length - 1;
  positions.forEach((px, i) => {
    positions.forEach((py, j) => {
      if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) return;
      for (let dy = -2; dy <= 2; dy++) for (let dx = -2; dx <= 2; dx++) set(px + dx, py + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
    });
  });
  // format areas (filled per mask) and the dark module
  for (let i = 0; i < 9; i++) {
    if (i !== 6) {
      set(8, i, false);
      set(i, 8, false);
    }
  }
  for (let i = 0; i < 8; i++) {
    set(size - 1 - i, 8, false);
    set(8, size - 1 - i, false);
  }
  set(8, size - 8, true);
  if (version >= 7) {
    let remainder = version;
    for (let i = 0; i < 12; i++) remainder = (remainder << 1) ^ ((remainder >>> 11) * 0x1f25);
    const bits = (version << 12) | remainder;
    for (let i = 0; i < 18; i++) {
      const dark = ((bits >>> i) & 1) === 1;
      const a = size - 11 + (i % 3);
      const b = Math.floor(i / 3);
      set(a, b, dark);
      set(b, a, dark);
    }
  }
  const made = { version, size, modules, isFunction };
  templates.set(version, made);
  return made;
}

function drawFormatBits(modules: Uint8Array, size: number, level: Level, mask: number): void {
  const data = (FORMAT_LEVEL_BITS[level] << 3) | mask;
  let remainder = data;
  for (let i = 0; i < 10; i++) remainder = (remainder << 1) ^ ((remainder >>> 9) * 0x537);
  const bits = ((data << 10) | remainder) ^ 0x5412;
  const set = (x: number, y: number, i: number) => {
    modules[y * size + x] = (bits >>> i) & 1;
  };
  for (let i = 0; i <= 5; i++) set(8, i, i);
  set(8, 7, 6);
  set(8, 8, 7);
  set(7, 8, 8);
  for (let i = 9; i < 15; i++) set(14 - i, 8, i);
  for (let i = 0; i < 8; i++) set(size - 1 - i, 8, i);
  for (let i = 8; i < 15; i++) set(8, size - 15 + i, i);
  modules[(size - 8) * size + 8] = 1;
}

function masked(mask: number, x: number, y: number): boolean {
  switch (mask) {
    case 0: return (x + y) % 2 === 0;
    case 1: return y % 2 === 0;
    case 2: return x % 3 === 0;
    case 3: return (x + y) % 3 === 0;
    case 4: return (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0;
    case 5: return ((x * y) % 2) + ((x * y) % 3) === 0;
    case 6: return (((x * y) % 2) + ((x * y) % 3)) % 2 === 0;
    default: return (((x + y) % 2) + ((x * y) % 3)) % 2 === 0;
  }
}

/** The smallest version that holds the bytes at level M, then the strongest level that still fits in it. */
function chooseVersion(byteCount: number): { version: number; level: Level } {
  const bitsNeeded = (v: number) => 4 + (v < 10 ? 8 : 16) + byteCount * 8;
  let version = 1;
  while (version <= MAX_VERSION && bitsNeeded(version) > dataCodewords(version, "M") * 8) version++;
  if (version > MAX_VERSION) throw new RangeError(`Too much data for a label QR code: ${byteCount} bytes`);
  const level = (["H", "Q"] as const).find((l) => bitsNeeded(version) <= dataCodewords(version, l) * 8) ?? "M";
  return { version, level };
}

function codewords(bytes: Uint8Array, version: number, level: Level): number[] {
  const capacity = dataCodewords(version, level);
  const data: number[] = [];
  let buffer = 0;
  let buffered = 0;
  const append = (value: number, length: number) => {
    for (let i = length - 1; i >= 0; i--) {
      buffer = (buffer << 1) | ((value >>> i) & 1);
      if (++buffered === 8) {
        data.push(buffer);
        buffer = 0;
        buffered = 0;
      }
    }
  };
  append(0b0100, 4); // byte mode
  append(bytes.length, version < 10 ? 8 : 16);
  for (const byte of bytes) append(byte, 8);
  append(0, Math.min(4, capacity * 8 - data.length * 8 - buffered)); // terminator
  if (buffered > 0) append(0, 8 - buffered);
  for (let pad = 0xec; data.length < capacity; pad ^= 0xec ^ 0x11) data.push(pad);

  const blockCount = BLOCKS[level][version] ?? 1;
  const eccLength = ECC_PER_BLOCK[level][version] ?? 0;
  const raw = Math.floor(rawDataModules(version) / 8);
  const shortBlocks = blockCount - (raw % blockCount);
  const shortLength = Math.floor(raw / blockCount);
  const divisor = reedSolomonDivisor(eccLength);
  const blocks: number[][] = [];
  for (let i = 0, k = 0; i < blockCount; i++) {
    const block = data.slice(k, k + shortLength - eccLength + (i < shortBlocks ? 0 : 1));
    k += block.length;
    const ecc = reedSolomonRemainder(block, divisor);
    if (i < shortBlocks) block.push(0);
    blocks.push(block.concat(ecc));
  }
  const result: number[] = [];
  for (let i = 0; i < (blocks[0]?.length ?? 0); i++) {
    blocks.forEach((block, j) => {
      if (i !== shortLength - eccLength || j >= shortBlocks) result.push(block[i] ?? 0);
    });
  }
  return result;
}

function placeCodewords(modules: Uint8Array, isFunction: Uint8Array, size: number, data: readonly number[]): void {
  let i = 0;
  const total = data.length * 8;
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5;
    const upward = ((right + 1) & 2) === 0;
    for (let vertical = 0; vertical < size; vertical++) {
      const y = upward ? size - 1 - vertical : vertical;
      for (let j = 0; j < 2; j++) {
        const index = y * size + right - j;
        if (isFunction[index] === 0 && i < total) {
          modules[index] = ((data[i >>> 3] ?? 0) >>> (7 - (i & 7))) & 1;
          i++;
        }
      }
    }
  }
}

/** Per version, the modules each mask flips (data modules only). */
const maskPatterns = new Map<number, Uint8Array[]>();

function masksFor(version: number): Uint8Array[] {
  const known = maskPatterns.get(version);
  if (known) return known;
  const { size, isFunction } = template(version);
  const patterns = Array.from({ length: 8 }, (_, m) => {
    const pattern = new Uint8Array(size * size);
    for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) pattern[y * size + x] = isFunction[y * size + x] === 0 && masked(m, x, y) ? 1 : 0;
    return pattern;
  });
  maskPatterns.set(version, patterns);
  return patterns;
}

// Penalty weights (N1 = 3 per run of five plus one per further module, N2 = 3 per 2×2 box,
// N3 = 40 per finder-like pattern, N4 = 10 per 5 % off balance) are written as literals in the
// loop below: module-level constants cost a check on every read in this hot loop.

/** Finder-like patterns (1:1:3:1:1 with light space on a side) among the last seven runs, newest first. */
function finderLike(h0: number, h1: number, h2: number, h3: number, h4: number, h5: number, h6: number): number {
  if (h1 === 0 || h2 !== h1 || h3 !== h1 * 3 || h4 !== h1 || h5 !== h1) return 0;
  return (h0 >= h1 * 4 && h6 >= h1 ? 1 : 0) + (h6 >= h1 * 4 && h0 >= h1 ? 1 : 0);
}

/** The standard's penalty score of a masked symbol (runs, 2×2 boxes, finder-like patterns, dark/light balance), module by module. */
export function penalty(modules: Uint8Array, size: number): number {
  let result = 0;
  for (let pass = 0; pass < 2; pass++) {
    const step = pass === 0 ? 1 : size;
    for (let a = 0; a < size; a++) {
      let color = 0;
      let run = 0;
      // the last seven run lengths, newest first; the light border counts before the first run
      let h0 = 0, h1 = 0, h2 = 0, h3 = 0, h4 = 0, h5 = 0, h6 = 0;
      let index = pass === 0 ? a * size : a;
      for (let b = 0; b < size; b++, index += step) {
        const bit = modules[index] ?? 0;
        if (bit === color) {
          run++;
          if (run === 5) result += 3;
          else if (run > 5) result++;
        } else {
          h6 = h5; h5 = h4; h4 = h3; h3 = h2; h2 = h1; h1 = h0; h0 = h1 === 0 ? run + size : run;
          if (color === 0) result += finderLike(h0, h1, h2, h3, h4, h5, h6) * 40;
          color = bit;
          run = 1;
        }
      }
      if (color === 1) {
        h6 = h5; h5 = h4; h4 = h3; h3 = h2; h2 = h1; h1 = h0; h0 = h1 === 0 ? run + size : run;
        run = 0;
      }
      run += size;
      h6 = h5; h5 = h4; h4 = h3; h3 = h2; h2 = h1; h1 = h0; h0 = h1 === 0 ? run + size : run;
      result += finderLike(h0, h1, h2, h3, h4, h5, h6) * 40;
    }
  }
  let dark = 0;
  for (let y = 0; y < size; y++) {
    const row = y * size;
    for (let x = 0; x < size; x++) {
      const color = modules[row + x] ?? 0;
      dark += color;
      if (x < size - 1 && y < size - 1 && color === modules[row + x + 1] && color === modules[row + size + x] && color === modules[row + size + x + 1]) {
        result += 3;
      }
    }
  }
  const total = size * size;
  result += (Math.ceil(Math.abs(dark * 20 - total * 10) / total) - 1) * 10;
  return result;
}

function popcount(v: number): number {
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Bits set where a run of `length` light modules ends just before (`before`) or starts just after `offset` modules. */
function lightBefore(line: number, length: number): number {
  let light = -1;
  for (let k = 1; k <= length; k++) light &= ~(line << k); // beyond the edge counts as light
  return light;
}

function lightAfter(line: number, offset: number, length: number): number {
  let light = -1;
  for (let k = 0; k < length; k++) light &= offset + k < 32 ? ~(line >>> (offset + k)) : -1;
  return light;
}

/** Penalty of one row or column held as bits (bit x = module x): runs and finder-like patterns. */
function linePenalty(line: number, size: number): number {
  const inside = size === 32 ? -1 : (1 << size) - 1;
  // runs of five or more: 3 for the run and 1 per module beyond five = windows of five + 2 per run
  const same = ~(line ^ (line >>> 1)) & (inside >>> 1);
  const five = same & (same >>> 1) & (same >>> 2) & (same >>> 3) & (inside >>> 4);
  let result = popcount(five) + 2 * popcount(five & ~(same << 1));
  // dark-light-dark×3-light-dark at 1:1:3:1:1, with four units of light on one side and one on the other
  for (let n = 1; 7 * n <= size; n++) {
    let core = inside >>> (7 * n - 1);
    for (let k = 0; k < 7 * n; k++) {
      const dark = k < n || (k >= 2 * n && k < 5 * n) || k >= 6 * n;
      core &= dark ? line >>> k : ~(line >>> k);
      if (core === 0) break;
    }
    if (core === 0) continue;
    const before1 = lightBefore(line, n);
    const before4 = lightBefore(line, 4 * n);
    const after1 = lightAfter(line, 7 * n, n);
    const after4 = lightAfter(line, 7 * n, 4 * n);
    result += 40 * (popcount(core & before4 & after1) + popcount(core & before1 & after4));
  }
  return result;
}

/** Rows and columns of a matrix as bits (bit x of row y = module (x, y)). */
function pack(modules: Uint8Array, size: number): { rows: Int32Array; columns: Int32Array } {
  const rows = new Int32Array(size);
  const columns = new Int32Array(size);
  for (let y = 0; y < size; y++) {
    let row = 0;
    for (let x = 0; x < size; x++) {
      const bit = modules[y * size + x] ?? 0;
      row |= bit << x;
      columns[x] = (columns[x] ?? 0) | (bit << y);
    }
    rows[y] = row;
  }
  return { rows, columns };
}

/** The same penalty computed on packed rows and columns (symbols up to 32 modules wide). */
export function packedPenalty(rows: Int32Array, columns: Int32Array, size: number): number {
  let result = 0;
  let dark = 0;
  const pairs = size === 32 ? 0x7fffffff : (1 << (size - 1)) - 1;
  for (let i = 0; i < size; i++) {
    const row = rows[i] ?? 0;
    result += linePenalty(row, size) + linePenalty(columns[i] ?? 0, size);
    dark += popcount(row);
    if (i < size - 1) {
      const next = rows[i + 1] ?? 0;
      // 2×2 boxes of one colour
      result += 3 * popcount(~(row ^ next) & ~(row ^ (row >>> 1)) & ~(next ^ (next >>> 1)) & pairs);
    }
  }
  const total = size * size;
  return result + (Math.ceil(Math.abs(dark * 20 - total * 10) / total) - 1) * 10;
}

/** Per version, level and mask: the mask pattern and format bits as packed rows and columns, XORed onto the data. */
const overlays = new Map<string, { rows: Int32Array; columns: Int32Array }>();

function overlay(version: number, level: Level, mask: number): { rows: Int32Array; columns: Int32Array } {
  const key = `${version}${level}${mask}`;
  const known = overlays.get(key);
  if (known) return known;
  const { size } = template(version);
  const pattern = masksFor(version)[mask] ?? new Uint8Array(size * size);
  const modules = pattern.slice();
  drawFormatBits(modules, size, level, mask);
  modules[(size - 8) * size + 8] = 0; // the dark module is already in the data matrix
  const made = pack(modules, size);
  overlays.set(key, made);
  return made;
}

function maskedMatrix(unmasked: Uint8Array, version: number, level: Level, mask: number): Uint8Array {
  const { size } = template(version);
  const pattern = masksFor(version)[mask] ?? new Uint8Array(size * size);
  const modules = new Uint8Array(unmasked.length);
  for (let i = 0; i < modules.length; i++) modules[i] = (unmasked[i] ?? 0) ^ (pattern[i] ?? 0);
  drawFormatBits(modules, size, level, mask);
  return modules;
}

/** The mask with the lowest penalty. */
function bestMask(unmasked: Uint8Array, version: number, level: Level): number {
  const { size } = template(version);
  let best = 0;
  let bestScore = Infinity;
  if (size <= 32) {
    const data = pack(unmasked, size);
    const rows = new Int32Array(size);
    const columns = new Int32Array(size);
    for (let m = 0; m < 8; m++) {
      const over = overlay(version, level, m);
      for (let i = 0; i < size; i++) {
        rows[i] = (data.rows[i] ?? 0) ^ (over.rows[i] ?? 0);
        columns[i] = (data.columns[i] ?? 0) ^ (over.columns[i] ?? 0);
      }
      const score = packedPenalty(rows, columns, size);
      if (score < bestScore) [best, bestScore] = [m, score];
    }
    return best;
  }
  for (let m = 0; m < 8; m++) {
    const score = penalty(maskedMatrix(unmasked, version, level, m), size);
    if (score < bestScore) [best, bestScore] = [m, score];
  }
  return best;
}

/** The QR code of the text (UTF-8 bytes); `mask` 0–7 forces a mask, otherwise the lowest penalty wins. */
export function encodeQr(text: string, mask?: number): QrMatrix {
  const bytes = new TextEncoder().encode(text);
  const { version, level } = chooseVersion(bytes.length);
  const base = template(version);
  const unmasked = base.modules.slice();
  placeCodewords(unmasked, base.isFunction, base.size, codewords(bytes, version, level));
  if (mask !== undefined && (!Number.isInteger(mask) || mask < 0 || mask > 7)) throw new RangeError(`No QR mask ${mask}`);
  const chosen = mask ?? bestMask(unmasked, version, level);
  return { size: base.size, modules: maskedMatrix(unmasked, version, level, chosen) };
}
