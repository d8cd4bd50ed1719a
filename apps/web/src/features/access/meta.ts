import { useQuery } from '@tanstack/react-query';
import { getMeta } from '@pdz/core';
import { call } from '../../api/client';

/** Facts about the installation: the same for every user, so kept when a user signs out. */
export const metaKey = ['meta'] as const;

export function useMeta() {
  return useQuery({ queryKey: metaKey, queryFn: () => call(getMeta), staleTime: Infinity });
}
