import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { listAuditActors, listAuditEvents, type AuditEntityType } from '@pdz/core';
import { call } from '../../api/client';

/** The filters of the activity log, as the address bar keeps them ('' = any). */
export interface AuditFilters {
  actorId: string;
  entityType: string;
  from: string;
  to: string;
}

export const noAuditFilters: AuditFilters = { actorId: '', entityType: '', from: '', to: '' };
const pageSize = 50;

export const auditKeys = {
  events: (districtId: string, filters: AuditFilters) => ['audit', districtId, filters] as const,
  actors: (districtId: string) => ['audit-actors', districtId] as const,
};

/** The district's events that match the filters, newest first, a page at a time. */
export function useAuditEvents(districtId: string, filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: auditKeys.events(districtId, filters),
    queryFn: ({ pageParam }) =>
      call(listAuditEvents, {
        params: { districtId },
        query: {
          limit: pageSize,
          ...(pageParam ? { before: pageParam } : {}),
          ...(filters.actorId ? { actorId: filters.actorId } : {}),
          ...(filters.entityType ? { entityType: filters.entityType as AuditEntityType } : {}),
          ...(filters.from ? { from: filters.from } : {}),
          ...(filters.to ? { to: filters.to } : {}),
        },
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
    retry: false,
  });
}

export function useAuditActors(districtId: string) {
  return useQuery({
    queryKey: auditKeys.actors(districtId),
    queryFn: () => call(listAuditActors, { params: { districtId } }),
  });
}
