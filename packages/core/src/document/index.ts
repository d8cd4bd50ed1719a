/**
 * The plan document: the neutral tree (document.ts) and the one function that builds it from a
 * plan snapshot (plan-document.ts). Owns no data; the server's document module renders the tree
 * to PDF and DOCX and keeps the files of approved versions.
 */
export * from './document';
export { planDocument, type DocumentState, type PlanDocumentInput } from './plan-document';
export type { DocumentChanges } from './changes-annex';
export type { DocumentDemography } from './needs-analysis';
export type { DocumentLabels } from './objective-sheets';
export { markdownBlocks } from './markdown-blocks';
export { documentWords } from './words';
export * from './document.contracts';
