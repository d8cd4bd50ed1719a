import {
  DomainError,
  assertCan,
  parsePopulationCsv,
  populationImportMaxErrors,
  type PopulationCount,
  type PopulationCsvError,
  type PopulationFileKind,
  type PopulationImport,
  type PopulationImportKind,
} from '@pdz/core';
import type { Db } from '../../db/client';
import { changingDistrict } from '../territory/index';
import { recordAudit } from '../../platform/audit';
import type { SessionActor } from '../../platform/sessions';
import {
  findDistrictMunicipalities,
  insertImport,
  replacePopulation,
  upsertFacts,
  type Cells,
  type FactRow,
} from './population.repository';

const fileKind: Record<PopulationImportKind, PopulationFileKind> = {
  population: 'population',
  foreign: 'foreignResidents',
  households: 'households',
};

function rejected(errors: PopulationCsvError[], total: number): DomainError {
  return new DomainError(
    'VALIDATION_FAILED',
    `${total} errors in the file${total > errors.length ? `; the first ${errors.length} are listed` : ''}`,
    { details: { problems: errors } },
  );
}

export interface ImportQuery {
  kind: PopulationImportKind;
  year?: number | undefined;
  fileName?: string | undefined;
}

/**
 * Imports a population file read as it streams: rows of other municipalities are skipped and
 * counted, any bad row refuses the whole file (every error listed, up to a cap, with the total).
 * Only the district's rows are held in memory; they replace exactly the (municipality, year)
 * cells the file holds, in one transaction with the import record and the audit event.
 */
export function createPopulationImport(db: Db) {
  return async function importPopulation(
    actor: SessionActor,
    districtId: string,
    query: ImportQuery,
    body: AsyncIterable<string | Uint8Array>,
    requestId?: string,
  ): Promise<PopulationImport> {
    assertCan(actor, 'population.import', { districtId });
    return runPopulationImport(db, districtId, query, body, actor, requestId);
  };
}

/** The import itself, for the route (after the access check) and the command line (no user). */
export async function runPopulationImport(
  db: Db,
  districtId: string,
  query: ImportQuery,
  body: AsyncIterable<string | Uint8Array>,
  actor: Pick<SessionActor, 'userId' | 'name'> | null,
  requestId?: string,
): Promise<PopulationImport> {
  {
    const district = await findDistrictMunicipalities(db, districtId);
    if (!district) throw new DomainError('NOT_FOUND');
    const idByCode = new Map(district.municipalities.map((m) => [m.istatCode, m.id]));
    const parse = parsePopulationCsv(body, {
      allowedCodes: idByCode.keys(),
      outsideRows: 'skip',
      kind: fileKind[query.kind],
      ...(query.year !== undefined ? { year: query.year } : {}),
      maxErrors: populationImportMaxErrors,
    });
    const population: (PopulationCount & { municipalityId: string })[] = [];
    const facts: FactRow[] = [];
    const cells: Cells = new Map();
    for await (const row of parse) {
      const municipalityId = idByCode.get(row.value.istatCode)!;
      const years = cells.get(municipalityId) ?? new Set<number>();
      years.add(row.value.year);
      cells.set(municipalityId, years);
      if (row.kind === 'population') population.push({ ...row.value, municipalityId });
      else if (row.kind === 'foreignResidents')
        facts.push({ municipalityId, year: row.value.year, foreignResidents: row.value.count });
      else
        facts.push({
          municipalityId,
          year: row.value.year,
          households: row.value.households,
          householdMembers: row.value.members,
        });
    }
    const { info } = parse;
    if (info.errorCount > 0) throw rejected(parse.errors, info.errorCount);
    if (cells.size === 0) {
      throw rejected(
        [
          {
            row: 1,
            column: null,
            code: 'UNKNOWN_MUNICIPALITY',
            message: `Il file non contiene righe dei comuni del distretto (${info.skippedRows} righe di altri comuni ignorate).`,
          },
        ],
        1,
      );
    }
    const years = [...new Set([...cells.values()].flatMap((s) => [...s]))].sort((a, b) => a - b);
    const rows = query.kind === 'population' ? population.length : facts.length;
    return changingDistrict(db, districtId, async (tx) => {
      if (query.kind === 'population') await replacePopulation(tx, districtId, cells, population);
      else await upsertFacts(tx, districtId, query.kind, facts);
      const record = {
        kind: query.kind,
        fileName: query.fileName ?? '',
        years,
        rows,
        skippedRows: info.skippedRows,
      };
      const id = await insertImport(tx, {
        districtId,
        ...record,
        importedBy: actor?.userId ?? null,
      });
      await recordAudit(tx, {
        districtId,
        actor: actor ? { userId: actor.userId, name: actor.name } : null,
        action: 'population.imported',
        entityType: 'population_import',
        entityId: id,
        after: { ...record, municipalities: cells.size },
        requestId,
      });
      return {
        id,
        ...record,
        municipalities: cells.size,
        importedAt: new Date().toISOString(),
        importedBy: actor?.name ?? null,
      };
    });
  }
}
