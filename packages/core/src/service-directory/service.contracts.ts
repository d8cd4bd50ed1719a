import { z } from 'zod';
import { defineContract } from '../shared/contract';
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
    summary: 'Organizations of the district that may provide a service',
    tags,
    params: districtParams,
    response: z.object({ items: z.array(serviceProviderSchema) }),
  }),
  get: defineContract({
    method: 'GET',
    path: `${base}/:serviceId`,
    summary: 'One service',
    tags,
    params: serviceParams,
    response: serviceSchema,
  }),
  create: defineContract({
    method: 'POST',
    path: base,
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
    summary: 'Edit a service at the version read (409 with the current record otherwise)',
    tags,
    params: serviceParams,
    body: updateServiceInput,
    response: serviceSchema,
  }),
  delete: defineContract({
    method: 'DELETE',
    path: `${base}/:serviceId`,
    summary: 'Remove a service at the version read',
    tags,
    status: 204,
    params: serviceParams,
    query: z.object({ version: z.coerce.number().int() }),
    response: z.null(),
  }),
  export: defineContract({
    method: 'GET',
    path: `${base}/file`,
    summary: 'The directory as an XLSX workbook or CSV (`;`, UTF-8 with BOM)',
    tags,
    params: districtParams,
    query: serviceFileQuery,
    response: z.string().describe('the file'),
  }),
  import: defineContract({
    method: 'POST',
    path: `${base}/file`,
    summary:
      'Import the directory (raw body, XLSX or text/csv): all rows or none; a 400 lists every error by sheet, row and column, a 409 every changed row whose `Versione` is older than the record',
    tags,
    params: districtParams,
    query: serviceFileQuery,
    response: serviceImportResultSchema,
  }),
};
