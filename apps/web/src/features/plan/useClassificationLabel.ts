import { useCallback } from 'react';
import { useI18n } from '../../i18n';
import { useInterventionAreas } from './queries';
import { classificationLabelOf } from '../../i18n';

/** Areas of intervention by code, in the reader's language. */
export function useClassificationLabel() {
  const { locale } = useI18n();
  const items = useInterventionAreas();
  const list = items.data?.items;
  const label = useCallback(
    (code: string) => {
      const item = list?.find((c) => c.code === code);
      return item ? classificationLabelOf(item, locale) : undefined;
    },
    [list, locale],
  );
  return { items: list ?? [], label };
}
