/**
 * Recognising a population file by its header row: which columns mean what (names ignore case,
 * accents and `_`), which shape the columns make, and the separator.
 */
import { splitCsvFields } from './csv-stream';
import { normalizeHeader } from './istat-csv-values';
import type { PopulationCsvShape, PopulationFileKind } from './istat-csv-types';

export type Field =
  | 'code'
  | 'name'
  | 'year'
  | 'sex'
  | 'age'
  | 'count'
  | 'males'
  | 'females'
  | 'total'
  | 'foreign'
  | 'households'
  | 'members';

const aliases: Record<Field, string[]> = {
  code: ['codice istat', 'codice comune', 'cod comune', 'codice', 'pro com', 'pro com t'],
  name: ['comune', 'denominazione', 'nome comune'],
  year: ['anno'],
  sex: ['sesso'],
  age: ['eta', 'classe di eta'],
  count: ['conteggio', 'residenti', 'popolazione'],
  males: ['totale maschi', 'maschi'],
  females: ['totale femmine', 'femmine'],
  total: ['totale'],
  foreign: ['stranieri', 'residenti stranieri'],
  households: ['famiglie', 'numero famiglie'],
  members: ['componenti', 'popolazione in famiglia'],
};

const shapes: { shape: PopulationCsvShape; kind: PopulationFileKind; required: Field[] }[] = [
  { shape: 'population-long', kind: 'population', required: ['code', 'sex', 'age', 'count'] },
  { shape: 'foreign-residents', kind: 'foreignResidents', required: ['code', 'foreign'] },
  { shape: 'households', kind: 'households', required: ['code', 'households'] },
  { shape: 'istat-age-sex', kind: 'population', required: ['code', 'age', 'males', 'females'] },
];

export const kindLabel: Record<PopulationFileKind, string> = {
  population: 'popolazione per età e sesso',
  foreignResidents: 'residenti stranieri',
  households: 'famiglie',
};

export interface Header {
  shape: PopulationCsvShape;
  kind: PopulationFileKind;
  separator: string;
  columns: Partial<Record<Field, { index: number; name: string }>>;
  width: number;
}

export function readHeader(text: string): Header | null {
  for (const separator of [';', ',', '\t']) {
    const names = splitCsvFields(text, separator).map((n) => n.trim());
    if (names.length < 2) continue;
    const columns: Header['columns'] = {};
    names.forEach((name, index) => {
      const norm = normalizeHeader(name);
      const field = (Object.keys(aliases) as Field[]).find((f) => aliases[f].includes(norm));
      if (field && !columns[field]) columns[field] = { index, name };
    });
    const match = shapes.find((s) => s.required.every((f) => columns[f]));
    if (match) {
      const width = Math.max(...Object.values(columns).map((c) => c.index)) + 1;
      return { shape: match.shape, kind: match.kind, separator, columns, width };
    }
  }
  return null;
}
