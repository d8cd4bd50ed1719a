// The plan document in the back office: download the PDF/A or DOCX of the live draft or of an
// approved version, and see the files kept for a version with their SHA-256.
export { DocumentDownloads } from './DocumentDownloads';
