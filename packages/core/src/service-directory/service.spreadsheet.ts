import { z } from 'zod';
import { authorizationStatuses, serviceStatuses, type Service, type ServiceInput } from './service';

/**
 * The directory as one spreadsheet sheet ("Servizi"), in XLSX or CSV: its columns, a service as
 * a row and the pure import. Each row carries a stable key, the ID column (empty: a new
 * service); exporting and importing back unchanged changes nothing. Every error is collected with
 * its row and column; a changed row whose `Versione` differs from the record is a conflict.
 */

export const serviceSheetTitle = 'Servizi';
export const serviceVersionHeader = 'Versione';

export type ServiceCell = string | number | boolean | Date | null;
type ColumnType = 'text' | 'integer' | 'date' | 'list';

export interface ServiceColumn {
  key: string;
  header: string;
  type: ColumnType;
  width: number;
  /** exported to help the reader, ignored on import */
  readOnly?: boolean;
}

const col = (
  key: string,
  header: string,
  type: ColumnType = 'text',
  width = 20,
  readOnly = false,
) => ({ key, header, type, width, ...(readOnly ? { readOnly } : {}) }) as ServiceColumn;

export const serviceColumns: ServiceColumn[] = [
  col('id', 'ID', 'text', 38),
  col('name', 'Nome', 'text', 40),
  col('description', 'Descrizione', 'text', 50),
  col('provider', 'Ente gestore', 'text', 36),
  col('providerTaxCode', 'Codice fiscale ente', 'text', 18, true),
  col('municipality', 'Comune', 'text', 22),
  col('address', 'Indirizzo', 'text', 30),
  col('postalCode', 'CAP', 'text', 8),
  col('servedMunicipalities', 'Comuni serviti', 'list', 40),
  col('userAreaCodes', 'Aree utenza', 'list', 18),
  col('istatCategoryCode', 'Categoria ISTAT', 'text', 12),
  col('cisisLevelCode', 'Macro-livello CISIS', 'text', 12),
  col('facilityTypeCode', 'Unità d’offerta', 'text', 12),
  col('capacity', 'Posti', 'integer', 8),
  col('authorization', 'Autorizzazione', 'text', 16),
  col('authorizationDate', 'Data autorizzazione', 'date', 14),
  col('eligibility', 'Requisiti di accesso', 'text', 40),
  col('costs', 'Costi', 'text', 30),
  col('phone', 'Telefono', 'text', 16),
  col('email', 'Email', 'text', 28),
  col('website', 'Sito web', 'text', 28),
  col('openingHours', 'Orari', 'text', 30),
  col('status', 'Stato', 'text', 12),
  col('version', serviceVersionHeader, 'integer', 10),
];

/** Italian words of the coded choices; import accepts the word or the code, in any case. */
export const serviceChoiceLabels = {
  authorization: {
    none: 'Nessuna',
    authorized: 'Autorizzato',
    accredited: 'Accreditato',
    pending: 'In corso',
  } satisfies Record<(typeof authorizationStatuses)[number], string>,
  status: {
    active: 'Attivo',
    suspended: 'Sospeso',
    closed: 'Chiuso',
  } satisfies Record<(typeof serviceStatuses)[number], string>,
};

export const serviceImportErrorCodes = [
  'unreadableFile',
  'expandsTooMuch',
  'missingColumn',
  'required',
  'invalid',
  'controlCharacters',
  'notInteger',
  'notDate',
  'unknownChoice',
  'unknownCode',
  'unknownId',
  'unknownOrganization',
  'unknownMunicipality',
  'duplicateKey',
  'staleRow',
] as const;
export type ServiceImportErrorCode = (typeof serviceImportErrorCodes)[number];

export const serviceImportErrorSchema = z.object({
  sheet: z.string().nullable(),
  /** row as the user sees it (the header is row 1); null: the whole file */
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  columnLetter: z.string().nullable(),
  code: z.enum(serviceImportErrorCodes),
  message: z.string().optional(),
  data: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type ServiceImportError = z.infer<typeof serviceImportErrorSchema>;

/** What the import checks rows against: the district's records and codes. */
export interface ServiceSheetContext {
  services: Service[];
  providers: { id: string; name: string; taxCode: string | null }[];
  municipalities: { id: string; name: string; istatCode: string }[];
  /** allowed codes per classification column key */
  codes: Record<
    'userAreaCodes' | 'istatCategoryCode' | 'cisisLevelCode' | 'facilityTypeCode',
    Set<string>
  >;
}

export interface ServiceSheetInput {
  headers: ServiceCell[];
  rows: { row: number; cells: ServiceCell[] }[];
}

export interface ServiceImportPlan {
  errors: ServiceImportError[];
  conflicts: ServiceImportError[];
  create: ServiceInput[];
  update: { id: string; version: number; input: ServiceInput }[];
  unchanged: number;
}

export function sheetColumnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const listText = (items: string[]) => items.join('; ');
const isoToItalian = (iso: string) => iso.split('-').reverse().join('/');

/** A service as its row of cells (dates as ISO text; the file writers format them). */
export function serviceToRow(
  s: Service,
  ctx: Pick<ServiceSheetContext, 'municipalities'>,
): ServiceCell[] {
  const names = new Map(ctx.municipalities.map((m) => [m.id, m.name]));
  const values: Record<string, ServiceCell> = {
    id: s.id,
    name: s.name,
    description: s.description,
    provider: s.provider.name,
    providerTaxCode: s.provider.taxCode ?? '',
    municipality: s.municipalityId ? (names.get(s.municipalityId) ?? '') : '',
    address: s.address,
    postalCode: s.postalCode,
    servedMunicipalities: listText(s.servedMunicipalityIds.map((id) => names.get(id) ?? id)),
    userAreaCodes: listText(s.userAreaCodes),
    istatCategoryCode: s.istatCategoryCode ?? '',
    cisisLevelCode: s.cisisLevelCode ?? '',
    facilityTypeCode: s.facilityTypeCode ?? '',
    capacity: s.capacity,
    authorization: serviceChoiceLabels.authorization[s.authorization],
    authorizationDate: s.authorizationDate,
    eligibility: s.eligibility,
    costs: s.costs,
    phone: s.contacts.phone,
    email: s.contacts.email,
    website: s.contacts.website,
    openingHours: s.openingHours,
    status: serviceChoiceLabels.status[s.status],
    version: s.version,
  };
  return serviceColumns.map((c) => values[c.key] ?? null);
}

/** A cell as CSV text: dates dd/mm/yyyy, the rest as it is. */
export function serviceCellText(column: ServiceColumn, value: ServiceCell): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoToItalian(value.toISOString().slice(0, 10));
  if (column.type === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return isoToItalian(value);
  return String(value);
}
