import { describe, expect, test } from 'vitest';
import { translate, type MessageKey, type Vars } from '../../i18n';
import { frame, report } from './fixtures';
import { reportRights } from './reportRights';
import { formKey, readReport, reportLabels, valuesOf } from './reportValues';

const t = (key: MessageKey, vars?: Vars) => translate('it', key, vars);
const names = { userArea: (c: string) => c, source: (c: string) => c };

describe('the report form read back', () => {
  test('a row the server names is the field of that row as sent', () => {
    const sent = { measures: ['i-1', 'i-2'], people: ['FAM'], spending: [0, 2] };
    expect(formKey('body.measures.1.value', sent)).toBe('measures.i-2.value');
    expect(formKey('body.measures.0.indicatorId', sent)).toBe('measures.i-1.value');
    expect(formKey('body.measures.0.note', sent)).toBe('measures.i-1.note');
    expect(formKey('body.peopleReached.0.count', sent)).toBe('people.FAM');
    expect(formKey('body.spending.1.paid', sent)).toBe('spending.2.paid');
    expect(formKey('body.spending.1', sent)).toBe('spending.2.sourceCode');
    expect(formKey('body.spending', sent)).toBe('spending');
    expect(formKey('body.milestonesReached.0', sent)).toBe('milestonesReached');
    expect(formKey('progressPercent', sent)).toBe('progressPercent');
  });

  test('amounts typed in euros are sent in cents; empty rows are left out; bad figures are named', () => {
    const f = frame();
    const values = valuesOf(report(), f, 'it');
    expect(values.spending).toEqual([
      { sourceCode: 'FNPS', committed: '5.000,00', paid: '1.234,56' },
    ]);
    expect(values.measures[f.indicators[0]!.id]).toEqual({ value: '130', note: '' });
    const labels = reportLabels(f, values, t, names);
    const read = readReport(
      {
        ...values,
        progressPercent: '120',
        people: { FAM: '1.200', ANZ: '' },
        spending: [
          { sourceCode: 'FNPS', committed: '10,5', paid: '20' },
          { sourceCode: 'COM', committed: '', paid: '' },
          { sourceCode: 'FSR', committed: '12,345', paid: '' },
        ],
      },
      f,
      { t, locale: 'it', labels },
    );
    expect(read.body.peopleReached).toEqual([{ userAreaCode: 'FAM', count: 1200 }]);
    expect(read.body.spending[0]).toEqual({ sourceCode: 'FNPS', committed: 1050, paid: 2000 });
    expect(read.sent.spending).toEqual([0, 2]);
    expect(read.errors).toEqual({
      progressPercent:
        'Il campo «Percentuale di avanzamento» vuole un numero intero di punti percentuali, da 0 a 100.',
      'spending.2.committed':
        'L’importo ammette al massimo due cifre dopo la virgola, ad esempio 1.234,56.',
    });
  });

  test('core’s rules are checked too: paid beyond committed is refused on its row', () => {
    const f = frame();
    const values = valuesOf(null, f, 'it');
    const read = readReport(
      { ...values, spending: [{ sourceCode: 'FNPS', committed: '10', paid: '20' }] },
      f,
      { t, locale: 'it', labels: reportLabels(f, values, t, names) },
    );
    expect(read.errors).toEqual({
      'spending.0.paid': 'Il pagato non può superare l’impegnato: correggi uno dei due importi.',
    });
  });
});

describe('what a reader may do with a report', () => {
  const rights = (status: Parameters<typeof reportRights>[0]['status'], planOffice: boolean) =>
    reportRights({ status, planOffice, mayReport: true, periodOpen: true });

  test('the lead writes and sends a draft; once sent it waits', () => {
    expect(rights(null, false)).toEqual({
      save: true,
      submit: true,
      validate: false,
      return: false,
    });
    expect(rights('submitted', false)).toEqual({
      save: false,
      submit: false,
      validate: false,
      return: false,
    });
  });

  test('the plan office corrects and validates, or sends back; a closed period allows nothing', () => {
    expect(rights('submitted', true)).toEqual({
      save: true,
      submit: false,
      validate: true,
      return: true,
    });
    expect(rights('validated', true)).toEqual({
      save: false,
      submit: false,
      validate: false,
      return: true,
    });
    expect(
      reportRights({ status: 'draft', planOffice: true, mayReport: true, periodOpen: false }),
    ).toEqual({ save: false, submit: false, validate: false, return: false });
  });
});
