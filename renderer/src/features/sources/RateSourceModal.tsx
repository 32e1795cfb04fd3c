// Rating a source: a letter with the standard label and description as help, and a required
// rationale. Every rating is added to the history; nothing is overwritten.
import { Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { Source } from '../../../../shared/contract/schemas';
import { RELIABILITY, RELIABILITY_LETTERS, type Reliability } from '../../../../shared/domain/admiralty';
import { useAction } from '../../api/hooks';
import { showSuccess } from '../../ui/notify';
import { gradeColor } from '../../ui/grades/grades';

interface Props {
  source: Source;
  opened: boolean;
  initialLetter: Reliability | null;
  onClose: () => void;
}

export function RateSourceModal({ source, opened, initialLetter, onClose }: Props) {
  const [letter, setLetter] = useState<Reliability | null>(initialLetter);
  const [rationale, setRationale] = useState('');
  const [touched, setTouched] = useState(false);
  const rate = useAction('sources.rate', {
    onSuccess: (r) => {
      showSuccess(`${source.name} rated ${r.reliability} – ${RELIABILITY[r.reliability].label}.`);
      onClose();
    },
  });

  useEffect(() => {
    if (!opened) return;
    setLetter(initialLetter);
    setRationale('');
    setTouched(false);
  }, [opened, initialLetter]);

  const rationaleError = touched && !rationale.trim() ? 'Say why: a rating needs a rationale.' : null;
  function submit() {
    setTouched(true);
    if (!letter || !rationale.trim()) return;
    rate.mutate({ id: source.id, reliability: letter, rationale: rationale.trim() });
  }

  return (
    <Modal opened={opened} onClose={onClose} title={`Rate ${source.name}`} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <Radio.Group
            label="Reliability"
            value={letter ?? ''}
            onChange={(v) => setLetter(v as Reliability)}
            error={touched && !letter ? 'Choose a letter.' : null}
          >
            <Stack gap={4} mt={4}>
              {RELIABILITY_LETTERS.map((l) => (
                <Radio
                  key={l}
                  value={l}
                  size="xs"
                  color={gradeColor(l)}
                  label={<Text size="sm" fw={500}>{`${l} – ${RELIABILITY[l].label}`}</Text>}
                  description={RELIABILITY[l].description}
                />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea
            label="Rationale"
            description="Why this letter. Enter saves; Shift+Enter starts a new line."
            required
            autosize
            minRows={2}
            maxRows={8}
            data-autofocus
            value={rationale}
            error={rationaleError}
            onChange={(e) => setRationale(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
                e.preventDefault();
                submit();
              }
            }}
          />
          {source.reliability && (
            <Text size="xs" c="dimmed">
              Currently {source.reliability} – {RELIABILITY[source.reliability].label}. The new rating is added to the
              history; the old one stays.
            </Text>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" size="xs" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" size="xs" loading={rate.isPending}>
              Save rating
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
