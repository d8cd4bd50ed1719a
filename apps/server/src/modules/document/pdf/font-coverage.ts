/**
 * The characters a TrueType/OpenType font can draw, read from its `cmap` table. PDF/A forbids
 * glyphs a font does not have, and Typst refuses to write such a file: one emoji pasted in a
 * chapter would make the whole plan impossible to export. The writer therefore replaces what
 * the fonts cannot draw before it reaches Typst.
 */
export function fontCoverage(font: Uint8Array): Set<number> {
  const data = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const cmap = tableOffset(data, 'cmap');
  const count = data.getUint16(cmap + 2);
  let format4: number | undefined;
  let format12: number | undefined;
  for (let i = 0; i < count; i++) {
    const record = cmap + 4 + i * 8;
    const platform = data.getUint16(record);
    const encoding = data.getUint16(record + 2);
    const sub = cmap + data.getUint32(record + 4);
    const format = data.getUint16(sub);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12) format12 ??= sub;
    if (format === 4) format4 ??= sub;
  }
  if (format12 !== undefined) return readFormat12(data, format12);
  if (format4 !== undefined) return readFormat4(data, format4);
  throw new Error('font without a Unicode cmap');
}

export function tableOffset(data: DataView, tag: string): number {
  const tables = data.getUint16(4);
  for (let i = 0; i < tables; i++) {
    const record = 12 + i * 16;
    const name = String.fromCharCode(
      data.getUint8(record),
      data.getUint8(record + 1),
      data.getUint8(record + 2),
      data.getUint8(record + 3),
    );
    if (name === tag) return data.getUint32(record + 8);
  }
  throw new Error(`font without a ${tag} table`);
}

/** segmented coverage: groups of consecutive characters */
function readFormat12(data: DataView, sub: number): Set<number> {
  const covered = new Set<number>();
  const groups = data.getUint32(sub + 12);
  for (let g = 0; g < groups; g++) {
    const group = sub + 16 + g * 12;
    const start = data.getUint32(group);
    const end = data.getUint32(group + 4);
    const glyph = data.getUint32(group + 8);
    for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) covered.add(c);
  }
  return covered;
}

/** segment mapping to delta values (Basic Multilingual Plane only) */
function readFormat4(data: DataView, sub: number): Set<number> {
  const covered = new Set<number>();
  const segments = data.getUint16(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const end = data.getUint16(ends + s * 2);
    const start = data.getUint16(starts + s * 2);
    const delta = data.getUint16(deltas + s * 2);
    const rangeOffsetAt = rangeOffsets + s * 2;
    const rangeOffset = data.getUint16(rangeOffsetAt);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const raw = data.getUint16(rangeOffsetAt + rangeOffset + (c - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) covered.add(c);
    }
  }
  return covered;
}

/** The characters every one of the given fonts can draw. */
export function commonCoverage(fonts: readonly Uint8Array[]): Set<number> {
  const [first, ...rest] = fonts.map(fontCoverage);
  if (!first) return new Set();
  return new Set([...first].filter((c) => rest.every((set) => set.has(c))));
}
