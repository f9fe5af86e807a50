/**
 * Tiny real images of any size, made in code (no fixtures of megabytes): a
 * single-colour PNG, baseline JPEG, GIF and lossless WebP. Each is a complete,
 * decodable file whose header says `width` × `height`; the pixel data is the
 * cheapest valid encoding of one colour, so even 9000 × 1 stays small.
 */
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function u32be(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  return Buffer.concat([u32be(data.length), body, u32be(crc32(body))]);
}

/** 8-bit greyscale, every pixel mid-grey. */
export function png(width: number, height: number): Buffer {
  const ihdr = Buffer.concat([u32be(width), u32be(height), Buffer.from([8, 0, 0, 0, 0])]);
  const row = Buffer.alloc(width + 1, 0x80);
  row[0] = 0; // filter: none
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(raw)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

function segment(marker: number, data: number[]): number[] {
  const length = data.length + 2;
  return [0xff, marker, length >> 8, length & 0xff, ...data];
}

/**
 * Baseline greyscale JPEG, every block flat grey: one DC Huffman code (category
 * 0 → bit "0") and one AC code (EOB → bit "0"), so each 8×8 block costs 2 bits.
 * `exifBytes` adds an APP1 segment before the frame (to test skipping segments).
 */
export function jpeg(width: number, height: number, exifBytes = 0): Buffer {
  const blocks = Math.ceil(width / 8) * Math.ceil(height / 8);
  const bits = blocks * 2;
  const scan: number[] = [];
  for (let i = 0; i < Math.ceil(bits / 8); i++) scan.push(0);
  const rest = bits % 8;
  if (rest) scan[scan.length - 1] = 0xff >> rest; // pad the last byte with 1s
  const app1 = exifBytes > 0 ? segment(0xe1, [...Buffer.from('Exif\0\0', 'binary'), ...new Array<number>(exifBytes).fill(0)]) : [];
  return Buffer.from([
    0xff, 0xd8,
    ...segment(0xe0, [...Buffer.from('JFIF\0', 'binary'), 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    ...app1,
    ...segment(0xdb, [0x00, ...new Array<number>(64).fill(1)]),
    ...segment(0xc0, [8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0]),
    // DC table 0: one code of length 1 for category 0; AC table 0: one code of length 1 for EOB (0x00).
    ...segment(0xc4, [0x00, 1, ...new Array<number>(15).fill(0), 0x00]),
    ...segment(0xc4, [0x10, 1, ...new Array<number>(15).fill(0), 0x00]),
    ...segment(0xda, [1, 1, 0x00, 0, 63, 0]),
    ...scan,
    0xff, 0xd9,
  ]);
}

/** GIF89a with a 2-colour palette; the LZW stream sends a clear code before every pixel (valid, uncompressed). */
export function gif(width: number, height: number): Buffer {
  const codes: number[] = [];
  for (let i = 0; i < width * height; i++) codes.push(4, 0); // clear, colour 0 (3-bit codes)
  codes.push(5); // end of information
  const packed: number[] = [];
  let acc = 0;
  let n = 0;
  for (const code of codes) {
    acc |= code << n;
    n += 3;
    while (n >= 8) {
      packed.push(acc & 0xff);
      acc >>= 8;
      n -= 8;
    }
  }
  if (n > 0) packed.push(acc & 0xff);
  const subBlocks: number[] = [];
  for (let i = 0; i < packed.length; i += 255) {
    const chunk = packed.slice(i, i + 255);
    subBlocks.push(chunk.length, ...chunk);
  }
  const le = (v: number) => [v & 0xff, v >> 8];
  return Buffer.from([
    ...Buffer.from('GIF89a', 'ascii'),
    ...le(width), ...le(height), 0x80, 0, 0, // global colour table of 2 entries
    0, 0, 0, 0xff, 0xff, 0xff,
    0x2c, 0, 0, 0, 0, ...le(width), ...le(height), 0,
    2, ...subBlocks, 0,
    0x3b,
  ]);
}

class BitWriter {
  private bytes: number[] = [];
  private acc = 0;
  private n = 0;
  write(value: number, bits: number): void {
    for (let i = 0; i < bits; i++) {
      this.acc |= ((value >>> i) & 1) << this.n;
      if (++this.n === 8) {
        this.bytes.push(this.acc);
        this.acc = 0;
        this.n = 0;
      }
    }
  }
  done(): number[] {
    if (this.n > 0) this.bytes.push(this.acc);
    return this.bytes;
  }
}

/**
 * Lossless WebP (VP8L) of one colour: no transforms, no colour cache, and five
 * "simple" prefix codes of one symbol each, so every pixel costs 0 bits.
 */
export function webp(width: number, height: number): Buffer {
  const w = new BitWriter();
  w.write(width - 1, 14);
  w.write(height - 1, 14);
  w.write(0, 1); // alpha_is_used
  w.write(0, 3); // version
  w.write(0, 1); // no transform
  w.write(0, 1); // no colour cache
  w.write(0, 1); // no meta prefix codes
  for (const symbol of [0x80, 0x80, 0x80, 0xff]) {
    w.write(1, 1); // simple code
    w.write(0, 1); // one symbol
    w.write(1, 1); // 8-bit symbol
    w.write(symbol, 8);
  }
  w.write(1, 1); // distance code: simple, one 1-bit symbol 0
  w.write(0, 1);
  w.write(0, 1);
  w.write(0, 1);
  const vp8l = Buffer.from([0x2f, ...w.done()]);
  const chunk = Buffer.concat([Buffer.from('VP8L', 'ascii'), le32(vp8l.length), vp8l, vp8l.length % 2 ? Buffer.from([0]) : Buffer.alloc(0)]);
  return Buffer.concat([Buffer.from('RIFF', 'ascii'), le32(4 + chunk.length), Buffer.from('WEBP', 'ascii'), chunk]);
}

function le32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}

/** Header-only lossy (VP8) and extended (VP8X) WebP starts: for the dimension reader, not for decoding. */
export function webpHeader(kind: 'VP8 ' | 'VP8X', width: number, height: number): Buffer {
  const body = Buffer.alloc(10);
  if (kind === 'VP8 ') {
    body.set([0, 0, 0, 0x9d, 0x01, 0x2a], 0);
    body.writeUInt16LE(width & 0x3fff, 6);
    body.writeUInt16LE(height & 0x3fff, 8);
  } else {
    body.writeUIntLE(width - 1, 4, 3);
    body.writeUIntLE(height - 1, 7, 3);
  }
  const chunk = Buffer.concat([Buffer.from(kind, 'ascii'), le32(body.length), body]);
  return Buffer.concat([Buffer.from('RIFF', 'ascii'), le32(4 + chunk.length), Buffer.from('WEBP', 'ascii'), chunk]);
}

export const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

/** A minimal one-page PDF. */
export function pdf(): Buffer {
  return Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 72 72]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
    'latin1',
  );
}
