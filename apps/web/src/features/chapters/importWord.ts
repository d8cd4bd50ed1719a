import {
  buildPath,
  chapterContracts,
  wordImportMediaType,
  wordImportProblemSchema,
  wordImportResultSchema,
  type WordImportProblem,
  type WordImportResult,
} from '@pdz/core';
import { uploadFile, type UploadOutcome } from '../../api/upload';

export type WordImportOutcome = UploadOutcome<WordImportResult, WordImportProblem>;

/**
 * Sends a Word file to be turned into the chapter's Markdown: the text and what it leaves out,
 * or the reasons the file cannot be read. Nothing is saved on the server.
 */
export async function importWord(
  scope: { districtId: string; planId: string; chapterId: string },
  file: File,
): Promise<WordImportOutcome> {
  return uploadFile(buildPath(chapterContracts.importWord.path, scope), file, wordImportMediaType, {
    result: wordImportResultSchema,
    errors: wordImportProblemSchema.array(),
  });
}
