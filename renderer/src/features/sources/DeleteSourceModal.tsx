// Deleting asks once; when the backend refuses (the source is in use) its reason is shown here,
// where the analyst is looking, rather than in a toast that disappears.
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { Source } from '../../../../shared/contract/schemas';
import { useAction } from '../../api/hooks';
import { navigate } from '../../app/route';
import { errorMessage, showSuccess } from '../../ui/notify';

export function DeleteSourceModal({
  source,
  opened,
  onClose,
}: {
  source: Source;
  opened: boolean;
  onClose: () => void;
}) {
  const remove = useAction('sources.delete', {
    silent: true,
    onSuccess: () => {
      showSuccess(`Source “${source.name}” deleted.`);
      onClose();
      navigate({ screen: 'sources' }, { replace: true });
    },
  });
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={`Delete ${source.name}?`} size="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          remove.mutate({ id: source.id });
        }}
      >
        <Stack gap="sm">
          <Text size="sm">
            The source and its rating history are removed from the library. The audit log keeps a record.
          </Text>
          {remove.isError && (
            <Alert color="red" title="Not deleted">
              {errorMessage(remove.error)}
            </Alert>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" size="xs" onClick={close} data-autofocus>
              Cancel
            </Button>
            <Button type="submit" color="red" size="xs" loading={remove.isPending}>
              Delete
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
