import { describe, expect, it } from 'vitest';
import { emptyObjectiveSheet } from '../plan/sheet';
import { sheetColumns } from './columns';
import { planToRows, type SpreadsheetContext } from './export';
import { planImport } from './plan-import';

describe('planImport', () => {
  const areaId = '10000000-0000-4000-8000-000000000001';
  const objective = {
    id: '20000000-0000-4000-8000-000000000001',
    areaId,
    code: 'OB1',
    title: 'Domiciliarità',
    description: '',
    position: 0,
    version: 1,
    ...emptyObjectiveSheet,
    actions: [],
  };
  const ctx: SpreadsheetContext = {
    tree: {
      id: '30000000-0000-4000-8000-000000000001',
      districtId: '40000000-0000-4000-8000-000000000001',
      title: 'Piano',
      period: { startYear: 2024, endYear: 2026 },
      phase: 'drafting',
      version: 1,
      isDemo: false,
      latestApprovedVersion: null,
      createdAt: '2024-01-01T00:00:00Z',
      updatedAt: '2024-01-01T00:00:00Z',
      areas: [
        {
          id: areaId,
          planId: '30000000-0000-4000-8000-000000000001',
          classificationCode: null,
          title: 'Anziani',
          description: '',
          position: 0,
          version: 1,
          objectives: [objective],
        },
      ],
    },
    allocations: [],
    indicators: [],
    organizations: [],
    classifications: { istatUserArea: [{ code: 'ELD', labelIt: 'Anziani' }] },
  };
  const headers = sheetColumns.objectives.map((c) => c.header);
  const row = (code: string, title: string, groups = '', version: string | number = 1) => [
    code,
    'Anziani',
    title,
    '',
    'Strategico',
    '',
    'No',
    '',
    groups,
    '',
    '',
    '',
    'No',
    'No',
    '',
    'Programmato',
    version,
  ];

  it('finds nothing to change in the plan as exported', () => {
    const rows = planToRows(ctx);
    const result = planImport(ctx, {
      objectives: { headers, rows: rows.objectives.map((cells, i) => ({ row: i + 2, cells })) },
    });
    expect(result.errors).toEqual([]);
    expect(result.counts.objectives).toEqual({ created: 0, updated: 0, unchanged: 1 });
  });

  it('creates a new objective, lets an action of the same file name it, and updates only what changed', () => {
    const actionHeaders = sheetColumns.actions.map((c) => c.header);
    const result = planImport(ctx, {
      objectives: {
        headers,
        rows: [
          { row: 2, cells: row('OB1', 'Domiciliarità', 'ELD:10') },
          { row: 3, cells: row('OB2', 'Sollievo') },
        ],
      },
      actions: {
        headers: actionHeaders,
        rows: [
          {
            row: 2,
            cells: ['', 'OB2', '', 'Ricoveri di sollievo', '', '', '', '', '', 'In corso'],
          },
        ],
      },
    });
    expect(result.errors).toEqual([]);
    expect(result.changes.objectives.update).toEqual([
      { id: objective.id, fields: { targetGroups: [{ userAreaCode: 'ELD', expected: 10 }] } },
    ]);
    expect(result.changes.objectives.create[0]).toMatchObject({ code: 'OB2', areaId });
    expect(result.changes.actions.create[0]).toMatchObject({
      objectiveCode: 'OB2',
      fields: { title: 'Ricoveri di sollievo', status: 'inProgress' },
    });
  });

  it('collects every error of every row with its column, and refuses codes twice in the file', () => {
    const result = planImport(ctx, {
      objectives: {
        headers,
        rows: [
          { row: 2, cells: row('OB1', '', 'XXX:1') },
          { row: 3, cells: row('OB1', 'Doppio') },
        ],
      },
    });
    expect(result.errors.map((e) => [e.row, e.columnLetter, e.code])).toEqual([
      [2, 'C', 'required'],
      [2, 'I', 'unknownCode'],
      [3, 'A', 'duplicateKey'],
    ]);
  });

  it('refuses a changed row whose record was changed by someone else since the export', () => {
    const stale = planImport(ctx, {
      objectives: { headers, rows: [{ row: 2, cells: row('OB1', 'Nuovo titolo', '', 0) }] },
    });
    expect(stale.errors).toEqual([]);
    expect(stale.conflicts).toEqual([
      {
        sheet: 'objectives',
        row: 2,
        column: 'Versione',
        columnLetter: 'Q',
        code: 'staleRow',
        data: { title: 'Domiciliarità', version: 1, fileVersion: 0 },
      },
    ]);
    expect(stale.changes.objectives.update).toEqual([]);
    // unchanged: the version does not matter; a new row needs none
    const unchanged = planImport(ctx, {
      objectives: {
        headers,
        rows: [
          { row: 2, cells: row('OB1', 'Domiciliarità', '', 0) },
          { row: 3, cells: row('OB2', 'Sollievo', '', '') },
        ],
      },
    });
    expect(unchanged.errors).toEqual([]);
    expect(unchanged.conflicts).toEqual([]);
    expect(unchanged.counts.objectives).toEqual({ created: 1, updated: 0, unchanged: 1 });
  });

  it('wants the version on a changed row of an existing record, even without the column', () => {
    const blank = planImport(ctx, {
      objectives: { headers, rows: [{ row: 2, cells: row('OB1', 'Nuovo titolo', '', '') }] },
    });
    expect(blank.errors).toEqual([
      {
        sheet: 'objectives',
        row: 2,
        column: 'Versione',
        columnLetter: 'Q',
        code: 'required',
      },
    ]);
    const noColumn = planImport(ctx, {
      objectives: {
        headers: headers.slice(0, -1),
        rows: [
          { row: 2, cells: row('OB1', 'Nuovo titolo').slice(0, -1) },
          { row: 3, cells: row('OB2', 'Sollievo').slice(0, -1) },
        ],
      },
    });
    expect(noColumn.errors.map((e) => [e.row, e.column, e.columnLetter, e.code])).toEqual([
      [2, 'Versione', null, 'required'],
    ]);
  });

  it('names a missing column on the header row', () => {
    const result = planImport(ctx, { objectives: { headers: headers.slice(1), rows: [] } });
    expect(result.errors).toEqual([
      { sheet: 'objectives', row: 1, column: 'Codice', columnLetter: null, code: 'missingColumn' },
    ]);
  });

  it('refuses a cell holding control characters, naming its row and column, whatever the column', () => {
    const result = planImport(ctx, {
      objectives: {
        headers,
        rows: [
          { row: 2, cells: row('OB1', 'Domiciliarit\u0000') },
          { row: 3, cells: row('OB2', 'Sollievo', 'ELD\u0007:1') },
        ],
      },
    });
    expect(result.errors.filter((e) => e.code === 'controlCharacters')).toEqual([
      {
        sheet: 'objectives',
        row: 2,
        column: 'Titolo',
        columnLetter: 'C',
        code: 'controlCharacters',
      },
      {
        sheet: 'objectives',
        row: 3,
        column: sheetColumns.objectives[8]!.header,
        columnLetter: 'I',
        code: 'controlCharacters',
      },
    ]);
    expect(result.changes.objectives.create).toEqual([]);
    expect(result.changes.objectives.update).toEqual([]);
  });
});
