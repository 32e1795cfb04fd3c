#!/usr/bin/env node
// Renders resources/icon.svg into every icon the app needs, and writes them beside it (committed,
// so building and packaging need no renderer): `npm run icons` after changing the SVG.
//   resources/icons/NxN.png   Linux (electron-builder's icon set) and the window icon
//   resources/icon.png        1024 px, electron-builder's fallback source
//   resources/icon.icns       macOS
//   resources/icon.ico        Windows
//   resources/web/favicon.*   served by the renderer (vite's publicDir)
import fs from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { icnsFromPngs, icoFromPngs } from './iconContainers.mjs';

const RESOURCES = path.resolve(import.meta.dirname, '../resources');
const svg = fs.readFileSync(path.join(RESOURCES, 'icon.svg'));

const cache = new Map();
function png(size) {
  if (!cache.has(size))
    cache.set(size, Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng()));
  return cache.get(size);
}

function write(relative, bytes) {
  const file = path.join(RESOURCES, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  console.log(`${relative} (${bytes.length} bytes)`);
}

for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) write(`icons/${size}x${size}.png`, png(size));
write('icon.png', png(1024));
write('icon.icns', icnsFromPngs(png));
write('icon.ico', icoFromPngs([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, png: png(size) }))));
write('web/favicon.ico', icoFromPngs([16, 32, 48].map((size) => ({ size, png: png(size) }))));
write('web/favicon.svg', svg);
