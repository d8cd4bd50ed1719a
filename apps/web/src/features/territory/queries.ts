import { useQuery } from '@tanstack/react-query';
import { getDistrict, listMyDistricts, type Permission } from '@pdz/core';
import { call } from '../../api/client';

export const districtKeys = {
  mine: ['districts'] as const,
  one: (districtId: string) => ['district', districtId] as const,
};

export function useMyDistricts() {
  return useQuery({ queryKey: districtKeys.mine, queryFn: () => call(listMyDistricts) });
}

export function useDistrict(districtId: string) {
  return useQuery({
    queryKey: districtKeys.one(districtId),
    queryFn: () => call(getDistrict, { params: { districtId } }),
  });
}

/**
 * The user's roles and permissions in one district, as the server computed them with core's
 * matrix. Used only to hide controls: the server still checks every call.
 */
export function useDistrictAccess(districtId: string | undefined) {
  const mine = useMyDistricts();
  const entry = mine.data?.items.find((d) => d.id === districtId);
  const permissions = new Set<Permission>(entry?.permissions ?? []);
  return {
    isLoading: mine.isLoading,
    district: entry,
    roles: entry?.roles ?? [],
    can: (permission: Permission) => permissions.has(permission),
  };
}
