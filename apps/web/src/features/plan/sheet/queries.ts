import { useQuery } from '@tanstack/react-query';
import { planContracts } from '@pdz/core';
import { call } from '../../../api/client';
import { useI18n } from '../../../i18n';
import { planKeys } from '../queries';

/** The sheet's catalogues (user areas, LEPS, policy sectors…). */
export type SheetScheme =
  'regionalMacroArea' | 'istatUserArea' | 'leps' | 'policySector' | 'staffProfile';

export function useClassification(scheme: SheetScheme) {
  const { locale } = useI18n();
  const query = useQuery({
    queryKey: planKeys.classification(scheme),
    queryFn: () => call(planContracts.classification, { params: { scheme } }),
    staleTime: Infinity,
  });
  const items = query.data?.items ?? [];
  const options = items.map((i) => ({
    value: i.code,
    label: locale === 'en' ? i.labelEn : i.labelIt,
  }));
  const label = (code: string | null) =>
    code === null ? '' : (options.find((o) => o.value === code)?.label ?? code);
  return { isPending: query.isPending, options, label };
}
