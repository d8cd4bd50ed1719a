import { useQuery } from '@tanstack/react-query';
import { municipalShareContracts } from '@pdz/core';
import { call } from '../../api/client';

export const municipalShareKeys = {
  rule: (districtId: string, planId: string) =>
    ['municipal-share-rule', districtId, planId] as const,
  table: (districtId: string, planId: string) =>
    ['municipal-share-table', districtId, planId] as const,
};

export function useMunicipalShareRule(districtId: string, planId: string) {
  return useQuery({
    queryKey: municipalShareKeys.rule(districtId, planId),
    queryFn: () => call(municipalShareContracts.rule, { params: { districtId, planId } }),
  });
}

export function useMunicipalShareTable(districtId: string, planId: string) {
  return useQuery({
    queryKey: municipalShareKeys.table(districtId, planId),
    queryFn: () => call(municipalShareContracts.table, { params: { districtId, planId } }),
  });
}
