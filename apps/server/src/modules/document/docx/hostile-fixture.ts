import type { PlanDocument } from '@pdz/core';
import { planFixture } from './fixtures';

/** Text that must reach the reader as written and never break the package's XML. */
export const HOSTILE = {
  script: '<script>alert("x")</script>',
  cdata: "fine ]]> fine & <b>bold</b> 'quoted'",
  controls: 'a\u0000b\u0007c\u001Fd\uFFFEe',
  longWord: `Supercalifragilistichespiralidoso${'x'.repeat(400)}`,
};

export function hostileFixture(): PlanDocument {
  const base = planFixture({ draft: true, budgetRows: 3 });
  const text = `${HOSTILE.script} ${HOSTILE.cdata} ${HOSTILE.controls}`;
  return {
    ...base,
    title: text,
    author: HOSTILE.cdata,
    keywords: [HOSTILE.script, HOSTILE.controls],
    runningHeader: text,
    footer: HOSTILE.cdata,
    draftMark: `BOZZA ${HOSTILE.controls}`,
    cover: {
      ...base.cover,
      title: text,
      facts: [{ label: HOSTILE.script, value: HOSTILE.longWord }],
    },
    body: [
      { kind: 'heading', level: 1, text: `Capitolo ${HOSTILE.script}`, outlined: true },
      {
        kind: 'paragraph',
        content: [
          { kind: 'text', text: `${HOSTILE.cdata} ${HOSTILE.controls} ` },
          { kind: 'text', text: HOSTILE.longWord, strong: true },
          { kind: 'link', href: 'javascript:alert(1)', content: [{ kind: 'text', text: 'link' }] },
          { kind: 'link', href: 'https://example.org/?a=1&b=<2>', content: [] },
        ],
      },
      {
        kind: 'table',
        table: {
          caption: HOSTILE.cdata,
          columns: [
            { label: HOSTILE.script, numeric: false },
            { label: '&', numeric: true },
          ],
          rows: [[HOSTILE.longWord, HOSTILE.controls], ['short row']],
          totals: [HOSTILE.cdata, '1.234.567,89 €'],
        },
      },
      { kind: 'fields', caption: '', rows: [{ label: HOSTILE.controls, value: HOSTILE.script }] },
      { kind: 'code', text: `${HOSTILE.script}\n\t${HOSTILE.cdata}` },
      { kind: 'note', text: HOSTILE.cdata },
    ],
  };
}
