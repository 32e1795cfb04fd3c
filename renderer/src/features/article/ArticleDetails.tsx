// The article's metadata and provenance: who published it, when, how and by whom it was captured,
// and the two fingerprints that prove the original and its text are unchanged.
import { Anchor, Badge, Divider, Group, Stack } from '@mantine/core';
import type { Article } from '../../../../shared/contract/schemas';
import { formatPartialDate } from '../../../../shared/domain/partialDate';
import { href } from '../../app/route';
import { DetectedMetadata } from './DetectedMetadata';
import { ProvenancePanel, UrlValue } from './ProvenancePanel';
import { Field } from '../../ui/Field';

export function ArticleDetails({ article }: { article: Article }) {
  return (
    <Stack gap="xs" data-testid="article-details">
      <Field label="Publisher">
        {article.publisherName && (
          <>
            {article.publisherSourceId ? (
              <Anchor href={href({ screen: 'sources', id: article.publisherSourceId })}>{article.publisherName}</Anchor>
            ) : (
              article.publisherName
            )}{' '}
            {article.publisherReliability && (
              <Badge variant="light" title="Current reliability of the publisher">
                {article.publisherReliability}
              </Badge>
            )}
          </>
        )}
      </Field>
      <Field label="Byline">
        {article.byline && (
          <>
            {article.byline}
            {article.authors.length > 0 && (
              <Group gap={4} mt={2} data-testid="article-authors">
                {article.authors.map((a) => (
                  <Anchor key={a.id} href={href({ screen: 'sources', id: a.id })} fz="xs">
                    {a.name}
                    {a.reliability && (
                      <Badge ml={4} size="xs" variant="light" title="Current reliability of this author">
                        {a.reliability}
                      </Badge>
                    )}
                  </Anchor>
                ))}
              </Group>
            )}
          </>
        )}
      </Field>
      <Field label="Published">{formatPartialDate(article.published)}</Field>
      <Field label="Language">{article.language}</Field>
      <Field label="Translator">{article.translator}</Field>
      <Field label="URL">{article.url && <UrlValue url={article.url} label="URL" testId="article-url" />}</Field>
      <DetectedMetadata article={article} />
      <Divider />
      <ProvenancePanel article={article} />
    </Stack>
  );
}
