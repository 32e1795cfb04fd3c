// A new library has no analyst yet; changes cannot be recorded without one, so ask first.
import { Modal, Text } from '@mantine/core';
import { AnalystForm } from '../features/settings/AnalystForm';

export function FirstRunDialog() {
  return (
    <Modal
      opened
      onClose={() => undefined}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      title="Welcome to Casefile"
      centered
    >
      <Text fz="sm" mb="sm">
        Every change to the library records who made it. What name should Casefile record for you? You can change it
        later in Settings.
      </Text>
      <AnalystForm current="" submitLabel="Continue" />
      <Text fz="xs" c="dimmed" mt="sm">
        Then start from the empty Library: paste or import articles, or open the sample case to see a worked example.
      </Text>
    </Modal>
  );
}
