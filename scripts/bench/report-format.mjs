// Statistics and markdown tables shared by the bench's report sections.

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
export const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
export const fmt = (n, digits = 0) =>
  Number.isFinite(n)
    ? n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
    : 'n/a';

export function table(headers, rows, align) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  const sep = headers.map((_, i) => (align?.[i] === 'l' ? '---' : '---:'));
  return [line(headers), line(sep), ...rows.map(line)].join('\n');
}

/** a row that says why there is nothing to show, padded to `width` cells */
export const noteRow = (label, note, width) => [label, note, ...Array(width - 2).fill('—')];
