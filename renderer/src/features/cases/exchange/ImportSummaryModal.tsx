// What a case-file import did: what is new, what was updated, what needs the analyst (conflicts,
// excerpts that had to be re-anchored in a different copy of their article, or could not be).
import { Alert, Anchor, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconGitMerge } from '@tabler/icons-react';
import { useCall } from '../../../api/hooks';
import { href, navigate } from '../../../app/route';
import { useLastImport } from './caseExchange';
import { createdPhrases, isNothingNew } from './importSummary';

function ExcerptLink({ id, onNavigate }: { id: string; onNavigate: () => void }) {
  const excerpt = useCall('excerpts.get', { id });
  const e = excerpt.data;
  if (!e) return <Text size="xs">{id}</Text>;
  return (
    <Anchor
      size="xs"
      href={href({ screen: 'article', id: e.articleId, excerptId: e.id })}
      onClick={onNavigate}
      lineClamp={1}
    >
      “{e.exact}” in {e.articleTitle || 'an untitled article'}
    </Anchor>
  );
}

export function ImportSummaryModal() {
  const [result, close] = useLastImport();
  if (!result) return null;
  const created = createdPhrases(result.created);
  const nothingNew = isNothingNew(result);
  return (
    <Modal opened onClose={close} title={`Imported “${result.title}”`} size="lg" centered>
      <Stack gap="sm" data-testid="import-summary">
        {nothingNew ? (
          <Alert color="gray" icon={<IconCheck size={16} />} data-testid="import-nothing-new">
            Nothing new: this library already has everything in this case file.
          </Alert>
        ) : (
          <>
            {created.length > 0 && (
              <Text size="sm" data-testid="import-created">
                Added {created.join(', ')}.
              </Text>
            )}
            {result.updated > 0 && (
              <Text size="sm" data-testid="import-updated">
                {result.updated} item(s) updated to the teammate’s newer version.
              </Text>
            )}
          </>
        )}
        {result.conflicts.length > 0 && (
          <Alert
            color="orange"
            icon={<IconGitMerge size={16} />}
            title={`${result.conflicts.length} conflict(s) to resolve`}
            data-testid="import-conflicts"
          >
            <Text size="xs">
              Both you and the teammate changed these items. Both versions were kept; choose one for each.
            </Text>
            <Button
              size="xs"
              mt="xs"
              color="orange"
              onClick={() => {
                close();
                navigate({ screen: 'conflicts' });
              }}
            >
              Resolve conflicts
            </Button>
          </Alert>
        )}
        {result.reanchored.length > 0 && (
          <div data-testid="import-reanchored">
            <Text size="sm">
              Re-anchored in your copy of their article (its text differs; check they still say the same):
            </Text>
            <List size="xs" spacing={2}>
              {result.reanchored.map((id) => (
                <List.Item key={id}>
                  <ExcerptLink id={id} onNavigate={close} />
                </List.Item>
              ))}
            </List>
          </div>
        )}
        {result.orphaned.length > 0 && (
          <Alert
            color="red"
            icon={<IconAlertTriangle size={16} />}
            title="Could not be placed in your copy of their article"
            data-testid="import-orphaned"
          >
            <List size="xs" spacing={2}>
              {result.orphaned.map((id) => (
                <List.Item key={id}>
                  <ExcerptLink id={id} onNavigate={close} />
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={close}>
            Close
          </Button>
          <Button
            onClick={() => {
              close();
              navigate({ screen: 'cases', id: result.caseId });
            }}
          >
            Open the case
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
