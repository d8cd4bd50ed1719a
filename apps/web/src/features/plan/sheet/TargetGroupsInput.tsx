import type { TargetGroup } from '@pdz/core';
import { useFormat, useI18n } from '../../../i18n';
import { RowControl, RowsInput } from './controls';
import { useClassification } from './queries';
import type { SheetField } from './useSheetField';

export function targetGroupsText(
  groups: TargetGroup[],
  label: (code: string) => string,
  number: (n: number) => string,
): string {
  return groups
    .map((g) =>
      g.expected === null
        ? label(g.userAreaCode)
        : `${label(g.userAreaCode)} (${number(g.expected)})`,
    )
    .join('; ');
}

/** Target groups: ISTAT user area and expected number, one row each. */
export function TargetGroupsInput({ field }: { field: SheetField<TargetGroup[]> }) {
  const { t } = useI18n();
  const { number } = useFormat();
  const areas = useClassification('istatUserArea');
  return (
    <RowsInput<TargetGroup>
      label={t('sheet.field.targetGroups')}
      field={field}
      addLabel={t('sheet.add.targetGroup')}
      newRow={() => ({
        userAreaCode:
          areas.options.find((o) => !field.value.some((g) => g.userAreaCode === o.value))?.value ??
          '',
        expected: null,
      })}
      rowLabel={(row, i) =>
        `${t('sheet.row', { n: i + 1 })}: ${areas.label(row.userAreaCode) || t('sheet.choose')}`
      }
      theirs={(rows) => targetGroupsText(rows, areas.label, number)}
      renderRow={(row, _i, update, error) => (
        <>
          <RowControl label={t('sheet.field.userArea')} error={error('userAreaCode')} grow>
            {(id, d) => (
              <select
                id={id}
                className="form-select form-select-sm"
                value={row.userAreaCode}
                aria-describedby={d}
                aria-invalid={d ? true : undefined}
                onChange={(e) => update({ userAreaCode: e.target.value })}
              >
                <option value="">{t('sheet.choose')}</option>
                {areas.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            )}
          </RowControl>
          <RowControl label={t('sheet.field.expected')} error={error('expected')}>
            {(id, d) => (
              <input
                id={id}
                type="number"
                min={0}
                step={1}
                className="form-control form-control-sm pdz-num"
                value={row.expected ?? ''}
                aria-describedby={d}
                aria-invalid={d ? true : undefined}
                onChange={(e) =>
                  update({
                    expected: e.target.value === '' ? null : Math.round(Number(e.target.value)),
                  })
                }
              />
            )}
          </RowControl>
        </>
      )}
    />
  );
}
