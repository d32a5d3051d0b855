/**
 * A small synchronous DEFLATE reader (RFC 1951, with the zlib and gzip wrappers) for the
 * deobfuscators: compressed payloads (`gzinflate(base64_decode(…))`, `zlib.decompress(…)`,
 * PowerShell `IO.Compression.DeflateStream`, `base64 -d | gunzip | sh`) are read back so the
 * rules can judge what runs. Bounded: input and output sizes are capped, and a malformed stream
 * returns undefined.
 */

const MAX_IN = 30_000;
const MAX_OUT = 60_000;

const LEN_BASE = [
  3,
  4,
  5,
  6,
  7,
  8,
  9,
  10,
  11,
  13,
  15,
  17,
  19,
  23,
  27,
  31,
  35,
  43,
  51,
  59,
  67,
  83,
  99,
  115,
  131,
  163,
  195,
  227,
  258,
];
const LEN_EXTRA = [
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  1,
  1,
  1,
  1,
  2,
  2,
  2,
  2,
  3,
  3,
  3,
  3,
  4,
  4,
  4,
  4,
  5,
  5,
  5,
  5,
  0,
];
const DIST_BASE = [
  1,
  2,
  3,
  4,
  5,
  7,
  9,
  13,
  17,
  25,
  33,
  49,
  65,
  97,
  129,
  193,
  257,
  385,
  513,
  769,
  1025,
  1537,
  2049,
  3073,
  4097,
  6145,
  8193,
  12289,
  16385,
  24577,
];
const DIST_EXTRA = [
  0,
  0,
  0,
  0,
  1,
  1,
  2,
  2,
  3,
  3,
  4,
  4,
  5,
  5,
  6,
  6,
  7,
  7,
  8,
  8,
  9,
  9,
  10,
  10,
  11,
  11,
  12,
  12,
  13,
  13,
];
const CL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

class Bad extends Error {}

/** Canonical Huffman code: counts per length and symbols in code order. */
interface Huff {
  counts: number[];
  symbols: number[];
}

function huff(lengths: number[]): Huff {
  const counts = new Array(16).fill(0);
  for (const l of lengths) counts[l]++;
  counts[0] = 0;
  const offs = new Array(16).fill(0);
  for (let i = 1; i < 16; i++) offs[i] = offs[i - 1] + counts[i - 1];
  const symbols = new Array(lengths.length).fill(0);
  for (let s = 0; s < lengths.length; s++) if (lengths[s]) symbols[offs[lengths[s]]++] = s;
  return { counts, symbols };
}

class Reader {
  pos = 0;
  bit = 0;
  constructor(readonly b: Uint8Array) {}
  bits(n: number): number {
    let v = 0;
    for (let i = 0; i < n; i++) {
      if (this.pos >= this.b.length) throw new Bad();
      v |= ((this.b[this.pos] >> this.bit) & 1) << i;
      if (++this.bit === 8) {
        this.bit = 0;
        this.pos++;
      }
    }
    return v;
  }
  decode(h: Huff): number {
    let code = 0;
    let first = 0;
    let index = 0;
    for (let len = 1; len < 16; len++) {
      code |= this.bits(1);
      const count = h.counts[len];
      if (code - count < first) return h.symbols[index + (code - first)];
      index += count;
      first = (first + count) << 1;
      code <<= 1;
    }
    throw new Bad();
  }
}

let fixed: [Huff, Huff] | undefined;
function fixedCodes(): [Huff, Huff] {
  if (!fixed) {
    const l: number[] = [];
    for (let i = 0; i < 288; i++) l.push(i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8);
    fixed = [huff(l), huff(new Array(30).fill(5))];
  }
  return fixed;
}

function dynamicCodes(r: Reader): [Huff, Huff] {
  const nlen = r.bits(5) + 257;
  const ndist = r.bits(5) + 1;
  const ncode = r.bits(4) + 4;
  const cl = new Array(19).fill(0);
  for (let i = 0; i < ncode; i++) cl[CL_ORDER[i]] = r.bits(3);
  const clh = huff(cl);
  const lengths: number[] = [];
  while (lengths.length < nlen + ndist) {
    const sym = r.decode(clh);
    if (sym < 16) lengths.push(sym);
    else {
      let rep = 0;
      let val = 0;
      if (sym === 16) {
        if (lengths.length === 0) throw new Bad();
        val = lengths[lengths.length - 1];
        rep = 3 + r.bits(2);
      } else rep = sym === 17 ? 3 + r.bits(3) : 11 + r.bits(7);
      for (let i = 0; i < rep; i++) lengths.push(val);
    }
  }
  return [huff(lengths.slice(0, nlen)), huff(lengths.slice(nlen, nlen + ndist))];
}

function rawInflate(data: Uint8Array, start: number): string {
  const r = new Reader(data);
  r.pos = start;
  const out: number[] = [];
  let last = 0;
  while (!last) {
    last = r.bits(1);
    const type = r.bits(2);
    if (type === 0) {
      if (r.bit) {
        r.bit = 0;
        r.pos++;
      }
      const len = data[r.pos] | (data[r.pos + 1] << 8);
      r.pos += 4;
      if (r.pos + len > data.length) throw new Bad();
      for (let i = 0; i < len; i++) out.push(data[r.pos++]);
    } else if (type === 3) throw new Bad();
    else {
      const [lit, dist] = type === 1 ? fixedCodes() : dynamicCodes(r);
      for (;;) {
        const sym = r.decode(lit);
        if (sym < 256) out.push(sym);
        else if (sym === 256) break;
        else {
          const li = sym - 257;
          if (li >= 29) throw new Bad();
          const len = LEN_BASE[li] + r.bits(LEN_EXTRA[li]);
          const di = r.decode(dist);
          if (di >= 30) throw new Bad();
          const d = DIST_BASE[di] + r.bits(DIST_EXTRA[di]);
          if (d > out.length) throw new Bad();
          for (let i = 0; i < len; i++) out.push(out[out.length - d]);
        }
        if (out.length > MAX_OUT) throw new Bad();
      }
    }
    if (out.length > MAX_OUT) throw new Bad();
  }
  let s = "";
  for (const c of out) s += String.fromCharCode(c);
  return s;
}

/**
 * The decompressed bytes (Latin-1 string) of a raw DEFLATE, zlib or gzip stream given as a Latin-1
 * byte string, or undefined when it is not one (or too large).
 */
export function inflate(bytes: string): string | undefined {
  if (bytes.length < 4 || bytes.length > MAX_IN) return undefined;
  const b = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) b[i] = bytes.charCodeAt(i) & 0xff;
  let start = 0;
  if (b[0] === 0x1f && b[1] === 0x8b && b[2] === 8) {
    // gzip: fixed header, then optional extra, name, comment, header CRC.
    const flg = b[3];
    start = 10;
    if (flg & 4) start += 2 + (b[10] | (b[11] << 8));
    if (flg & 8) { while (start < b.length && b[start++] !== 0); }
    if (flg & 16) { while (start < b.length && b[start++] !== 0); }
    if (flg & 2) start += 2;
  } else if ((b[0] & 0x0f) === 8 && ((b[0] << 8) | b[1]) % 31 === 0) start = 2;
  try {
    return rawInflate(b, start);
  } catch {
    return undefined;
  }
}
