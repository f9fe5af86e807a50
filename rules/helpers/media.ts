/**
 * Base64 media without decoding more than needed: validity of the encoding, the
 * decoded size (from the length alone), the format (from the magic bytes in the
 * first few characters), and image dimensions (from the header bytes only).
 */

export type ImageMediaType = 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp';

export const IMAGE_MEDIA_TYPES: readonly ImageMediaType[] = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];

/** What a base64 string's bytes are, by their magic numbers. */
export interface SniffedFormat {
  /** A MIME type, e.g. image/png, application/pdf. */
  mediaType: string;
  /** How a person names it: "PNG", "JPEG", "PDF"… */
  label: string;
}

export type Base64Problem =
  | { kind: 'data-url'; prefix: string; mediaType: string | undefined }
  | { kind: 'url-safe' }
  | { kind: 'bad-char'; char: string; offset: number }
  | { kind: 'bad-padding' }
  | { kind: 'bad-length' };

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUES = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i;

const CLEAN = /^[A-Za-z0-9+/]*={0,2}$/;
const DATA_URL = /^data:([^;,]*)(?:;[^,]*)?,/i;

/**
 * Strings longer than two windows are checked near both ends only: that is
 * where the mistakes are (a data URL prefix, a placeholder, a cut or
 * over-padded end), and a full scan of every multi-megabyte image on every
 * request would cost milliseconds.
 */
const WINDOW = 512;

interface Scan {
  problem?: Base64Problem;
  /** Base64 characters seen (not whitespace, not padding). */
  chars: number;
  padding: number;
  urlSafe: boolean;
}

/** Scans `text` (found at `offset` in the data); `endsData`: the data ends where the text ends. */
function scan(text: string, offset: number, endsData: boolean): Scan {
  const out: Scan = { chars: 0, padding: 0, urlSafe: false };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) continue;
    if (c === 0x3d /* = */) {
      if (!endsData) return { ...out, problem: { kind: 'bad-padding' } }; // more data follows
      out.padding++;
      continue;
    }
    if (out.padding > 0) return { ...out, problem: { kind: 'bad-padding' } };
    if (c === 0x2d || c === 0x5f /* - _ */) out.urlSafe = true;
    else if (c >= 128 || VALUES[c] === -1) return { ...out, problem: { kind: 'bad-char', char: text[i]!, offset: offset + i } };
    out.chars++;
  }
  if (out.padding > 2) out.problem = { kind: 'bad-padding' };
  return out;
}

export function hasWhitespace(data: string): boolean {
  // indexOf is a fast memchr-like scan; a character-class regex is several times slower.
  return data.indexOf('\n') >= 0 || data.indexOf('\r') >= 0 || data.indexOf(' ') >= 0 || data.indexOf('\t') >= 0;
}

/**
 * Whitespace (line-wrapped base64) is not judged: whether the API skips it is
 * not known. Missing trailing padding is not judged either, for the same reason.
 */
export function base64Problem(data: string): Base64Problem | undefined {
  if (data.length <= 2 * WINDOW && CLEAN.test(data)) return data.length % 4 === 1 ? { kind: 'bad-length' } : undefined;
  const url = /^data:/i.test(data.slice(0, 5)) ? DATA_URL.exec(data.slice(0, 256)) : null;
  if (url) return { kind: 'data-url', prefix: url[0], mediaType: url[1] ? url[1].toLowerCase() : undefined };
  if (data.length <= 2 * WINDOW) {
    const all = scan(data, 0, true);
    if (all.problem) return all.problem;
    if (all.urlSafe) return { kind: 'url-safe' };
    return all.chars % 4 === 1 ? { kind: 'bad-length' } : undefined;
  }
  const head = scan(data.slice(0, WINDOW), 0, false);
  if (head.problem) return head.problem;
  const tail = scan(data.slice(-WINDOW), data.length - WINDOW, true);
  if (tail.problem) return tail.problem;
  if (head.urlSafe || tail.urlSafe) return { kind: 'url-safe' };
  // The length is only known without whitespace somewhere in the middle.
  if (!hasWhitespace(data) && (data.length - tail.padding) % 4 === 1) return { kind: 'bad-length' };
  return undefined;
}

/** What is wrong with the encoding, in words. */
export function describeBase64Problem(p: Exclude<Base64Problem, { kind: 'data-url' }>): string {
  switch (p.kind) {
    case 'url-safe':
      return 'it uses the URL-safe alphabet ("-" and "_"); the API wants standard base64 ("+" and "/")';
    case 'bad-char':
      return `character ${JSON.stringify(p.char)} at offset ${p.offset} is not a base64 character`;
    case 'bad-padding':
      return '"=" padding may only end the string, at most twice';
    case 'bad-length':
      return 'its length leaves a single dangling character, so it was cut short or is not base64';
  }
}

/** The base64 text without whitespace (copies only when there is some). */
export function stripWhitespace(data: string): string {
  return hasWhitespace(data) ? data.replace(/[ \t\r\n]+/g, '') : data;
}

/** The first `chars` base64 characters, whitespace skipped (enough to decode the first `chars × 3/4` bytes). */
export function base64Head(data: string, chars: number): string {
  const head = data.slice(0, chars);
  if (!hasWhitespace(head)) return head;
  let out = '';
  for (let i = 0; i < data.length && out.length < chars; i += chars) out += stripWhitespace(data.slice(i, i + chars));
  return out.slice(0, chars);
}

/** Decoded size in bytes, from the length alone (`length × 3/4` is an upper bound callers can test first). */
export function decodedSize(data: string): number {
  const clean = stripWhitespace(data);
  let n = clean.length;
  while (n > 0 && clean.charCodeAt(n - 1) === 0x3d) n--;
  return Math.floor((n * 3) / 4);
}

/** Bytes [offset, offset + length) of clean base64, decoding only the characters that hold them. */
export function decodeRange(b64: string, offset: number, length: number): Uint8Array {
  const startChar = Math.floor(offset / 3) * 4;
  const skip = offset % 3;
  const endChar = Math.min(b64.length, Math.ceil((offset + length) / 3) * 4);
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (let i = startChar; i < endChar; i++) {
    const c = b64.charCodeAt(i);
    const v = c < 128 ? VALUES[c]! : -1;
    if (v < 0) break; // padding or a bad character: the data ends here
    buffer = ((buffer << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((buffer >> bits) & 0xff);
    }
  }
  return Uint8Array.from(out.slice(skip, skip + length));
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  // A loop, not String.fromCharCode(...subarray): no iterator and no argument list for a few bytes.
  let out = '';
  for (let i = start; i < end && i < bytes.length; i++) out += String.fromCharCode(bytes[i]!);
  return out;
}

/** The format of the bytes, from the first 16 bytes of a clean base64 string. */
export function sniffFormat(b64: string): SniffedFormat | undefined {
  const b = decodeRange(b64, 0, 16);
  if (b.length >= 8 && b[0] === 0x89 && ascii(b, 1, 4) === 'PNG' && b[4] === 0x0d && b[5] === 0x0a && b[6] === 0x1a && b[7] === 0x0a) return { mediaType: 'image/png', label: 'PNG' };
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return { mediaType: 'image/jpeg', label: 'JPEG' };
  if (b.length >= 6 && (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a')) return { mediaType: 'image/gif', label: 'GIF' };
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') return { mediaType: 'image/webp', label: 'WebP' };
  // Not accepted by the API, named so the message can say what the data is.
  if (b.length >= 5 && ascii(b, 0, 5) === '%PDF-') return { mediaType: 'application/pdf', label: 'PDF' };
  if (b.length >= 2 && ascii(b, 0, 2) === 'BM') return { mediaType: 'image/bmp', label: 'BMP' };
  if (b.length >= 4 && (ascii(b, 0, 4) === 'II*\0' || ascii(b, 0, 4) === 'MM\0*')) return { mediaType: 'image/tiff', label: 'TIFF' };
  if (b.length >= 12 && ascii(b, 4, 8) === 'ftyp') {
    const brand = ascii(b, 8, 12);
    if (brand.startsWith('avi')) return { mediaType: 'image/avif', label: 'AVIF' };
    if (/^(heic|heix|mif1|msf1|hevc)$/.test(brand)) return { mediaType: 'image/heic', label: 'HEIC' };
  }
  if (b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 1 && b[3] === 0) return { mediaType: 'image/x-icon', label: 'ICO' };
  if (b.length >= 4 && (ascii(b, 0, 4) === '<svg' || ascii(b, 0, 5) === '<?xml')) return { mediaType: 'image/svg+xml', label: 'SVG' };
  return undefined;
}

export function isImageMediaType(type: string): type is ImageMediaType {
  return (IMAGE_MEDIA_TYPES as readonly string[]).includes(type);
}

export interface Dimensions {
  width: number;
  height: number;
}

const u16be = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const u16le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u24le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16);
const u32be = (b: Uint8Array, i: number) => ((b[i]! << 24) >>> 0) + (b[i + 1]! << 16) + (b[i + 2]! << 8) + b[i + 3]!;

function pngDimensions(b64: string): Dimensions | undefined {
  const b = decodeRange(b64, 0, 24);
  if (b.length < 24 || ascii(b, 12, 16) !== 'IHDR') return undefined;
  return { width: u32be(b, 16), height: u32be(b, 20) };
}

function gifDimensions(b64: string): Dimensions | undefined {
  const b = decodeRange(b64, 0, 10);
  return b.length < 10 ? undefined : { width: u16le(b, 6), height: u16le(b, 8) };
}

function webpDimensions(b64: string): Dimensions | undefined {
  const b = decodeRange(b64, 0, 30);
  if (b.length < 30) return undefined;
  switch (ascii(b, 12, 16)) {
    case 'VP8 ': // lossy: frame tag (3 bytes), start code 9d 01 2a, then 14-bit sizes
      if (b[23] !== 0x9d || b[24] !== 0x01 || b[25] !== 0x2a) return undefined;
      return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
    case 'VP8L': {
      // lossless: signature 0x2f, then 14 bits width-1 and 14 bits height-1
      if (b[20] !== 0x2f) return undefined;
      const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24);
      return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
    }
    case 'VP8X': // extended: 24-bit canvas width-1 and height-1
      return { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
    default:
      return undefined;
  }
}

/** Start-of-frame markers: C0–CF except DHT (C4), JPG (C8) and DAC (CC). */
function isSof(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/** Walks the segment headers (jumping over their bodies) to the first start-of-frame. */
function jpegDimensions(b64: string): Dimensions | undefined {
  let chars = b64.length;
  while (chars > 0 && b64.charCodeAt(chars - 1) === 0x3d) chars--;
  const total = Math.floor((chars * 3) / 4);
  let offset = 2;
  for (let segments = 0; segments < 512 && offset + 9 <= total; segments++) {
    const head = decodeRange(b64, offset, 9);
    if (head[0] !== 0xff) return undefined;
    const marker = head[1]!;
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      offset += 2; // markers without a length
      continue;
    }
    if (isSof(marker)) return { height: u16be(head, 5), width: u16be(head, 7) };
    if (marker === 0xd9 || marker === 0xda) return undefined; // end of image, or scan data before any frame
    offset += 2 + u16be(head, 2);
  }
  return undefined;
}

/** Width and height from the header of a PNG, JPEG, GIF or WebP in clean base64. */
export function imageDimensions(b64: string, mediaType: ImageMediaType): Dimensions | undefined {
  switch (mediaType) {
    case 'image/png':
      return pngDimensions(b64);
    case 'image/gif':
      return gifDimensions(b64);
    case 'image/webp':
      return webpDimensions(b64);
    case 'image/jpeg':
      return jpegDimensions(b64);
  }
}

/** Does `%PDF-` occur in the first 1024 bytes (where PDF readers look for the header)? */
export function looksLikePdf(b64: string): boolean {
  const head = decodeRange(b64, 0, 1024);
  return ascii(head, 0, head.length).includes('%PDF-');
}
