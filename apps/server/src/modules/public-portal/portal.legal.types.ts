/**
 * A legal page's text: paragraphs (a string) and lists (an array of strings) under headings.
 * `{name}` stands for a fact the page fills in (portal.legal.ts); `[text](address)` is a link.
 */
export interface LegalText {
  title: string;
  intro: string[];
  sections: { heading: string; blocks: (string | string[])[] }[];
  updated: string;
}
