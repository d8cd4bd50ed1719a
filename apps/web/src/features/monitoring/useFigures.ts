import { useFormat, useI18n } from '../../i18n';

/**
 * Measures and percents as the page shows them: at most two decimals, the language's marks, a
 * dash for nothing.
 */
export function useFigures() {
  const { t } = useI18n();
  const format = useFormat();
  const value = (v: number | null | undefined) =>
    v === null || v === undefined ? t('common.none') : format.number(Math.round(v * 100) / 100);
  const percent = (v: number | null | undefined) =>
    v === null || v === undefined
      ? t('common.none')
      : t('monitoring.percent', { value: format.number(Math.round(v)) });
  return { value, percent, money: format.money, date: format.date };
}
