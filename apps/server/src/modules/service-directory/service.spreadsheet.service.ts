import { inArray } from 'drizzle-orm';
import {
  DomainError,
  assertCan,
  planServiceImport,
  serviceSchemes,
  serviceToRow,
  xlsxMediaType,
  type ServiceImportError,
  type ServiceImportResult,
} from '@pdz/core';
import type { Db } from '../../db/client';
import { classificationItems } from '../../db/schema/classifications';
import type { SessionActor } from '../../platform/sessions';
import * as repo from './service.repository';
import {
  UnreadableFile,
  unreadableFileError,
  readServiceCsv,
  readServiceWorkbook,
  writeServiceCsv,
  writeServiceWorkbook,
  type CodeList,
} from './service.files';
import { loadServiceCodes, type ServiceDirectory } from './service.service';

type Scope = { districtId: string };
type Format = 'xlsx' | 'csv';

const rejected = (errors: ServiceImportError[]) =>
  new DomainError('VALIDATION_FAILED', `${errors.length} errors in the file`, {
    details: { problems: errors },
  });
const stale = (conflicts: ServiceImportError[]) =>
  new DomainError(
    'VERSION_CONFLICT',
    `${conflicts.length} rows were changed by someone else since the export`,
    { details: { problems: conflicts } },
  );
const unreadable: ServiceImportError = {
  sheet: null,
  row: null,
  column: null,
  columnLetter: null,
  code: 'unreadableFile',
};

const codeTitles: [string, string][] = [
  [serviceSchemes.userArea, 'Aree utenza'],
  [serviceSchemes.istatCategory, 'Categoria ISTAT'],
  [serviceSchemes.cisisLevel, 'Macro-livello CISIS'],
  [serviceSchemes.facilityType, 'Unità d’offerta'],
];

/** Export to every member; import by `services.edit`, all rows or none. */
export function createServiceSpreadsheet(db: Db, directory: ServiceDirectory) {
  async function context(d: Db, scope: Scope) {
    const [all, providers, municipalities, codes] = await Promise.all([
      repo.listServices(d, repo.serviceFilters(scope.districtId, {}), null),
      repo.listProviders(d, scope.districtId),
      repo.listMunicipalities(d, scope.districtId),
      loadServiceCodes(d),
    ]);
    return { services: all.items, providers, municipalities, codes };
  }

  return {
    async export(actor: SessionActor, scope: Scope, format: Format) {
      assertCan(actor, 'district.read', scope);
      const ctx = await context(db, scope);
      const rows = ctx.services.map((s) => serviceToRow(s, ctx));
      if (format === 'csv') {
        return {
          body: writeServiceCsv(rows),
          filename: 'servizi.csv',
          mediaType: 'text/csv; charset=utf-8',
        };
      }
      const items = await db
        .select()
        .from(classificationItems)
        .where(inArray(classificationItems.scheme, Object.values(serviceSchemes)));
      const codes: CodeList[] = codeTitles.map(([scheme, title]) => ({
        title,
        items: items
          .filter((i) => i.scheme === scheme)
          .sort((a, b) => a.position - b.position)
          .map((i) => ({ code: i.code, label: i.labelIt })),
      }));
      codes.push({
        title: 'Ente gestore',
        items: ctx.providers.map((p) => ({ code: '', label: p.name })),
      });
      codes.push({
        title: 'Comune',
        items: ctx.municipalities.map((m) => ({ code: m.istatCode, label: m.name })),
      });
      return {
        body: await writeServiceWorkbook(rows, codes),
        filename: 'servizi.xlsx',
        mediaType: xlsxMediaType,
      };
    },

    async import(
      actor: SessionActor,
      scope: Scope,
      format: Format,
      body: unknown,
      requestId?: string,
    ): Promise<ServiceImportResult> {
      assertCan(actor, 'services.edit', scope);
      if (!Buffer.isBuffer(body) || body.length === 0) throw rejected([unreadable]);
      let input;
      try {
        input = format === 'csv' ? readServiceCsv(body) : await readServiceWorkbook(body);
      } catch (e) {
        if (e instanceof UnreadableFile)
          throw rejected([{ ...unreadable, ...unreadableFileError(e) }]);
        throw e;
      }
      return directory.write(actor, scope, requestId, async (tx, audit) => {
        const plan = planServiceImport(await context(tx, scope), input);
        if (plan.errors.length) throw rejected(plan.errors);
        if (plan.conflicts.length) throw stale(plan.conflicts);
        for (const s of plan.create) await repo.insertService(tx, scope.districtId, s);
        for (const u of plan.update) {
          if (!(await repo.updateService(tx, scope.districtId, u.id, u.version, u.input))) {
            throw stale([
              { sheet: null, row: null, column: null, columnLetter: null, code: 'staleRow' },
            ]);
          }
        }
        const result = {
          created: plan.create.length,
          updated: plan.update.length,
          unchanged: plan.unchanged,
        };
        // an import that changes nothing leaves no trace
        if (result.created + result.updated > 0) {
          await audit({ action: 'service.imported', entityId: scope.districtId, after: result });
        }
        return result;
      });
    },
  };
}
