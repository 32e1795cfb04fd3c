// CJK fonts carried inside the report. Chromium's PDF backend (Skia) embeds fonts with CFF outlines
// (Debian's Noto Sans CJK is OpenType/CFF in a .ttc) and variable fonts as Type 3 glyph procedures,
// which some readers cannot select or search; with a static TrueType-outline (glyf) font it embeds a
// CID TrueType font instead. Fontsource's Noto Sans KR and SC are exactly that (WOFF2 flavour
// 0x00010000, one file per weight), cut by Google into unicode-range slices of a few hundred
// characters each. The report inlines, as data: URLs, only the slices that its own text uses, in
// the two weights it sets (400; 700 for headings, bold and grades), so it stays small, opens offline
// and makes no request. Korean first: its slices also cover Hanja and kana; Simplified Chinese
// comes from SC. The fonts are SIL Open Font License 1.1; the licence travels with them in the CSS.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ContractError } from '../../../shared/contract/errors';

const require = createRequire(import.meta.url);

/** Font families in the order the report's CSS falls back through them. */
const PACKAGES = [
  { family: 'Noto Sans KR', name: '@fontsource/noto-sans-kr', stem: 'noto-sans-kr' },
  { family: 'Noto Sans SC', name: '@fontsource/noto-sans-sc', stem: 'noto-sans-sc' },
] as const;
export const REPORT_CJK_FAMILIES: readonly string[] = PACKAGES.map((p) => p.family);
export const REPORT_FONT_WEIGHTS = [400, 700] as const;

interface Slice {
  pkg: (typeof PACKAGES)[number];
  dir: string;
  /** The slice's number in Fontsource's file names (noto-sans-kr-[12] → noto-sans-kr-12-400-normal.woff2). */
  key: string;
  unicodeRange: string;
}

/** Which slice draws each code point: the first package (in PACKAGES order) that has it. */
let sliceOfCodePoint: Map<number, Slice> | undefined;

function parseRanges(unicodeRange: string): [number, number][] {
  return unicodeRange.split(',').map((part) => {
    const spec = part.trim().replace(/^U\+/i, '');
    if (spec.includes('?')) return [parseInt(spec.replace(/\?/g, '0'), 16), parseInt(spec.replace(/\?/g, 'f'), 16)];
    const [from, to = from] = spec.split('-');
    return [parseInt(from!, 16), parseInt(to!, 16)];
  });
}

function packageDir(name: string): string {
  try {
    return path.dirname(require.resolve(`${name}/package.json`));
  } catch {
    throw new ContractError(
      'io_error',
      `The report's CJK font package ${name} is missing from this installation; reinstall Casefile (npm install) and try again.`,
    );
  }
}

function slices(): Map<number, Slice> {
  if (sliceOfCodePoint) return sliceOfCodePoint;
  const map = new Map<number, Slice>();
  for (const pkg of PACKAGES) {
    const dir = packageDir(pkg.name);
    const unicode = JSON.parse(fs.readFileSync(path.join(dir, 'unicode.json'), 'utf8')) as Record<string, string>;
    // Only the numbered (CJK) slices: Latin, Cyrillic and Vietnamese text keeps the report's Latin fonts.
    for (const [name, unicodeRange] of Object.entries(unicode)) {
      const key = /^\[(\d+)\]$/.exec(name)?.[1];
      if (!key) continue;
      const slice: Slice = { pkg, dir, key, unicodeRange };
      for (const [from, to] of parseRanges(unicodeRange))
        for (let cp = from; cp <= to; cp++) if (!map.has(cp)) map.set(cp, slice);
    }
  }
  sliceOfCodePoint = map;
  return map;
}

/** Hangul jamo, and everything from CJK radicals up (kana, Han, Hangul syllables, full-width forms…) bar private use. */
function isCjk(cp: number): boolean {
  return (cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0x2e80 && !(cp >= 0xe000 && cp <= 0xf8ff));
}

/** The slices of the CJK fonts that draw the CJK characters of `text`, in a stable order. */
export function cjkSlicesFor(text: string): Slice[] {
  const map = slices();
  const used = new Set<Slice>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (!isCjk(cp)) continue;
    const slice = map.get(cp);
    if (slice) used.add(slice);
  }
  const order = (s: Slice) => PACKAGES.indexOf(s.pkg);
  return [...used].sort((a, b) => order(a) - order(b) || Number(a.key) - Number(b.key));
}

const licenceOf = new Map<string, string>();
function licence(pkg: (typeof PACKAGES)[number], dir: string): string {
  let text = licenceOf.get(pkg.name);
  if (text === undefined) {
    const version = (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string })
      .version;
    const body = fs.readFileSync(path.join(dir, 'LICENSE'), 'utf8').replace(/\*\//g, '* /');
    text = `/* ${pkg.family} (${pkg.name} ${version}), embedded unmodified for the CJK text of this report.\n${body}*/`;
    licenceOf.set(pkg.name, text);
  }
  return text;
}

/**
 * @font-face rules (with the fonts inline as data: URLs, and each font's licence) for the CJK text
 * in `text`; empty when it has none.
 */
export function cjkFontFaces(text: string): string {
  const used = cjkSlicesFor(text);
  const rules: string[] = [];
  for (const pkg of new Set(used.map((s) => s.pkg))) rules.push(licence(pkg, used.find((s) => s.pkg === pkg)!.dir));
  for (const slice of used) {
    for (const weight of REPORT_FONT_WEIGHTS) {
      const file = path.join(slice.dir, 'files', `${slice.pkg.stem}-${slice.key}-${weight}-normal.woff2`);
      const data = fs.readFileSync(file).toString('base64');
      rules.push(
        `@font-face{font-family:"${slice.pkg.family}";font-style:normal;font-weight:${weight};font-display:block;src:url(data:font/woff2;base64,${data}) format("woff2");unicode-range:${slice.unicodeRange}}`,
      );
    }
  }
  return rules.join('\n');
}
