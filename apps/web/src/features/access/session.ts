import { useEffect } from 'react';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { currentSession, login, logout, type ContractBody, type Session } from '@pdz/core';
import { call, onUnauthenticated, setCsrfToken } from '../../api/client';
import { isApiError } from '../../api/ApiError';
import { metaKey } from './meta';

/** What the interface knows about the signed-in user; `expired` explains a lost session. */
export interface SessionState {
  session: Session | null;
  expired: boolean;
}

export const sessionKey = ['session'] as const;

async function fetchSession(): Promise<SessionState> {
  try {
    const session = await call(currentSession);
    setCsrfToken(session.csrfToken);
    return { session, expired: false };
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return { session: null, expired: error.code === 'SESSION_EXPIRED' };
    }
    throw error;
  }
}

/** Cached answers that belong to nobody in particular and so outlive a user's session. */
function survivesSignOut(key: unknown): boolean {
  return key === sessionKey[0] || key === metaKey[0];
}

export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: Infinity });
}

/** Any call that finds the session gone signs the user out of the interface as well. */
export function useSessionWatch(queryClient: QueryClient): void {
  useEffect(
    () =>
      onUnauthenticated((error) => {
        setCsrfToken(null);
        const expired = error.code === 'SESSION_EXPIRED';
        // drop cached district data: the next user must not see it
        queryClient.removeQueries({ predicate: (q) => !survivesSignOut(q.queryKey[0]) });
        queryClient.setQueryData<SessionState>(sessionKey, { session: null, expired });
      }),
    [queryClient],
  );
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ContractBody<typeof login>) => call(login, { body }),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.removeQueries({ predicate: (q) => !survivesSignOut(q.queryKey[0]) });
      queryClient.setQueryData<SessionState>(sessionKey, { session, expired: false });
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call(logout),
    onSettled: () => {
      // even if the server call failed the user asked to leave: forget everything locally
      setCsrfToken(null);
      queryClient.removeQueries({ predicate: (q) => !survivesSignOut(q.queryKey[0]) });
      queryClient.setQueryData<SessionState>(sessionKey, { session: null, expired: false });
    },
  });
}
