// One lane group of the timeline (the excerpts' event dates, or the articles' publication dates):
// bars in non-overlapping lanes, each with its label under its left edge.
import { Anchor, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Placed } from '../../../ui/timeline/timelineLayout';
import classes from './Timeline.module.css';

export const LANE_HEIGHT = 40;
export const LABEL_WIDTH = 230;

export interface TimelineEntry {
  id: string;
  href: string;
  /** the full text for the tooltip */
  title: string;
  label: ReactNode;
  /** "early", "about"…: the bar covers the whole span but is drawn as uncertain */
  qualified: boolean;
}

export function TimelineRow({
  placed,
  lanes,
  kind,
  testId,
}: {
  placed: Placed<TimelineEntry>[];
  lanes: number;
  kind: 'event' | 'published';
  testId: string;
}) {
  return (
    <div className={classes.row} style={{ height: lanes * LANE_HEIGHT }}>
      {placed.map(({ item, x, width, lane, span }) => (
        <Anchor
          key={item.id}
          href={item.href}
          underline="never"
          className={classes.entry}
          style={{ left: x, top: lane * LANE_HEIGHT, width: Math.max(width, LABEL_WIDTH) }}
          title={item.title}
          data-testid={testId}
          data-span={span.point ? 'point' : 'range'}
        >
          <span
            className={`${span.point ? classes.point : classes.bar} ${item.qualified ? classes.qualified : ''}`}
            data-kind={kind}
            style={span.point ? undefined : { width }}
          />
          <Text component="span" className={classes.label} style={{ maxWidth: Math.max(width, LABEL_WIDTH) }}>
            {item.label}
          </Text>
        </Anchor>
      ))}
    </div>
  );
}
