import { inflateSync } from 'node:zlib';

/** A decoded PNG: its size and each pixel's red, green, blue (0–255). */
export interface Png {
  readonly width: number;
  readonly height: number;
  pixel(x: number, y: number): readonly [number, number, number];
}

const SIGNATURE = '89504e470d0a1a0a';

/**
 * Decodes the PNGs Chromium's screenshots are: 8-bit RGB or RGBA, not interlaced. Enough to
 * check a screenshot's colours without an image library.
 */
export function readPng(data: Buffer): Png {
  if (data.subarray(0, 8).toString('hex') !== SIGNATURE) throw new Error('not a PNG');
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  for (let at = 8; at < data.length;) {
    const length = data.readUInt32BE(at);
    const type = data.toString('latin1', at + 4, at + 8);
    const body = data.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colour, , , interlace] = body.subarray(8, 13);
      channels = colour === 6 ? 4 : colour === 2 ? 3 : 0;
      if (depth !== 8 || channels === 0 || interlace !== 0) throw new Error('unsupported PNG');
    } else if (type === 'IDAT') {
      idat.push(body);
    }
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] ?? 0;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const left = i >= channels ? (out[y * stride + i - channels] ?? 0) : 0;
      const up = y > 0 ? (out[(y - 1) * stride + i] ?? 0) : 0;
      const upLeft = y > 0 && i >= channels ? (out[(y - 1) * stride + i - channels] ?? 0) : 0;
      out[y * stride + i] = ((line[i] ?? 0) + predict(filter, left, up, upLeft)) & 0xff;
    }
  }
  return {
    width,
    height,
    pixel(x, y) {
      const at = y * stride + x * channels;
      return [out[at] ?? 0, out[at + 1] ?? 0, out[at + 2] ?? 0];
    },
  };
}

function predict(filter: number, left: number, up: number, upLeft: number): number {
  switch (filter) {
    case 1:
      return left;
    case 2:
      return up;
    case 3:
      return (left + up) >> 1;
    case 4: {
      const p = left + up - upLeft;
      const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
      return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
    }
    default:
      return 0;
  }
}

/** Relative luminance, 0 (black) to 1 (white), of an sRGB colour, roughly. */
export function luminance([r, g, b]: readonly [number, number, number]): number {
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

/** The mean luminance of a rectangle, sampling every `step`-th pixel. */
export function meanLuminance(
  png: Png,
  rect: { x: number; y: number; width: number; height: number },
  step = 4,
): number {
  let sum = 0;
  let n = 0;
  for (let y = rect.y; y < rect.y + rect.height; y += step) {
    for (let x = rect.x; x < rect.x + rect.width; x += step) {
      sum += luminance(png.pixel(x, y));
      n++;
    }
  }
  return n === 0 ? 0 : sum / n;
}
