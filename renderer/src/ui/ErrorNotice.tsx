// An error shown in place of content that could not load, with the backend's own message.
import { Alert, Button } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { errorMessage } from './notify';

export function ErrorNotice({
  error,
  title = 'Could not load this',
  onRetry,
}: {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}) {
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlertTriangle size={16} />} m="md" role="alert">
      {errorMessage(error)}
      {onRetry && (
        <Button variant="light" color="red" mt="xs" onClick={onRetry} display="block">
          Try again
        </Button>
      )}
    </Alert>
  );
}
