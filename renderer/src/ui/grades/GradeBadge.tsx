// Grades and reliability letters as coloured badges, used by every feature page that shows them.
import { Badge, Tooltip, type BadgeProps } from '@mantine/core';
import {
  CREDIBILITY,
  describeGrade,
  formatGrade,
  RELIABILITY,
  type Credibility,
  type Reliability,
} from '../../../../shared/domain/admiralty';
import { gradeColor, reliabilityTitle } from './grades';

type Size = BadgeProps['size'];

/** A source's current letter; the tooltip gives the standard label. */
export function ReliabilityBadge({ letter, size = 'sm' }: { letter: Reliability | null; size?: Size }) {
  return (
    <Tooltip
      label={letter ? `${reliabilityTitle(letter)}: ${RELIABILITY[letter].description}` : 'Not rated yet'}
      multiline
      w={320}
      withArrow
    >
      <Badge
        color={gradeColor(letter)}
        variant={letter ? 'filled' : 'outline'}
        size={size}
        radius="sm"
        aria-label={reliabilityTitle(letter)}
      >
        {letter ?? '–'}
      </Badge>
    </Tooltip>
  );
}

interface GradeBadgeProps {
  reliability: Reliability | null;
  credibility: Credibility | null;
  /** The source's rating when the excerpt was recorded; shown when it differs from the current one. */
  recorded?: Reliability | null;
  /** The grade as the backend formatted it (Excerpt.grade); computed from the parts when absent. */
  grade?: string;
  size?: Size;
}

/** An excerpt's grade, e.g. "B3", or "B3, recorded as C3" when the source was re-rated since. */
export function GradeBadge({ reliability, credibility, recorded = null, grade, size = 'sm' }: GradeBadgeProps) {
  const text = grade ?? describeGrade(reliability, recorded, credibility);
  const help = [
    reliabilityTitle(reliability),
    credibility ? `${credibility} – ${CREDIBILITY[credibility].label}` : 'Credibility not graded yet',
    ...(recorded && recorded !== reliability
      ? [`when recorded the source was rated ${reliabilityTitle(recorded)}`]
      : []),
  ].join(' · ');
  return (
    <Tooltip label={help} withArrow>
      <Badge
        color={gradeColor(reliability)}
        variant="light"
        size={size}
        radius="sm"
        style={{ textTransform: 'none', flexShrink: 0, overflow: 'visible' }}
      >
        {text}
      </Badge>
    </Tooltip>
  );
}

/** A grade that arrives already formatted ("B3", "?3"), as search results carry it. */
export function GradeTextBadge({ grade, size = 'sm' }: { grade: string; size?: Size }) {
  return (
    <Badge color={gradeColor(grade)} variant="light" size={size} radius="sm" style={{ textTransform: 'none' }}>
      {grade}
    </Badge>
  );
}

export { formatGrade };
