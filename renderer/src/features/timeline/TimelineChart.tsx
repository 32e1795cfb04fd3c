// The timeline drawing: an event lane and a report lane over a date axis that zooms from a
// century to a week (wheel, buttons or + and −; arrows pan), with dragging to brush a range that
// filters the list beside it. Colours are written into the SVG itself so an exported file looks
// the same outside the app.
import { ActionIcon, Group, Text, Tooltip, useComputedColorScheme, useMantineTheme } from '@mantine/core';
import { IconArrowsHorizontal, IconZoomIn, IconZoomOut } from '@tabler/icons-react';
import { forwardRef, useRef, useState } from 'react';
import type { TimelineItem } from '../../../../shared/contract/network';
import { formatPartialDate } from '../../../../shared/domain/partialDate';
import { ticks, type Domain } from '../../ui/timeline/timelineLayout';
import { gradeColor } from '../../ui/grades/grades';
import { itemDays, laneMarks, panDomain, zoomDomain, type Mark } from './timelineView';

const ROW = 16;
const AXIS = 22;
const LANE_GAP = 24;
const LABEL = 70;

interface Props {
  items: readonly TimelineItem[];
  domain: Domain;
  onDomain: (d: Domain) => void;
  onFit: () => void;
  brush: Domain | null;
  onBrush: (d: Domain | null) => void;
  width: number;
}

export const TimelineChart = forwardRef<SVGSVGElement, Props>(function TimelineChart(
  { items, domain, onDomain, onFit, brush, onBrush, width },
  ref,
) {
  const theme = useMantineTheme();
  const dark = useComputedColorScheme('light') === 'dark';
  const ink = dark ? theme.colors.dark[0] : theme.colors.dark[7];
  const faint = dark ? theme.colors.dark[4] : theme.colors.gray[4];
  const paper = dark ? theme.colors.dark[7] : '#ffffff';
  const plot = Math.max(100, width - LABEL);
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const dayAt = (clientX: number, svg: SVGSVGElement) => {
    const box = svg.getBoundingClientRect();
    return domain.from + ((clientX - box.left - LABEL) / plot) * (domain.to - domain.from);
  };
  const xOf = (day: number) => LABEL + ((day - domain.from) / (domain.to - domain.from)) * plot;
  const svgRef = useRef<SVGSVGElement | null>(null);

  const lanes = (['event', 'report'] as const).map((lane) => ({
    lane,
    ...laneMarks(
      items.filter((i) => i.lane === lane),
      domain,
      plot,
    ),
  }));
  let y = AXIS + 8;
  const placed = lanes.map((l) => {
    const top = y;
    y += Math.max(1, l.rows) * ROW + LANE_GAP;
    return { ...l, top };
  });
  const height = y;
  const axisTicks = ticks({ from: Math.floor(domain.from), to: Math.ceil(domain.to) }, plot, 64);
  const dayTicks = domain.to - domain.from <= 62;

  const color = (m: Mark) =>
    m.kind === 'cluster'
      ? theme.colors.gray[6]
      : theme.colors[gradeColor(m.item.grade ?? m.item.reliability)]![dark ? 5 : 7]!;
  const describe = (m: Mark) =>
    m.kind === 'cluster'
      ? `${m.items.length} items; click to zoom in`
      : `${formatPartialDate(m.item.date)} · ${m.item.grade ?? m.item.reliability ?? 'ungraded'} · ${m.item.kind === 'excerpt' ? `“${m.item.text.slice(0, 80)}”` : m.item.title}`;

  return (
    <div>
      <Group gap={4} mb={4}>
        <Tooltip label="Zoom in (+)">
          <ActionIcon variant="default" aria-label="Zoom in" onClick={() => onDomain(zoomDomain(domain, 0.5))}>
            <IconZoomIn size={16} />
          </ActionIcon>
        </Tooltip>
        <Tooltip label="Zoom out (−)">
          <ActionIcon variant="default" aria-label="Zoom out" onClick={() => onDomain(zoomDomain(domain, 2))}>
            <IconZoomOut size={16} />
          </ActionIcon>
        </Tooltip>
        <Tooltip label="Fit everything (0)">
          <ActionIcon variant="default" aria-label="Fit everything" onClick={onFit}>
            <IconArrowsHorizontal size={16} />
          </ActionIcon>
        </Tooltip>
        <Text size="xs" c="dimmed">
          Drag across the chart to choose a range; the list shows what is in it. Arrow keys pan.
        </Text>
      </Group>
      <svg
        ref={(node) => {
          svgRef.current = node;
          if (typeof ref === 'function') ref(node);
          else if (ref) ref.current = node;
        }}
        xmlns="http://www.w3.org/2000/svg"
        width={width}
        height={height}
        role="img"
        aria-label={`Timeline of ${items.length} dated item(s): events above, reports below. The list beside it reads the same items.`}
        tabIndex={0}
        data-testid="library-timeline"
        style={{ display: 'block', userSelect: 'none', cursor: 'crosshair', fontFamily: theme.fontFamily }}
        onWheel={(e) => {
          const box = e.currentTarget.getBoundingClientRect();
          onDomain(
            zoomDomain(
              domain,
              e.deltaY > 0 ? 1.25 : 0.8,
              Math.min(1, Math.max(0, (e.clientX - box.left - LABEL) / plot)),
            ),
          );
        }}
        onKeyDown={(e) => {
          const actions: Record<string, () => void> = {
            '+': () => onDomain(zoomDomain(domain, 0.5)),
            '=': () => onDomain(zoomDomain(domain, 0.5)),
            '-': () => onDomain(zoomDomain(domain, 2)),
            '0': onFit,
            ArrowLeft: () => onDomain(panDomain(domain, -0.2)),
            ArrowRight: () => onDomain(panDomain(domain, 0.2)),
            Escape: () => onBrush(null),
          };
          const act = actions[e.key];
          if (act) {
            e.preventDefault();
            act();
          }
        }}
        onPointerDown={(e) => {
          if ((e.target as Element).closest('[data-mark]')) return;
          e.currentTarget.setPointerCapture(e.pointerId);
          setDragFrom(dayAt(e.clientX, e.currentTarget));
          onBrush(null);
        }}
        onPointerMove={(e) => {
          if (dragFrom === null) return;
          const day = dayAt(e.clientX, e.currentTarget);
          onBrush({ from: Math.min(dragFrom, day), to: Math.max(dragFrom, day) });
        }}
        onPointerUp={() => {
          setDragFrom(null);
          if (brush && brush.to - brush.from < 0.5) onBrush(null);
        }}
      >
        <rect x={0} y={0} width={width} height={height} fill={paper} />
        {axisTicks.map((t) => (
          <g key={`${t.x}-${t.label}`}>
            <line x1={LABEL + t.x} x2={LABEL + t.x} y1={AXIS - 4} y2={height} stroke={faint} strokeWidth={0.5} />
            <text x={LABEL + t.x + 3} y={AXIS - 8} fontSize={10} fill={ink}>
              {t.label}
            </text>
          </g>
        ))}
        {dayTicks &&
          Array.from({ length: Math.ceil(domain.to - domain.from) }, (_, i) => Math.ceil(domain.from) + i).map(
            (day) => (
              <text key={day} x={xOf(day + 0.5)} y={AXIS + 2} fontSize={8} fill={faint} textAnchor="middle">
                {new Date(day * 86_400_000).getUTCDate()}
              </text>
            ),
          )}
        {placed.map((l) => (
          <g key={l.lane} data-lane={l.lane}>
            <text x={4} y={l.top + 11} fontSize={11} fontWeight={600} fill={ink}>
              {l.lane === 'event' ? 'Events' : 'Reports'}
            </text>
            <line
              x1={LABEL}
              x2={width}
              y1={l.top + Math.max(1, l.rows) * ROW + LANE_GAP / 2}
              y2={l.top + Math.max(1, l.rows) * ROW + LANE_GAP / 2}
              stroke={faint}
            />
            {l.marks.map((m) => (
              <g
                key={m.kind === 'cluster' ? `c${m.x}` : m.item.id}
                data-mark={m.kind}
                style={{ cursor: 'pointer' }}
                onClick={() =>
                  m.kind === 'cluster'
                    ? onDomain(zoomDomain({ from: m.start - 2, to: m.end + 2 }, 1))
                    : onBrush({ from: itemDays(m.item).start, to: itemDays(m.item).end })
                }
              >
                <title>{describe(m)}</title>
                {m.kind === 'cluster' ? (
                  <>
                    <rect
                      x={LABEL + m.x}
                      y={l.top + m.row * ROW + 1}
                      width={m.width}
                      height={ROW - 3}
                      rx={7}
                      fill={color(m)}
                      opacity={0.85}
                    />
                    <text
                      x={LABEL + m.x + m.width / 2}
                      y={l.top + m.row * ROW + 11}
                      fontSize={9}
                      fill="#ffffff"
                      textAnchor="middle"
                    >
                      {m.items.length}
                    </text>
                  </>
                ) : m.width <= 10 ? (
                  <circle cx={LABEL + m.x + 5} cy={l.top + m.row * ROW + 7} r={4.5} fill={color(m)} />
                ) : (
                  <rect
                    x={LABEL + m.x}
                    y={l.top + m.row * ROW + 3}
                    width={m.width}
                    height={ROW - 7}
                    rx={2}
                    fill={color(m)}
                    opacity={m.item.date.qualifier ? 0.55 : 0.8}
                  />
                )}
              </g>
            ))}
          </g>
        ))}
        {brush && brush.to > brush.from && (
          <rect
            x={xOf(brush.from)}
            y={AXIS - 4}
            width={Math.max(1, xOf(brush.to) - xOf(brush.from))}
            height={height - AXIS + 4}
            fill={theme.colors.blue[5]}
            opacity={0.15}
            stroke={theme.colors.blue[6]}
            data-testid="timeline-brush"
            pointerEvents="none"
          />
        )}
      </svg>
    </div>
  );
});
