/**
 * Text edits the chapter toolbar makes on a Markdown textarea: each takes the text and the
 * selection and returns the new text and the new selection, so the caret lands where the writer
 * goes on typing. Pure, so that they are tested without a browser.
 */
export interface TextState {
  value: string;
  start: number;
  end: number;
}

/** Surrounds the selection with `marker` (or inserts marker+placeholder+marker, placeholder selected). */
export function wrapSelection(s: TextState, marker: string, placeholder: string): TextState {
  const selected = s.value.slice(s.start, s.end);
  const inner = selected || placeholder;
  const value = s.value.slice(0, s.start) + marker + inner + marker + s.value.slice(s.end);
  const start = s.start + marker.length;
  return { value, start, end: start + inner.length };
}

/** Puts `prefix(i)` at the start of every line the selection touches (the caret's line when empty). */
export function prefixLines(s: TextState, prefix: (index: number) => string): TextState {
  const lineStart = s.value.lastIndexOf('\n', s.start - 1) + 1;
  const nextBreak = s.value.indexOf('\n', Math.max(s.end, s.start));
  const lineEnd = nextBreak === -1 ? s.value.length : nextBreak;
  const lines = s.value.slice(lineStart, lineEnd).split('\n');
  const changed = lines.map((line, i) => prefix(i) + line).join('\n');
  const value = s.value.slice(0, lineStart) + changed + s.value.slice(lineEnd);
  const added = prefix(0).length;
  return s.start === s.end
    ? { value, start: s.start + added, end: s.start + added }
    : { value, start: lineStart, end: lineStart + changed.length };
}

/** `[selection](https://)` with the address selected, ready to be typed over. */
export function insertLink(s: TextState, placeholder: string): TextState {
  const text = s.value.slice(s.start, s.end) || placeholder;
  const url = 'https://';
  const link = `[${text}](${url})`;
  const value = s.value.slice(0, s.start) + link + s.value.slice(s.end);
  const start = s.start + text.length + 3;
  return { value, start, end: start + url.length };
}

/** Inserts `block` on a line of its own, with a blank line before and after; caret after it. */
export function insertBlock(s: TextState, block: string): TextState {
  const before = s.value.slice(0, s.start);
  const after = s.value.slice(s.end);
  const lead =
    before === '' ? '' : before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const trail = after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n';
  const value = before + lead + block + trail + after;
  const caret = before.length + lead.length + block.length + trail.length;
  return { value, start: caret, end: caret };
}
