// The chart's controls: layout, filters (grade, entity type, relationship type, dates,
// co-mentions), grouping, drawing mode and exports. The filters fold into one "Filters" popover
// that counts the active ones, so the toolbar keeps to a row or two beside an entity list.
import { readDate } from '../../ui/format';
import {
  Badge,
  Button,
  Group,
  Menu,
  MultiSelect,
  Popover,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  TextInput,
} from '@mantine/core';
import { IconDownload, IconFilter, IconLink } from '@tabler/icons-react';
import {
  CREDIBILITY,
  CREDIBILITY_VALUES,
  RELIABILITY,
  RELIABILITY_LETTERS,
  type Credibility,
  type Reliability,
} from '../../../../shared/domain/admiralty';
import type { EntityTypeName } from '../../ui/entities/entityTypes';
import { ENTITY_TYPE_OPTIONS } from '../../ui/entities/entityTypes';
import { RELATIONSHIP_OPTIONS, type RelationshipTypeName } from '../../ui/entities/relationshipTypes';

export type LayoutName = 'fcose' | 'breadthfirst' | 'circle';

export interface ChartFilters {
  minReliability: Reliability | null;
  maxCredibility: Credibility | null;
  entityTypes: EntityTypeName[];
  relationshipTypes: RelationshipTypeName[];
  from: string;
  to: string;
}

export const NO_FILTERS: ChartFilters = {
  minReliability: null,
  maxCredibility: null,
  entityTypes: [],
  relationshipTypes: [],
  from: '',
  to: '',
};

interface Props {
  filters: ChartFilters;
  onFilters: (next: ChartFilters) => void;
  layout: LayoutName;
  onLayout: (next: LayoutName) => void;
  showCoMentions: boolean;
  onShowCoMentions: (next: boolean) => void;
  groupByType: boolean;
  onGroupByType: (next: boolean) => void;
  drawing: boolean;
  onDrawing: (next: boolean) => void;
  onExport: (format: 'png' | 'svg' | 'graphml' | 'gexf') => void;
}

/** How many filters narrow the chart (hiding co-mentions counts as one). */
export function activeFilterCount(filters: ChartFilters, showCoMentions: boolean): number {
  return [
    filters.minReliability !== null,
    filters.maxCredibility !== null,
    filters.entityTypes.length > 0,
    filters.relationshipTypes.length > 0,
    filters.from.trim() !== '',
    filters.to.trim() !== '',
    !showCoMentions,
  ].filter(Boolean).length;
}

// The selects' option lists open inside the popover, not in a portal: a click on an option must
// not count as a click outside the popover, which would close it.
const IN_POPOVER = { withinPortal: false } as const;

export function ChartToolbar(p: Props) {
  const set = (patch: Partial<ChartFilters>) => p.onFilters({ ...p.filters, ...patch });
  const from = readDate(p.filters.from);
  const to = readDate(p.filters.to);
  const active = activeFilterCount(p.filters, p.showCoMentions);
  return (
    <Group gap="xs" align="center" wrap="wrap" data-testid="chart-toolbar">
      <SegmentedControl
        size="xs"
        aria-label="Layout"
        value={p.layout}
        onChange={(v) => p.onLayout(v as LayoutName)}
        data={[
          { value: 'fcose', label: 'Force' },
          { value: 'breadthfirst', label: 'Hierarchy' },
          { value: 'circle', label: 'Circle' },
        ]}
      />
      <Popover position="bottom-start" shadow="md" width={320} trapFocus returnFocus>
        <Popover.Target>
          <Button
            size="xs"
            variant={active ? 'light' : 'default'}
            leftSection={<IconFilter size={14} />}
            rightSection={
              active ? (
                <Badge size="xs" circle aria-hidden>
                  {active}
                </Badge>
              ) : undefined
            }
            aria-label={active ? `Filters, ${active} active` : 'Filters'}
            data-testid="chart-filters"
          >
            Filters
          </Button>
        </Popover.Target>
        <Popover.Dropdown data-testid="chart-filters-panel">
          <Stack gap="xs">
            <Select
              size="xs"
              label="Source reliability"
              placeholder="Any"
              clearable
              comboboxProps={IN_POPOVER}
              data={RELIABILITY_LETTERS.filter((l) => l !== 'F').map((l) => ({
                value: l,
                label: `At least ${l} – ${RELIABILITY[l].label}`,
              }))}
              value={p.filters.minReliability}
              onChange={(v) => set({ minReliability: (v as Reliability | null) ?? null })}
            />
            <Select
              size="xs"
              label="Credibility"
              placeholder="Any"
              clearable
              comboboxProps={IN_POPOVER}
              data={CREDIBILITY_VALUES.filter((c) => c !== 6).map((c) => ({
                value: String(c),
                label: `${c} or better – ${CREDIBILITY[c].label}`,
              }))}
              value={p.filters.maxCredibility ? String(p.filters.maxCredibility) : null}
              onChange={(v) => set({ maxCredibility: v ? (Number(v) as Credibility) : null })}
            />
            <MultiSelect
              size="xs"
              label="Entity types"
              placeholder="All"
              data={ENTITY_TYPE_OPTIONS}
              value={p.filters.entityTypes}
              onChange={(v) => set({ entityTypes: v as EntityTypeName[] })}
              clearable
              comboboxProps={IN_POPOVER}
            />
            <MultiSelect
              size="xs"
              label="Relationships"
              placeholder="All"
              data={RELATIONSHIP_OPTIONS}
              value={p.filters.relationshipTypes}
              onChange={(v) => set({ relationshipTypes: v as RelationshipTypeName[] })}
              clearable
              comboboxProps={IN_POPOVER}
            />
            <Group gap="xs" grow align="flex-start">
              <TextInput
                size="xs"
                label="From"
                placeholder="2020"
                value={p.filters.from}
                error={from.error ? 'not a date' : undefined}
                title={from.error}
                onChange={(e) => set({ from: e.currentTarget.value })}
              />
              <TextInput
                size="xs"
                label="To"
                placeholder="March 2020"
                value={p.filters.to}
                error={to.error ? 'not a date' : undefined}
                title={to.error}
                onChange={(e) => set({ to: e.currentTarget.value })}
              />
            </Group>
            <Switch
              size="xs"
              label="Co-mentions"
              checked={p.showCoMentions}
              onChange={(e) => p.onShowCoMentions(e.currentTarget.checked)}
            />
            <Button
              size="xs"
              variant="subtle"
              disabled={!active}
              onClick={() => {
                p.onFilters(NO_FILTERS);
                p.onShowCoMentions(true);
              }}
            >
              Clear filters
            </Button>
          </Stack>
        </Popover.Dropdown>
      </Popover>
      <Switch
        size="xs"
        label="Group by type"
        checked={p.groupByType}
        onChange={(e) => p.onGroupByType(e.currentTarget.checked)}
      />
      <Button
        size="xs"
        variant={p.drawing ? 'filled' : 'default'}
        leftSection={<IconLink size={14} />}
        onClick={() => p.onDrawing(!p.drawing)}
        aria-pressed={p.drawing}
        title="Drag from one entity to another to record a relationship"
      >
        {p.drawing ? 'Drawing links…' : 'Draw a link'}
      </Button>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button size="xs" variant="default" leftSection={<IconDownload size={14} />}>
            Export
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => p.onExport('png')}>Picture (PNG)</Menu.Item>
          <Menu.Item onClick={() => p.onExport('svg')}>Drawing (SVG)</Menu.Item>
          <Menu.Item onClick={() => p.onExport('graphml')}>GraphML for Gephi</Menu.Item>
          <Menu.Item onClick={() => p.onExport('gexf')}>GEXF for Gephi</Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
