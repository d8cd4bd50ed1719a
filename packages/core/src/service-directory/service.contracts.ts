import { z } from 'zod';
import { defineContract } from '../shared/contract';
import {
  spreadsheetDownload,
  spreadsheetMaxBytes,
  spreadsheetMediaTypes,
} from '../spreadsheets/spreadsheet.contracts';
import {
  serviceInput,
  serviceListQuery,
  serviceProviderSchema,
  serviceSchema,
  updateServiceInput,
} from './service';
import { serviceImportErrorSchema } from './service.spreadsheet';

const base = '/api/districts/:districtId/services';
const districtParams = z.object({ districtId: z.uuid() });
const serviceParams = districtParams.extend({ serviceId: z.uuid() });
const tags = ['services'];
const readers = 'Every member of the district may read it.';
const editors = 'Only the plan office and the administrators (services.edit) may call it.';

export const serviceFileQuery = z.object({ format: z.enum(['xlsx', 'csv']).default('xlsx') });

export const serviceImportResultSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});
export type ServiceImportResult = z.infer<typeof serviceImportResultSchema>;
export { serviceImportErrorSchema };

export const serviceContracts = {
  list: defineContract({
    method: 'GET',
    path: base,
    operationId: 'listServices',
    description: `Lists the services of the district a page at a time (at most 200 a page), searched by words of the name or description (case and accents ignored) and filtered by user area, municipality, classification, provider and status. ${readers}`,
    summary:
      'Services of the district: search by words (case and accents ignored) and filters, paginated',
    tags,
    params: districtParams,
    query: serviceListQuery,
    response: z.object({
      items: z.array(serviceSchema),
      total: z.number().int(),
      page: z.number().int(),
      perPage: z.number().int(),
    }),
  }),
  providers: defineContract({
    method: 'GET',
    path: `${base}/providers`,
    operationId: 'listServiceProviders',
    description: `Lists the organizations of the district that may provide a service, for the provider of a service. ${readers}`,
    summary: 'Organizations of the district that may provide a service',
    tags,
    params: districtParams,
    response: z.object({ items: z.array(serviceProviderSchema) }),
  }),
  get: defineContract({
    method: 'GET',
    path: `${base}/:serviceId`,
    operationId: 'getService',
    description: `Gives one service of the directory with its provider. ${readers} 404 for a service of another district.`,
    summary: 'One service',
    tags,
    params: serviceParams,
    response: serviceSchema,
  }),
  create: defineContract({
    method: 'POST',
    path: base,
    operationId: 'createService',
    description: `Adds a service to the directory of the district. ${editors} 400 names the field at fault: a provider, municipality or code not of this district, or a name the provider already uses.`,
    summary: 'Add a service to the directory',
    tags,
    status: 201,
    params: districtParams,
    body: serviceInput,
    response: serviceSchema,
  }),
  update: defineContract({
    method: 'PUT',
    path: `${base}/:serviceId`,
    operationId: 'updateService',
    description: `Replaces a service's record, quoting the version read. ${editors} 409 VERSION_CONFLICT carries the current record when it changed meanwhile; 400 names the field at fault.`,
    summary: 'Edit a service at the version read (409 with the current record otherwise)',
    tags,
    params: serviceParams,
    body: updateServiceInput,
    response: serviceSchema,
  }),
  delete: defineContract({
    method: 'DELETE',
    path: `${base}/:serviceId`,
    operationId: 'deleteService',
    description: `Removes a service from the directory at the version read. ${editors} 409 VERSION_CONFLICT when it changed meanwhile.`,
    summary: 'Remove a service at the version read',
    tags,
    status: 204,
    params: serviceParams,
    query: z.object({ version: z.coerce.number().int().min(1).max(2_147_483_647) }),
    response: z.null(),
  }),
  export: defineContract({
    method: 'GET',
    path: `${base}/file`,
    operationId: 'exportServiceDirectory',
    description: `Answers the directory as an XLSX workbook (with a Codici sheet of the codes allowed) or as CSV (\`;\`, UTF-8 with BOM), as an attachment. ${readers}`,
    summary: 'The directory as an XLSX workbook or CSV (`;`, UTF-8 with BOM)',
    tags,
    params: districtParams,
    query: serviceFileQuery,
    download: spreadsheetDownload,
    response: z.string().describe('the file'),
  }),
  import: defineContract({
    method: 'POST',
    path: `${base}/file`,
    operationId: 'importServiceDirectory',
    description: `Imports the directory from a workbook or CSV sent as the raw body (at most 5 MB; a workbook expanding beyond 50 MB is refused unread), all rows or none; rows absent from the file are left as they are. ${editors} A 400 lists every error by sheet, row and column (a text with control characters among them), a 409 every changed row whose \`Versione\` is older than the record, a 413 a larger file.`,
    summary: 'Import the directory from a workbook or CSV: all rows or none',
    tags,
    params: districtParams,
    query: serviceFileQuery,
    upload: { mediaTypes: spreadsheetMediaTypes, maxBytes: spreadsheetMaxBytes },
    response: serviceImportResultSchema,
  }),
};
