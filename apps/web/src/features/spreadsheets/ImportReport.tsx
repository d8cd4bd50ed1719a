import {
  spreadsheetSheets,
  type ImportCounts,
  type ImportError,
  type SheetCounts,
} from '@pdz/core';
import { isMessageKey, useI18n } from '../../i18n';

/** Rows added, changed and left as they were, per sheet of the file. */
export function ImportSummary({ counts }: { counts: ImportCounts }) {
  const { t } = useI18n();
  const rows = spreadsheetSheets.flatMap((s) => {
    const c: SheetCounts | undefined = counts[s];
    return c ? [{ sheet: s, ...c }] : [];
  });
  return (
    <table className="table table-sm mb-0">
      <caption>{t('spreadsheet.result.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('spreadsheet.result.sheet')}</th>
          <th scope="col" className="text-end">
            {t('spreadsheet.result.created')}
          </th>
          <th scope="col" className="text-end">
            {t('spreadsheet.result.updated')}
          </th>
          <th scope="col" className="text-end">
            {t('spreadsheet.result.unchanged')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.sheet}>
            <th scope="row">{t(`spreadsheet.sheet.${r.sheet}`)}</th>
            <td className="text-end">{r.created}</td>
            <td className="text-end">{r.updated}</td>
            <td className="text-end">{r.unchanged}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every error of a refused file: sheet, row and column as the spreadsheet shows them. */
export function ImportErrorTable({ errors }: { errors: ImportError[] }) {
  const { t } = useI18n();
  const message = (e: ImportError) => {
    const key = `spreadsheet.error.${e.code}`;
    return isMessageKey(key) ? t(key, e.data) : e.code;
  };
  return (
    <div className="table-responsive">
      <table className="table table-sm">
        <caption>{t('spreadsheet.errors.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('spreadsheet.errors.sheet')}</th>
            <th scope="col">{t('spreadsheet.errors.row')}</th>
            <th scope="col">{t('spreadsheet.errors.column')}</th>
            <th scope="col">{t('spreadsheet.errors.message')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((e, i) => (
            <tr key={i}>
              <td>{e.sheet ? t(`spreadsheet.sheet.${e.sheet}`) : t('spreadsheet.errors.file')}</td>
              <td>{e.row ?? '—'}</td>
              <td>
                {e.column ? (e.columnLetter ? `${e.columnLetter} · ${e.column}` : e.column) : '—'}
              </td>
              <td>{message(e)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
