// The icon containers are read back as Windows and macOS read them, both freshly written and as
// committed in resources/ (so a broken or missing icon fails here, not at packaging time).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICNS_TYPES, icnsFromPngs, icoFromPngs } from './iconContainers.mjs';

const RESOURCES = path.resolve(import.meta.dirname, '../resources');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A PNG's width from its IHDR chunk. */
const pngWidth = (png: Buffer) => png.readUInt32BE(16);

function readIco(ico: Buffer): { size: number; png: Buffer }[] {
  expect(ico.readUInt16LE(0)).toBe(0);
  expect(ico.readUInt16LE(2)).toBe(1);
  return Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
    const entry = 6 + 16 * i;
    const length = ico.readUInt32LE(entry + 8);
    const offset = ico.readUInt32LE(entry + 12);
    return { size: ico.readUInt8(entry) || 256, png: ico.subarray(offset, offset + length) };
  });
}

function readIcns(icns: Buffer): { type: string; png: Buffer }[] {
  expect(icns.toString('ascii', 0, 4)).toBe('icns');
  expect(icns.readUInt32BE(4)).toBe(icns.length);
  const elements: { type: string; png: Buffer }[] = [];
  for (let at = 8; at < icns.length;) {
    const length = icns.readUInt32BE(at + 4);
    elements.push({ type: icns.toString('ascii', at, at + 4), png: icns.subarray(at + 8, at + length) });
    at += length;
  }
  return elements;
}

/** A stand-in PNG: the signature and an IHDR with the given width (enough for the containers). */
function fakePng(size: number): Buffer {
  const png = Buffer.alloc(33);
  PNG_SIGNATURE.copy(png);
  png.writeUInt32BE(13, 8);
  png.write('IHDR', 12, 'ascii');
  png.writeUInt32BE(size, 16);
  png.writeUInt32BE(size, 20);
  return png;
}

describe('icon containers', () => {
  it('writes an .ico whose entries point at each PNG, 256 px recorded as 0', () => {
    const ico = icoFromPngs([16, 256].map((size) => ({ size, png: fakePng(size) })));
    expect(ico.readUInt8(6 + 16)).toBe(0);
    expect(readIco(ico).map(({ size, png }) => [size, pngWidth(png)])).toEqual([
      [16, 16],
      [256, 256],
    ]);
  });

  it('writes an .icns with one element per type, in order', () => {
    const icns = readIcns(icnsFromPngs(fakePng));
    expect(icns.map((e) => [e.type, pngWidth(e.png)])).toEqual(ICNS_TYPES);
  });

  it('the committed icons are complete and made of PNGs of the right sizes', () => {
    for (const { size, png } of readIco(fs.readFileSync(path.join(RESOURCES, 'icon.ico')))) {
      expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
      expect(pngWidth(png)).toBe(size);
    }
    expect(readIcns(fs.readFileSync(path.join(RESOURCES, 'icon.icns'))).map((e) => [e.type, pngWidth(e.png)])).toEqual(
      ICNS_TYPES,
    );
    expect(readIco(fs.readFileSync(path.join(RESOURCES, 'web/favicon.ico'))).map((e) => e.size)).toEqual([16, 32, 48]);
    for (const size of [16, 32, 48, 64, 128, 256, 512])
      expect(pngWidth(fs.readFileSync(path.join(RESOURCES, `icons/${size}x${size}.png`)))).toBe(size);
  });
});
