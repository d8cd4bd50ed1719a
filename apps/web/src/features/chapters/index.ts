// The plan's narrative chapters: the list, the Markdown editor with its live tables and preview.
export { ChaptersPage } from './ChaptersPage';
