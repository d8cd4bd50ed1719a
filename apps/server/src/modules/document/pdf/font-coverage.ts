import { create, type Font } from 'fontkit';

/** A TrueType/OpenType face read with fontkit (a collection is not expected here). */
export function openFont(font: Uint8Array): Font {
  const opened = create(Buffer.from(font.buffer, font.byteOffset, font.byteLength));
  if (!('characterSet' in opened)) throw new Error('a font collection where a face was expected');
  return opened;
}

/**
 * The characters a font can draw. PDF/A forbids glyphs a font does not have, and Typst refuses
 * to write such a file: one emoji pasted in a chapter would make the whole plan impossible to
 * export. The writer therefore replaces what the fonts cannot draw before it reaches Typst.
 */
export function fontCoverage(font: Uint8Array): Set<number> {
  return new Set(openFont(font).characterSet);
}

/** The characters every one of the given fonts can draw. */
export function commonCoverage(fonts: readonly Uint8Array[]): Set<number> {
  const [first, ...rest] = fonts.map(fontCoverage);
  if (!first) return new Set();
  return new Set([...first].filter((c) => rest.every((set) => set.has(c))));
}
