// Reading from the backend in components: TanStack Query caches each call by method and input,
// and the reads that a change makes stale (by the kinds the contract's effects declare) are
// refetched when the backend announces it. Changes come in bursts (an import of a thousand files),
// so refetching waits until the burst has paused for a moment instead of once per change.
import { QueryClient, useMutation, useQuery, type UseQueryOptions } from '@tanstack/react-query';
import { changedKinds, isMethodName, isStale } from '../../../shared/contract/effects';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract/methods';
import { showError } from '../ui/notify';
import { api } from './client';

export const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5_000 } },
});

/** Refetches the cached reads that a change to `kinds` makes stale: the one place the renderer invalidates. */
export function invalidateKinds(kinds: readonly string[]): Promise<void> {
  return queryClient.invalidateQueries({
    predicate: (query) => {
      const method = query.queryKey[0];
      // A key that is not a contract method (none today) is refetched rather than left stale.
      return isMethodName(method) ? isStale(method, kinds) : true;
    },
  });
}

/** Refetches what a successful call of `method` (or its finished job) made stale. */
export const invalidateAfter = (method: MethodName): Promise<void> => invalidateKinds(changedKinds(method));

const SETTLE_MS = 150;
let pending: ReturnType<typeof setTimeout> | undefined;
const pendingKinds = new Set<string>();
api.on('library.changed', ({ kinds }) => {
  for (const kind of kinds) pendingKinds.add(kind);
  clearTimeout(pending);
  pending = setTimeout(() => {
    const kindsNow = [...pendingKinds];
    pendingKinds.clear();
    void invalidateKinds(kindsNow);
  }, SETTLE_MS);
});

/** The result of one read-only contract call, cached and kept fresh. */
export function useCall<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
  options: Omit<UseQueryOptions<MethodOutput<M>>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<MethodOutput<M>>({ queryKey: [method, input], queryFn: () => api.call(method, input), ...options });
}

/** A contract call that changes the library; errors are shown to the user unless handled. */
export function useAction<M extends MethodName>(
  method: M,
  options: { onSuccess?: (value: MethodOutput<M>) => void; silent?: boolean } = {},
) {
  return useMutation<MethodOutput<M>, Error, MethodInput<M>>({
    mutationFn: (input) => api.call(method, input),
    onSuccess: (value) => {
      void invalidateAfter(method);
      options.onSuccess?.(value);
    },
    onError: (error) => {
      if (!options.silent) showError(error);
    },
  });
}
