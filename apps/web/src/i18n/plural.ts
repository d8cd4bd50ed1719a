import { formatNumber, type Locale } from '@pdz/core';

/**
 * Plural forms inside a message, in the ICU way: `{count, plural, =0 {nessun evento}
 * one {# evento} other {# eventi}}`. `#` is the number as the language writes it. Italian and
 * English need `one` and `other`; an exact `=n` form wins over both.
 */
export interface PluralBlock {
  name: string;
  forms: Record<string, string>;
  start: number;
  end: number;
}

const opening = /\{(\w+),\s*plural,/g;

/** The plural blocks of a template, with their forms; nested placeholders are left as they are. */
export function pluralBlocks(template: string): PluralBlock[] {
  const blocks: PluralBlock[] = [];
  opening.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = opening.exec(template)) !== null) {
    const forms: Record<string, string> = {};
    let i = opening.lastIndex;
    for (;;) {
      while (template[i] === ' ' || template[i] === '\n') i += 1;
      if (template[i] === '}' || i >= template.length) break;
      const selector = /^(=\d+|zero|one|two|few|many|other)\s*\{/.exec(template.slice(i));
      if (!selector) throw new Error(`bad plural form in «${template}»`);
      i += selector[0].length;
      let depth = 1;
      const from = i;
      while (i < template.length && depth > 0) {
        if (template[i] === '{') depth += 1;
        if (template[i] === '}') depth -= 1;
        i += 1;
      }
      forms[selector[1]!] = template.slice(from, i - 1);
    }
    blocks.push({ name: match[1]!, forms, start: match.index, end: i + 1 });
    opening.lastIndex = i + 1;
  }
  return blocks;
}

/** The number a value stands for, and how many decimals it shows (`1,0` is plural). */
function numberOf(value: string | number, locale: Locale): { n: number; decimals: number } {
  if (typeof value === 'number') return { n: value, decimals: 0 };
  const [whole = '', fraction = ''] =
    locale === 'it' ? value.replace(/\./g, '').split(',') : value.replace(/,/g, '').split('.');
  return { n: Number(`${whole}.${fraction || '0'}`), decimals: fraction.length };
}

function written(value: string | number, locale: Locale): string {
  if (typeof value === 'string') return value;
  if (Number.isInteger(value)) return formatNumber(value, locale);
  return new Intl.NumberFormat(locale === 'it' ? 'it-IT' : 'en-GB', {
    maximumFractionDigits: 2,
  }).format(value);
}

export function expandPlurals(
  template: string,
  locale: Locale,
  vars: Record<string, string | number>,
): string {
  const blocks = pluralBlocks(template);
  if (blocks.length === 0) return template;
  let out = '';
  let at = 0;
  for (const block of blocks) {
    out += template.slice(at, block.start);
    at = block.end;
    const value = vars[block.name];
    if (value === undefined) {
      out += template.slice(block.start, block.end);
      continue;
    }
    const { n, decimals } = numberOf(value, locale);
    const rule = new Intl.PluralRules(locale, { minimumFractionDigits: decimals });
    const form = block.forms[`=${n}`] ?? block.forms[rule.select(n)] ?? block.forms.other ?? '';
    // a plural inside a form (`… e {actions, plural, …}`) picks its own form first
    out += expandPlurals(form, locale, vars).replace(/#/g, written(value, locale));
  }
  return out + template.slice(at);
}
