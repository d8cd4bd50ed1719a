import { useCallback, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { planContracts, type ClassificationItem } from '@pdz/core';
import { call } from '../../api/client';
import { classificationLabelOf, useI18n } from '../../i18n';
import { planKeys, useFundingSources } from '../plan/queries';

function labelIn(items: readonly ClassificationItem[] | undefined, locale: 'it' | 'en') {
  return (code: string) => {
    const item = items?.find((i) => i.code === code);
    return item ? classificationLabelOf(item, locale) : code;
  };
}

/**
 * The names of funding sources and of ISTAT user areas (the target groups) in the reader's
 * language; a code the catalogue does not know is shown as it is.
 */
export function useCatalogueLabels() {
  const { locale } = useI18n();
  const sources = useFundingSources();
  const userAreas = useQuery({
    queryKey: planKeys.classification('istatUserArea'),
    queryFn: () => call(planContracts.classification, { params: { scheme: 'istatUserArea' } }),
    staleTime: Infinity,
  });
  const sourceItems = sources.data?.items;
  const areaItems = userAreas.data?.items;
  const sourceLabel = useMemo(() => labelIn(sourceItems, locale), [sourceItems, locale]);
  const userAreaLabel = useMemo(() => labelIn(areaItems, locale), [areaItems, locale]);
  const sourceOptions = useCallback(
    (exclude: readonly string[]) =>
      [...(sourceItems ?? [])]
        .sort((a, b) => a.position - b.position)
        .filter((s) => !exclude.includes(s.code))
        .map((s) => ({ value: s.code, label: classificationLabelOf(s, locale) })),
    [sourceItems, locale],
  );
  return { sourceLabel, userAreaLabel, sourceOptions };
}

export type CatalogueLabels = ReturnType<typeof useCatalogueLabels>;
