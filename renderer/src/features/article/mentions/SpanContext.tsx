import { Text } from '@mantine/core';
import { spanContext } from './suggestionGroups';

/** An occurrence with the words around it, the occurrence itself in bold. */
export function SpanContext({ text, start, end }: { text: string; start: number; end: number }) {
  const ctx = spanContext(text, start, end);
  return (
    <Text size="xs" c="dimmed" lineClamp={2} dir="auto">
      {ctx.before}
      <Text span size="xs" fw={600} c="var(--mantine-color-text)">
        {ctx.span}
      </Text>
      {ctx.after}
    </Text>
  );
}
