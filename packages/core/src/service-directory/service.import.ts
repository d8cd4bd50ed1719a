import { hasControlCharacters, PLAIN_TEXT_FORMAT } from '../shared/text';
import { foldText, serviceAsInput, serviceInput, type Service } from './service';
import {
  serviceChoiceLabels,
  serviceColumns,
  serviceSheetTitle,
  sheetColumnLetter,
  type ServiceCell,
  type ServiceImportError,
  type ServiceImportErrorCode,
  type ServiceImportPlan,
  type ServiceSheetContext,
  type ServiceSheetInput,
} from './service.spreadsheet';

const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const required = ['name', 'provider'];

function text(c: ServiceCell): string {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) return c.toISOString().slice(0, 10);
  if (typeof c === 'boolean') return c ? 'Sì' : 'No';
  return String(c).trim();
}

function dateOf(c: ServiceCell): string | null | 'bad' {
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? 'bad' : c.toISOString().slice(0, 10);
  const t = text(c);
  if (!t) return null;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const iso = m
    ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`
    : /^\d{4}-\d{2}-\d{2}$/.test(t)
      ? t
      : null;
  if (!iso) return 'bad';
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? 'bad' : iso;
}

function choice<K extends string>(labels: Record<K, string>, raw: string): K | null {
  const f = foldText(raw);
  for (const [k, label] of Object.entries(labels) as [K, string][]) {
    if (foldText(k) === f || foldText(label) === f) return k;
  }
  return null;
}

const list = (t: string) =>
  t
    .split(/[;\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

/** Deep equality of two inputs, ignoring key order. */
function same(a: unknown, b: unknown): boolean {
  const canon = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canon)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v)
              .sort(([x], [y]) => (x < y ? -1 : 1))
              .map(([k, x]) => [k, canon(x)]),
          )
        : v;
  return JSON.stringify(canon(a)) === JSON.stringify(canon(b));
}

/** zod path of a field → the column key that carries it. */
const columnOfField: Record<string, string> = {
  providerId: 'provider',
  municipalityId: 'municipality',
  servedMunicipalityIds: 'servedMunicipalities',
  'contacts.phone': 'phone',
  'contacts.email': 'email',
  'contacts.website': 'website',
};

/**
 * Reads the "Servizi" sheet against the district: every error, or the services to create and
 * update. Rows absent from the file are left as they are (nothing is deleted).
 */
export function planServiceImport(
  ctx: ServiceSheetContext,
  input: ServiceSheetInput,
): ServiceImportPlan {
  const errors: ServiceImportError[] = [];
  const conflicts: ServiceImportError[] = [];
  const plan: ServiceImportPlan = { errors, conflicts, create: [], update: [], unchanged: 0 };

  const headerIndex = new Map<string, number>();
  input.headers.forEach((h, i) => headerIndex.set(foldText(text(h)), i));
  const indexOf = (key: string) => {
    const c = serviceColumns.find((x) => x.key === key)!;
    return headerIndex.get(foldText(c.header));
  };
  for (const key of required) {
    if (indexOf(key) === undefined) {
      const c = serviceColumns.find((x) => x.key === key)!;
      errors.push({
        sheet: serviceSheetTitle,
        row: 1,
        column: c.header,
        columnLetter: null,
        code: 'missingColumn',
      });
    }
  }
  if (errors.length) return plan;

  const byId = new Map(ctx.services.map((s) => [s.id, s]));
  const providerByName = new Map(ctx.providers.map((p) => [foldText(p.name), p.id]));
  const municipalityByName = new Map<string, string>();
  for (const m of ctx.municipalities) {
    municipalityByName.set(foldText(m.name), m.id);
    municipalityByName.set(m.istatCode, m.id);
  }
  const seenIds = new Set<string>();
  const seenNames = new Map<string, number>();
  const existingKeys = new Map(
    ctx.services.map((s) => [`${s.provider.id}|${foldText(s.name)}`, s.id]),
  );

  for (const { row, cells } of input.rows) {
    const get = (key: string) => {
      const i = indexOf(key);
      return i === undefined ? null : (cells[i] ?? null);
    };
    if (serviceColumns.every((c) => text(get(c.key)) === '')) continue; // blank line
    const rowErrors: ServiceImportError[] = [];
    const fail = (
      key: string,
      code: ServiceImportErrorCode,
      message?: string,
      data?: Record<string, string | number>,
    ) => {
      const c = serviceColumns.find((x) => x.key === key);
      const i = indexOf(key);
      rowErrors.push({
        sheet: serviceSheetTitle,
        row,
        column: c?.header ?? key,
        columnLetter: i === undefined ? null : sheetColumnLetter(i),
        code,
        ...(message ? { message } : {}),
        ...(data ? { data } : {}),
      });
    };

    // control characters (which no keyboard types, and the database refuses) in any column
    for (const c of serviceColumns) {
      const cell = get(c.key);
      if (typeof cell === 'string' && hasControlCharacters(cell)) fail(c.key, 'controlCharacters');
    }

    const id = text(get('id'));
    let existing: Service | undefined;
    if (id) {
      existing = uuidRe.test(id) ? byId.get(id.toLowerCase()) : undefined;
      if (!existing) fail('id', 'unknownId', undefined, { value: id });
      else if (seenIds.has(existing.id)) fail('id', 'duplicateKey', undefined, { value: id });
      else seenIds.add(existing.id);
    }

    const providerName = text(get('provider'));
    const providerId = providerByName.get(foldText(providerName));
    if (!providerName) fail('provider', 'required');
    else if (!providerId)
      fail('provider', 'unknownOrganization', undefined, { value: providerName });

    const municipalityName = text(get('municipality'));
    const municipalityId = municipalityName
      ? municipalityByName.get(foldText(municipalityName))
      : null;
    if (municipalityId === undefined)
      fail('municipality', 'unknownMunicipality', undefined, { value: municipalityName });

    const served: string[] = [];
    for (const name of list(text(get('servedMunicipalities')))) {
      const m = municipalityByName.get(foldText(name));
      if (!m) fail('servedMunicipalities', 'unknownMunicipality', undefined, { value: name });
      else if (!served.includes(m)) served.push(m);
    }

    const codeOf = (key: keyof ServiceSheetContext['codes'], raw: string) => {
      if (raw && !ctx.codes[key].has(raw)) fail(key, 'unknownCode', undefined, { value: raw });
      return raw || null;
    };
    const userAreaCodes = list(text(get('userAreaCodes'))).map((c) => c.toUpperCase());
    userAreaCodes.forEach((c) => codeOf('userAreaCodes', c));

    let capacity: number | null = null;
    const capText = text(get('capacity'));
    if (capText) {
      const n = Number(capText.replace(/\./g, ''));
      if (!Number.isInteger(n) || n < 0)
        fail('capacity', 'notInteger', undefined, { value: capText });
      else capacity = n;
    }
    const dateValue = dateOf(get('authorizationDate'));
    if (dateValue === 'bad')
      fail('authorizationDate', 'notDate', undefined, { value: text(get('authorizationDate')) });
    const authText = text(get('authorization'));
    const authorization = authText ? choice(serviceChoiceLabels.authorization, authText) : 'none';
    if (!authorization) fail('authorization', 'unknownChoice', undefined, { value: authText });
    const statusText = text(get('status'));
    const status = statusText ? choice(serviceChoiceLabels.status, statusText) : 'active';
    if (!status) fail('status', 'unknownChoice', undefined, { value: statusText });

    const candidate = {
      name: text(get('name')),
      description: text(get('description')),
      providerId: providerId ?? '00000000-0000-4000-8000-000000000000',
      municipalityId: municipalityId ?? null,
      address: text(get('address')),
      postalCode: text(get('postalCode')),
      servedMunicipalityIds: served,
      userAreaCodes,
      istatCategoryCode: codeOf('istatCategoryCode', text(get('istatCategoryCode')).toUpperCase()),
      cisisLevelCode: codeOf('cisisLevelCode', text(get('cisisLevelCode')).toUpperCase()),
      facilityTypeCode: codeOf('facilityTypeCode', text(get('facilityTypeCode')).toUpperCase()),
      capacity,
      authorization: authorization ?? 'none',
      authorizationDate: dateValue === 'bad' ? null : dateValue,
      eligibility: text(get('eligibility')),
      costs: text(get('costs')),
      contacts: {
        phone: text(get('phone')),
        email: text(get('email')),
        website: text(get('website')),
      },
      openingHours: text(get('openingHours')),
      status: status ?? 'active',
    };
    const parsed = serviceInput.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.join('.');
        const key = columnOfField[field] ?? field;
        if (rowErrors.some((e) => e.column === serviceColumns.find((c) => c.key === key)?.header))
          continue;
        const plain = issue.code === 'invalid_format' && issue.format === PLAIN_TEXT_FORMAT;
        const required = issue.code === 'too_small' && key === 'name';
        if (plain) fail(key, 'controlCharacters');
        else fail(key, required ? 'required' : 'invalid', issue.message);
      }
    }
    if (parsed.success && providerId && !(id && !existing)) {
      const nameKey = `${providerId}|${foldText(parsed.data.name)}`;
      const holder = existingKeys.get(nameKey);
      const firstRow = seenNames.get(nameKey);
      if ((holder && holder !== existing?.id) || firstRow !== undefined) {
        fail('name', 'duplicateKey', undefined, {
          value: parsed.data.name,
          ...(firstRow ? { row: firstRow } : {}),
        });
      }
      seenNames.set(nameKey, row);
    }
    if (rowErrors.length || !parsed.success) {
      errors.push(...rowErrors);
      continue;
    }

    if (!existing) {
      plan.create.push(parsed.data);
      continue;
    }
    if (same(serviceAsInput(existing), parsed.data)) {
      plan.unchanged++;
      continue;
    }
    const versionText = text(get('version'));
    if (versionText && Number(versionText) !== existing.version) {
      const i = indexOf('version');
      conflicts.push({
        sheet: serviceSheetTitle,
        row,
        column: 'Versione',
        columnLetter: i === undefined ? null : sheetColumnLetter(i),
        code: 'staleRow',
        data: { name: existing.name, version: existing.version },
      });
      continue;
    }
    plan.update.push({ id: existing.id, version: existing.version, input: parsed.data });
  }
  return plan;
}
