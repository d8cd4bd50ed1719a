import type { TargetGroup } from '@pdz/core';
import { useFormat, useI18n } from '../../../i18n';
import { RowsInput } from './controls';
import { useClassification } from './queries';
import { RowNumberInput, RowSelect } from './rowInputs';
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
          <RowSelect
            label={t('sheet.field.userArea')}
            error={error('userAreaCode')}
            grow
            value={row.userAreaCode}
            options={areas.options}
            onChange={(userAreaCode) => update({ userAreaCode })}
          />
          <RowNumberInput
            label={t('sheet.field.expected')}
            error={error('expected')}
            min={0}
            step={1}
            value={row.expected}
            onChange={(v) => update({ expected: v === '' ? null : Math.round(Number(v)) })}
          />
        </>
      )}
    />
  );
}
