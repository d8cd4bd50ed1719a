import { commonCoverage } from './font-coverage';
import { documentFonts } from './fonts';

/**
 * Typst literals for values that come from users. Every text of the document reaches Typst as a
 * string literal inside code (`#strong("…")`), never as markup, so `*`, `#`, `$`, `<label>`,
 * `@ref`, `//` or `= ` at the start of a line are shown as written and cannot run code.
 */

/** what stands in for a character the fonts cannot draw (PDF/A forbids missing glyphs) */
const MISSING = '\u25a1';

let coverage: Set<number> | undefined;

function drawable(): Set<number> {
  coverage ??= commonCoverage(documentFonts().body);
  return coverage;
}

/**
 * The text as the document can print it: NFC-composed, control and invisible format characters
 * dropped, spaces the fonts lack turned into plain spaces, other missing characters (emoji,
 * scripts the typeface does not cover, lone surrogates) into a visible box.
 */
export function printableText(text: string, glyphs: Set<number> = drawable()): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === '\n' || ch === '\t') out += ch;
    else if (ch === '\r') continue;
    else if (glyphs.has(cp)) out += ch;
    else if (/^\s$/u.test(ch)) out += ' ';
    // controls, zero-width joiners, variation selectors, bidi marks: nothing to draw
    else if (/^[\p{Cc}\p{Cf}\p{Mn}]$/u.test(ch)) continue;
    else out += MISSING;
  }
  return out;
}

/** A Typst string literal: `"…"` with the only escapes Typst knows inside strings. */
export function str(text: string): string {
  const escaped = printableText(text)
    .replaceAll('\\', '\\\\')
    .replaceAll('"', '\\"')
    .replaceAll('\n', '\\n')
    .replaceAll('\t', '\\t');
  return `"${escaped}"`;
}

/** A Typst number; `none` for a missing or non-finite figure. */
export function num(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'none';
  const written = String(value);
  // integers are written as floats so that divisions stay exact; Typst has no `1e+21` literal
  if (written.includes('e')) return `float("${written}")`;
  return Number.isInteger(value) ? `${written}.0` : written;
}

/** A Typst array; a single element needs the trailing comma (`(x,)`), as in Python. */
export function arr(items: readonly string[]): string {
  return items.length === 0 ? '()' : `(${items.join(', ')},)`;
}

/** A Typst dictionary from already-written values. */
export function dict(entries: Record<string, string>): string {
  const pairs = Object.entries(entries).map(([key, value]) => `${key}: ${value}`);
  return pairs.length === 0 ? '(:)' : `(${pairs.join(', ')})`;
}
