// Reading from the backend in components: TanStack Query caches each call by method and input,
// and everything is refetched when the backend announces that the library changed.
import { QueryClient, useMutation, useQuery, type UseQueryOptions } from '@tanstack/react-query';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract/methods';
import { showError } from '../ui/notify';
import { api } from './client';

export const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5_000 } },
});

api.on('library.changed', () => void queryClient.invalidateQueries());

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
