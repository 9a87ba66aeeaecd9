// Draws the toolbar / store icons (a white shield with a green tick on a WeChat-green tile) as PNGs with Node only:
// no image tool needed. Run once after changing the drawing: node scripts/make-icons.mjs (writes public/icon/*.png).
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const GREEN = [7, 193, 96];
const WHITE = [255, 255, 255];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

// Shapes in unit coordinates (0..1, y down).
const inTile = (x, y) => {
  const r = 0.2;
  const dx = Math.max(r - x, x - (1 - r), 0);
  const dy = Math.max(r - y, y - (1 - r), 0);
  return dx * dx + dy * dy <= r * r;
};
const inShield = (x, y) => {
  const half = 0.3;
  if (y < 0.17 || y > 0.87) return false;
  if (y <= 0.5) return Math.abs(x - 0.5) <= half - (y < 0.24 ? (0.24 - y) * 0.6 : 0);
  return Math.abs(x - 0.5) <= half * Math.sqrt(Math.max(0, 1 - ((y - 0.5) / 0.37) ** 2));
};
const segmentDistance = (px, py, [ax, ay], [bx, by]) => {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
};
const TICK = [[0.36, 0.52], [0.47, 0.63], [0.66, 0.4]];
const inTick = (x, y, width) => Math.min(segmentDistance(x, y, TICK[0], TICK[1]), segmentDistance(x, y, TICK[1], TICK[2])) <= width;

function draw(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const samples = 4;
  const tickWidth = size <= 16 ? 0.06 : 0.045; // thicker at 16 px so the tick survives
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let tile = 0;
      const acc = [0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          if (!inTile(x, y)) continue;
          tile++;
          const color = inShield(x, y) && !inTick(x, y, tickWidth) ? WHITE : GREEN;
          for (let c = 0; c < 3; c++) acc[c] += color[c];
        }
      }
      const i = (py * size + px) * 4;
      if (tile) for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(acc[c] / tile);
      rgba[i + 3] = Math.round((255 * tile) / (samples * samples));
    }
  }
  return png(size, rgba);
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icon/${size}.png`, draw(size));
console.log('wrote public/icon/{16,32,48,128}.png');
