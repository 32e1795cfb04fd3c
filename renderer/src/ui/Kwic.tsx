// A match shown in its sentence (keyword in context), the match marked. Text direction is left to
// the browser per line, so Korean, Arabic and Latin sentences all read correctly.
import { Text } from '@mantine/core';

export function Kwic({ before, match, after, lang }: { before: string; match: string; after: string; lang?: string }) {
  return (
    <Text
      size="xs"
      component="span"
      dir="auto"
      lang={lang || undefined}
      data-testid="kwic"
      style={{ overflowWrap: 'anywhere' }}
    >
      {before}
      <mark>{match}</mark>
      {after}
    </Text>
  );
}
