// What the extractor found in the document and the metadata does not say, offered one click at a
// time; contacts and other editions are shown as information only.
import { Button, Group, List, Stack, Text } from '@mantine/core';
import type { Article } from '../../../../shared/contract/schemas';
import { useAction } from '../../api/hooks';
import { showSuccess } from '../../ui/notify';
import { detectedOffers } from './detectedOffers';

export function DetectedMetadata({ article }: { article: Article }) {
  const update = useAction('articles.updateMetadata', {
    onSuccess: () => showSuccess('The detected value was applied.'),
  });
  const offers = detectedOffers(article);
  const emails = article.detected.emails ?? [];
  const editions = article.detected.otherEditions ?? [];
  if (!offers.length && !emails.length && !editions.length) return null;
  return (
    <Stack gap={6} data-testid="detected-metadata">
      <Text fz={11} c="dimmed" tt="uppercase" fw={600} lts={0.3}>
        Found in the document
      </Text>
      {offers.map((offer) => (
        <Group
          key={`${offer.field}-${offer.value}`}
          gap={6}
          wrap="nowrap"
          align="flex-start"
          data-testid="detected-offer"
        >
          <Text fz="sm" style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}>
            <Text span fz="xs" c="dimmed">
              {offer.label}:{' '}
            </Text>
            <span dir="auto">{offer.value}</span>
          </Text>
          <Button
            size="compact-xs"
            variant="light"
            aria-label={`Use the detected ${offer.label.toLowerCase()}`}
            loading={
              update.isPending &&
              update.variables?.id === article.id &&
              JSON.stringify(update.variables) === JSON.stringify({ id: article.id, ...offer.input })
            }
            onClick={() => update.mutate({ id: article.id, ...offer.input })}
          >
            Use
          </Button>
        </Group>
      ))}
      {emails.length > 0 && (
        <div>
          <Text fz="xs" c="dimmed">
            Contacts named in the text
          </Text>
          <List size="sm" data-testid="detected-emails">
            {emails.map((email) => (
              <List.Item key={email}>
                <Text span ff="monospace" fz="xs">
                  {email}
                </Text>
              </List.Item>
            ))}
          </List>
        </div>
      )}
      {editions.length > 0 && (
        <Text fz="sm" data-testid="detected-editions">
          <Text span fz="xs" c="dimmed">
            Other editions:{' '}
          </Text>
          {editions.map((language) => `Read in ${language}`).join(' · ')}
        </Text>
      )}
    </Stack>
  );
}
