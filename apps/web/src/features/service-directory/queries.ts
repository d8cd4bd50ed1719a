import { useQueries, useQuery } from '@tanstack/react-query';
import {
  planContracts,
  serviceContracts,
  serviceSchemes,
  type ClassificationItem,
  type ServiceListQuery,
  type ServiceStatus,
} from '@pdz/core';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';

export const serviceKeys = {
  all: (districtId: string) => ['services', districtId] as const,
  list: (districtId: string, query: Partial<ServiceListQuery>) =>
    ['services', districtId, 'list', query] as const,
  one: (districtId: string, id: string) => ['services', districtId, 'one', id] as const,
  providers: (districtId: string) => ['services', districtId, 'providers'] as const,
};

/** The filters as the page's address holds them: one status at most. */
export type ServiceFilterQuery = Partial<Omit<ServiceListQuery, 'status'>> & {
  status?: ServiceStatus;
};

export function useServices(districtId: string, query: ServiceFilterQuery) {
  return useQuery({
    queryKey: serviceKeys.list(districtId, query as Partial<ServiceListQuery>),
    queryFn: () => call(serviceContracts.list, { params: { districtId }, query }),
    placeholderData: (previous) => previous,
  });
}

export function useService(districtId: string, id: string | undefined) {
  return useQuery({
    queryKey: serviceKeys.one(districtId, id ?? ''),
    queryFn: () => call(serviceContracts.get, { params: { districtId, serviceId: id! } }),
    enabled: !!id,
  });
}

export function useServiceProviders(districtId: string) {
  return useQuery({
    queryKey: serviceKeys.providers(districtId),
    queryFn: () => call(serviceContracts.providers, { params: { districtId } }),
  });
}

const codeSchemes = [
  serviceSchemes.userArea,
  serviceSchemes.istatCategory,
  serviceSchemes.cisisLevel,
  serviceSchemes.facilityType,
] as const;

export interface CodeOption {
  value: string;
  label: string;
}

/** The classification lists a service uses, as options in the user's language. */
export function useServiceCodes() {
  const { locale } = useI18n();
  const results = useQueries({
    queries: codeSchemes.map((scheme) => ({
      queryKey: ['classification', scheme],
      queryFn: () => call(planContracts.classification, { params: { scheme } }),
      staleTime: Infinity,
    })),
  });
  const options = (items: ClassificationItem[] | undefined): CodeOption[] =>
    (items ?? []).map((i) => ({ value: i.code, label: locale === 'en' ? i.labelEn : i.labelIt }));
  return {
    userArea: options(results[0]?.data?.items),
    istatCategory: options(results[1]?.data?.items),
    cisisLevel: options(results[2]?.data?.items),
    facilityType: options(results[3]?.data?.items),
  };
}

export function labelOf(list: CodeOption[], code: string | null): string {
  return code ? (list.find((o) => o.value === code)?.label ?? code) : '';
}
