import { z } from 'zod';
import { defineContract } from '../shared/contract';
import { MAX_ROW_VERSION } from '../shared/ids';
import { docxMediaType, pdfMediaType } from '../shared/media-types';

const base = '/api/districts/:districtId/plans/:planId';
const planParams = z.object({ districtId: z.uuid(), planId: z.uuid() });
const versionParams = planParams.extend({
  number: z.coerce.number().int().min(1).max(MAX_ROW_VERSION),
});
const tags = ['document'];

export const documentFormats = ['pdf', 'docx'] as const;
export type DocumentFormat = (typeof documentFormats)[number];
export const documentMediaTypes: Record<DocumentFormat, string> = {
  pdf: pdfMediaType,
  docx: docxMediaType,
};

/** Which file, and in which language the words around the plan's own text are. */
export const documentQuery = z.strictObject({
  format: z.enum(documentFormats).default('pdf'),
  lang: z.enum(['it', 'en']).default('it'),
});

/** A kept document of an approved version: its fingerprint is what signatures refer to. */
export const keptDocumentSchema = z.object({
  format: z.enum(documentFormats),
  language: z.enum(['it', 'en']),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  byteSize: z.number().int(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type KeptDocument = z.infer<typeof keptDocumentSchema>;

const readers =
  'Every member of the district may call it; a district or plan the user cannot see answers 404.';
const download = { mediaTypes: [pdfMediaType, docxMediaType] };

export const documentContracts = {
  draft: defineContract({
    method: 'GET',
    path: `${base}/document`,
    operationId: 'getPlanDraftDocument',
    summary: 'The plan document of the live draft, as PDF/A-2a or DOCX',
    description: `Renders the plan as it is now into a tagged PDF/A-2a or a DOCX, marked BOZZA on every page with the date and time it was made. The file is made again when the plan has changed (its ETag is the plan's version). ${readers}`,
    tags,
    params: planParams,
    query: documentQuery,
    download,
    response: z.string().describe('the file'),
  }),
  version: defineContract({
    method: 'GET',
    path: `${base}/versions/:number/document`,
    operationId: 'getPlanVersionDocument',
    summary: 'The plan document of an approved version, made once and kept',
    description: `The document of a frozen version, with the approval and the version's fingerprint in its footer. It is made at the first request and kept: every later download gives the same bytes, whose SHA-256 is the strong ETag and the Repr-Digest header. ${readers} A version number that does not exist also answers 404.`,
    tags,
    params: versionParams,
    query: documentQuery,
    download,
    response: z.string().describe('the file'),
  }),
  kept: defineContract({
    method: 'GET',
    path: `${base}/versions/:number/documents`,
    operationId: 'listPlanVersionDocuments',
    summary: 'The documents kept for an approved version, with their SHA-256',
    description: `The files made so far for a frozen version (format, language, size, SHA-256, when made). ${readers}`,
    tags,
    params: versionParams,
    response: z.object({ items: z.array(keptDocumentSchema) }),
  }),
};
