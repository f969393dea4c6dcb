#!/usr/bin/env node
/**
 * Draws the tray icons (assets/tray/<state>.png and @2x) once, so the shipped PNGs can be rebuilt
 * and reviewed as code. Each state differs in shape as well as colour, for agents who cannot
 * tell green from red: Ready a filled dot, Not ready a dot with a bar, On call a ring around a
 * dot, Offline a hollow ring. Run: node scripts/generate-tray-icons.mjs
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const icons = {
  ready: { colour: [22, 128, 60], shape: (d) => d <= 0.82 },
  notReady: { colour: [196, 60, 20], shape: (d, x, y) => d <= 0.82 && !(Math.abs(y) < 0.18 && Math.abs(x) < 0.55) },
  onCall: { colour: [30, 90, 200], shape: (d) => (d <= 0.92 && d >= 0.7) || d <= 0.42 },
  offline: { colour: [110, 110, 110], shape: (d) => d <= 0.86 && d >= 0.6 },
};

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** RGBA, 4x4 supersampled so the edges are smooth at 16 px. */
function png(size, { colour, shape }) {
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = [0];
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let sy = 0; sy < 4; sy++) {
        for (let sx = 0; sx < 4; sx++) {
          const x = ((px + (sx + 0.5) / 4) / size) * 2 - 1;
          const y = ((py + (sy + 0.5) / 4) / size) * 2 - 1;
          if (shape(Math.hypot(x, y), x, y)) hits++;
        }
      }
      row.push(...colour, Math.round((hits / 16) * 255));
    }
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

for (const [name, icon] of Object.entries(icons)) {
  writeFileSync(new URL(`../assets/tray/${name}.png`, import.meta.url), png(16, icon));
  writeFileSync(new URL(`../assets/tray/${name}@2x.png`, import.meta.url), png(32, icon));
}
