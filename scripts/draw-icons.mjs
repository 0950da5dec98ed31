// Draws the toolbar icon (an envelope with a bounce-back arrow) at 16, 32, 48 and 128 px into public/icon/.
// Pure Node: shapes are signed-distance functions, 4x4 supersampled, written as PNG with zlib. Run: node scripts/draw-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
function png(size, rgba) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

// Geometry in a 0..1 square.
const roundedBox = (x, y, cx, cy, hw, hh, r) => {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const segment = (x, y, ax, ay, bx, by) => {
  const pax = x - ax, pay = y - ay, bax = bx - ax, bay = by - ay;
  const h = Math.max(0, Math.min(1, (pax * bax + pay * bay) / (bax * bax + bay * bay)));
  return Math.hypot(pax - bax * h, pay - bay * h);
};
const BLUE = [11, 99, 197];
const WHITE = [255, 255, 255];
const RED = [232, 72, 52];
const DARK = [8, 62, 128];

/** Colour of one point: the layers, top last. */
function shade(x, y) {
  let color = null;
  const put = (inside, c) => {
    if (inside) color = c;
  };
  put(roundedBox(x, y, 0.5, 0.5, 0.47, 0.47, 0.16) < 0, BLUE);
  // Envelope body and its flap lines.
  const env = roundedBox(x, y, 0.5, 0.64, 0.32, 0.2, 0.04);
  put(env < 0, WHITE);
  const flap = Math.min(segment(x, y, 0.2, 0.47, 0.5, 0.67), segment(x, y, 0.5, 0.67, 0.8, 0.47));
  put(env < 0 && flap < 0.035, DARK);
  // Bounce arrow: a U-turn that leaves the envelope's top right, arcs over and comes back down, with a head.
  const cx = 0.6, cy = 0.3, r = 0.15, w = 0.042;
  const arc = Math.abs(Math.hypot(x - cx, y - cy) - r) < w && y <= cy;
  const leg = segment(x, y, cx + r, cy, cx + r, 0.4) < w;
  const tri = (ax, ay, bx, by, qx, qy) => (bx - ax) * (qy - ay) - (by - ay) * (qx - ax);
  const [p1, p2, p3] = [[cx - r - 0.11, cy - 0.01], [cx - r + 0.11, cy - 0.01], [cx - r, cy + 0.14]];
  const s1 = tri(p1[0], p1[1], p2[0], p2[1], x, y), s2 = tri(p2[0], p2[1], p3[0], p3[1], x, y), s3 = tri(p3[0], p3[1], p1[0], p1[1], x, y);
  const head = (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
  put(arc || leg || head, RED);
  return color;
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 128]) {
  const buf = Buffer.alloc(size * size * 4);
  const ss = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = shade((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a += 1;
          }
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        buf[o] = Math.round(r / a);
        buf[o + 1] = Math.round(g / a);
        buf[o + 2] = Math.round(b / a);
      }
      buf[o + 3] = Math.round((a / (ss * ss)) * 255);
    }
  }
  writeFileSync(`public/icon/${size}.png`, png(size, buf));
}
console.log('icons written to public/icon/');
