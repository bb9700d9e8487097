/**
 * Draws the extension's icons (extension/icons/icon-<size>.png) with no image library: a blue
 * rounded square with three text lines and a ring marking "the source". Run once after changing
 * the design: `node scripts/make-icons.mjs`; the PNGs are committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { crc32 } from './lib/zip.mjs';

const SIZES = [16, 32, 48, 128];
const BLUE = [31, 78, 153];
const WHITE = [255, 255, 255];
const AMBER = [245, 166, 35];

/** Colour of point (x, y) in a unit square, or null when outside the icon. */
function shade(x, y) {
  const r = 0.18;
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  if (dx * dx + dy * dy > r * r) return null;
  const ring = Math.hypot(x - 0.7, y - 0.7);
  if (ring < 0.09) return AMBER;
  if (ring > 0.14 && ring < 0.2) return AMBER;
  const lines = [
    [0.2, 0.8, 0.22],
    [0.2, 0.8, 0.38],
    [0.2, 0.48, 0.54],
  ];
  for (const [x0, x1, yc] of lines) if (x >= x0 && x <= x1 && Math.abs(y - yc) < 0.05) return WHITE;
  return BLUE;
}

function png(size) {
  const ss = 4; // supersampling for smooth edges
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const c = shade((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (!c) continue;
          r += c[0]; g += c[1]; b += c[2]; a += 1;
        }
      const o = py * (size * 4 + 1) + 1 + px * 4;
      raw[o] = a ? r / a : 0;
      raw[o + 1] = a ? g / a : 0;
      raw[o + 2] = a ? b / a : 0;
      raw[o + 3] = (a / (ss * ss)) * 255;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

const dir = new URL('../extension/icons/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const size of SIZES) writeFileSync(new URL(`icon-${size}.png`, dir), png(size));
console.log(`icons written: ${SIZES.join(', ')} px`);
