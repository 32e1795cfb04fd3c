import { Mark, Text } from '@mantine/core';
import { splitSnippet, type Range } from './highlight';

/** A search snippet with its matches marked, built from text nodes only. */
export function Snippet({ text, highlights }: { text: string; highlights: readonly Range[] }) {
  return (
    <Text size="xs" c="dimmed" lineClamp={3} component="span">
      {splitSnippet(text, highlights).map((piece, i) =>
        piece.marked ? <Mark key={i}>{piece.text}</Mark> : <span key={i}>{piece.text}</span>,
      )}
    </Text>
  );
}
