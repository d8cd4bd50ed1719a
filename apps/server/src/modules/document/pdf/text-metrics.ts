import { openFont } from './font-coverage';
import { documentFonts } from './fonts';

/**
 * Widths of text in the body typeface, from the fonts' own advance widths (read with fontkit), so that a
 * table's columns can be sized before Typst sees it: asking Typst to measure every cell doubled
 * the time of a whole document. Kerning is left out; callers keep a small margin.
 */

interface Advances {
  /** advance of each character, in em */
  em: Map<number, number>;
  /** for characters the map lacks: the advance of `0` */
  fallback: number;
}

function advances(font: Uint8Array): Advances {
  const face = openFont(font);
  const em = new Map<number, number>();
  for (const char of face.characterSet)
    em.set(char, face.glyphForCodePoint(char).advanceWidth / face.unitsPerEm);
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
