// The filters the Excerpts view was opened with (a matrix cell, a case), as chips that say what is
// applied and can each be removed. Removing one navigates, so Back brings it back. Pill hides its
// remove button from the keyboard and screen readers by default; here it is the only way to remove
// a filter, so it is made reachable.
import { Group, Pill, Text, Tooltip } from '@mantine/core';
import { CREDIBILITY, RELIABILITY } from '../../../../shared/domain/admiralty';
import { useCall } from '../../api/hooks';
import { navigate } from '../../app/route';
import type { ExcerptRouteFilter } from '../../app/excerptRouteFilter';

function Chip({ label, help, onRemove }: { label: string; help: string; onRemove: () => void }) {
  return (
    <Tooltip label={help} withArrow multiline w={300} openDelay={300}>
      <Pill
        withRemoveButton
        onRemove={onRemove}
        size="sm"
        bg="var(--mantine-primary-color-light)"
        removeButtonProps={{ 'aria-label': `Remove filter ${label}`, 'aria-hidden': false, tabIndex: 0 }}
        data-testid="route-filter"
      >
        {label}
      </Pill>
    </Tooltip>
  );
}

export function RouteFilterChips({ filter }: { filter: ExcerptRouteFilter }) {
  const kase = useCall('cases.get', { id: filter.caseId ?? '' }, { enabled: Boolean(filter.caseId) });
  const without = (key: keyof ExcerptRouteFilter) => {
    const next = { ...filter };
    delete next[key];
    navigate({ screen: 'excerpts', ...next });
  };
  const { reliability: r, credibility: c, caseId } = filter;
  return (
    <Group gap={6} aria-label="Applied filters">
      <Text size="xs" c="dimmed">
        Showing only:
      </Text>
      {r && (
        <Chip
          label={r === 'unrated' ? 'Unrated sources' : `Reliability ${r} – ${RELIABILITY[r].label}`}
          help={
            r === 'unrated'
              ? 'Excerpts whose source has no rating yet, or that are not attributed.'
              : `Exactly ${r}: ${RELIABILITY[r].description}`
          }
          onRemove={() => without('reliability')}
        />
      )}
      {c && (
        <Chip
          label={c === 'ungraded' ? 'Credibility not graded' : `Credibility ${c} – ${CREDIBILITY[c].label}`}
          help={
            c === 'ungraded'
              ? 'Excerpts whose information credibility is not graded yet.'
              : `Exactly ${c}: ${CREDIBILITY[c].description}`
          }
          onRemove={() => without('credibility')}
        />
      )}
      {caseId && (
        <Chip
          label={`Case: ${kase.data?.title ?? (kase.isError ? 'not found' : '…')}`}
          help="Only the excerpts added to this case."
          onRemove={() => without('caseId')}
        />
      )}
    </Group>
  );
}
