// Reading from the backend in components: TanStack Query caches each call by method and input,
// and everything is refetched when the backend announces that the library changed. Changes come
// in bursts (an import of a thousand files announces a thousand), so refetching waits until the
// burst has paused for a moment instead of refetching every screen once per change.
import { QueryClient, useMutation, useQuery, type UseQueryOptions } from '@tanstack/react-query';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract/methods';
import { showError } from '../ui/notify';
import { api } from './client';

export const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5_000 } },
});

const SETTLE_MS = 150;
let pending: ReturnType<typeof setTimeout> | undefined;
api.on('library.changed', () => {
  clearTimeout(pending);
  pending = setTimeout(() => void queryClient.invalidateQueries(), SETTLE_MS);
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
export function useAction<M extends MethodName>(method: M, options: { onSuccess?: (value: MethodOutput<M>) => void; silent?: boolean } = {}) {
  return useMutation<MethodOutput<M>, Error, MethodInput<M>>({
    mutationFn: (input) => api.call(method, input),
    onSuccess: (value) => {
      void queryClient.invalidateQueries();
      options.onSuccess?.(value);
    },
    onError: (error) => {
      if (!options.silent) showError(error);
    },
  });
}
