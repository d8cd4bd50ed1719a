import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { eq } from 'drizzle-orm';
import { isDomainError, populationImportKindSchema, type PopulationCsvError } from '@pdz/core';
import type { Db } from '../../db/client';
import { districts } from '../../db/schema/territory';
import { runPopulationImport } from './population.import';

/**
 * `cli import-population --district pavia --kind population --file x.csv [--year 2014]`: the
 * same import as the back office, the file streamed from disk. Returns the lines to print and
 * the exit code (1 when the file is refused).
 */
export async function importPopulationFromCli(
  db: Db,
  args: { district: string; kind: string; file: string; year?: string | undefined },
): Promise<{ code: number; lines: string[] }> {
  const kind = populationImportKindSchema.safeParse(args.kind);
  if (!kind.success)
    return { code: 64, lines: ['--kind must be population, foreign or households'] };
  const year = args.year === undefined ? undefined : Number(args.year);
  if (year !== undefined && !Number.isInteger(year))
    return { code: 64, lines: ['--year must be a year'] };
  const [district] = await db.select().from(districts).where(eq(districts.slug, args.district));
  if (!district) return { code: 64, lines: [`no district ${args.district}`] };
  try {
    const r = await runPopulationImport(
      db,
      district.id,
      { kind: kind.data, year, fileName: basename(args.file) },
      createReadStream(args.file),
      null,
    );
    return {
      code: 0,
      lines: [
        `imported ${r.rows} rows (${r.municipalities ?? 0} municipalities, years ${r.years.join(', ')}); ${r.skippedRows} rows of other municipalities skipped`,
      ],
    };
  } catch (e) {
    if (!isDomainError(e) || e.code !== 'VALIDATION_FAILED') throw e;
    const problems = (e.details?.problems ?? []) as PopulationCsvError[];
    return {
      code: 1,
      lines: [
        `the file was not imported: ${e.message}`,
        ...problems.map((p) => `row ${p.row}${p.column ? `, ${p.column}` : ''}: ${p.message}`),
      ],
    };
  }
}
