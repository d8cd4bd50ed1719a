import { tableOffset } from './font-coverage';
import { documentFonts } from './fonts';

/**
 * Widths of text in the body typeface, from the fonts' own advance widths (`hmtx`), so that a
 * table's columns can be sized before Typst sees it: asking Typst to measure every cell doubled
 * the time of a whole document. Kerning is left out; callers keep a small margin.
 */

interface Advances {
  /** advance of each character, in em */
  em: Map<number, number>;
  /** for characters the map lacks: the advance of `0` */
  fallback: number;
}

/** char → glyph id, from the format 4 subtable of `cmap` (the body face's characters are BMP) */
function glyphIds(data: DataView): Map<number, number> {
  const cmap = tableOffset(data, 'cmap');
  const ids = new Map<number, number>();
  for (let i = 0; i < data.getUint16(cmap + 2); i++) {
    const record = cmap + 4 + i * 8;
    const sub = cmap + data.getUint32(record + 4);
    if (data.getUint16(record) !== 3 || data.getUint16(sub) !== 4) continue;
    const segments = data.getUint16(sub + 6) / 2;
    const ends = sub + 14;
    const starts = ends + segments * 2 + 2;
    const deltas = starts + segments * 2;
    const offsets = deltas + segments * 2;
    for (let s = 0; s < segments; s++) {
      const start = data.getUint16(starts + s * 2);
      const delta = data.getUint16(deltas + s * 2);
      const rangeOffset = data.getUint16(offsets + s * 2);
      for (let c = start; c <= data.getUint16(ends + s * 2) && c !== 0xffff; c++) {
        const raw =
          rangeOffset === 0 ? c : data.getUint16(offsets + s * 2 + rangeOffset + (c - start) * 2);
        if (raw !== 0) ids.set(c, (raw + delta) & 0xffff);
      }
    }
    return ids;
  }
  throw new Error('font without a Windows Unicode cmap');
}

function advances(font: Uint8Array): Advances {
  const data = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const unitsPerEm = data.getUint16(tableOffset(data, 'head') + 18);
  const metrics = data.getUint16(tableOffset(data, 'hhea') + 34);
  const hmtx = tableOffset(data, 'hmtx');
  const advance = (glyph: number) =>
    data.getUint16(hmtx + 4 * Math.min(glyph, metrics - 1)) / unitsPerEm;
  const em = new Map<number, number>();
  for (const [char, glyph] of glyphIds(data)) em.set(char, advance(glyph));
  return { em, fallback: em.get(0x30) ?? 0.5 };
}

let faces: { regular: Advances; bold: Advances } | undefined;

function body(): { regular: Advances; bold: Advances } {
  if (!faces) {
    const [regular, , , bold] = documentFonts().body;
    faces = { regular: advances(regular!), bold: advances(bold!) };
  }
  return faces;
}

/** the width of `text` on one line, in points, at `size` points */
export function textWidth(text: string, size: number, bold = false): number {
  const face = bold ? body().bold : body().regular;
  let em = 0;
  for (const ch of text) em += face.em.get(ch.codePointAt(0) ?? 0) ?? face.fallback;
  return em * size;
}

/**
 * The pieces of text a line can never break inside: runs between spaces, split after hyphens
 * and dashes too (no-break spaces hold their neighbours together).
 */
export function words(text: string): string[] {
  return text.split(/[ \n\t]+|(?<=[-–—/])(?=[^\d\s])/u).filter((w) => w.length > 0);
}
