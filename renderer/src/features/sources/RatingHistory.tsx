import { Badge, Group, Text, Timeline } from '@mantine/core';
import type { Rating } from '../../../../shared/contract/schemas';
import { RELIABILITY } from '../../../../shared/domain/admiralty';
import { gradeColor } from '../../ui/grades/grades';
import { formatDateTime } from '../../ui/format';

/** The whole rating history, newest first (the order the backend returns), the first being current. */
export function RatingHistory({ ratings }: { ratings: Rating[] }) {
  if (!ratings.length) {
    return (
      <Text size="xs" c="dimmed">
        Not rated yet. Press a key from A to F, or use “Rate”, to give this source its first rating.
      </Text>
    );
  }
  return (
    <Timeline active={0} bulletSize={22} lineWidth={2}>
      {ratings.map((r, i) => (
        <Timeline.Item
          key={r.id}
          data-testid="rating-entry"
          data-letter={r.reliability}
          bullet={
            <Badge circle size="sm" color={gradeColor(r.reliability)} variant={i === 0 ? 'filled' : 'light'}>
              {r.reliability}
            </Badge>
          }
          title={
            <Group gap={6}>
              <Text size="sm" fw={500}>
                {RELIABILITY[r.reliability].label}
              </Text>
              {i === 0 && (
                <Badge size="xs" variant="outline" color="gray">
                  current
                </Badge>
              )}
            </Group>
          }
        >
          <Text size="xs" style={{ whiteSpace: 'pre-wrap' }}>
            {r.rationale}
          </Text>
          <Text size="xs" c="dimmed">
            {r.analyst} · <time dateTime={r.ratedAt}>{formatDateTime(r.ratedAt)}</time>
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
