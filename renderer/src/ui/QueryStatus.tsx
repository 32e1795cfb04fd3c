// What a list shows until its data is there: the backend's message when loading failed, or a
// spinner while it loads. Screens render it whenever their query has not succeeded.
import { Alert, Center, Loader } from '@mantine/core';
import { errorMessage } from './notify';

export function QueryStatus({ query, what }: { query: { isError: boolean; error: unknown }; what: string }) {
  if (query.isError) {
    return (
      <Alert color="red" title={`Could not load ${what}`}>
        {errorMessage(query.error)}
      </Alert>
    );
  }
  return (
    <Center p="xl">
      <Loader size="sm" />
    </Center>
  );
}
