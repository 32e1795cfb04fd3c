// The chart's controls: layout, filters (grade, entity type, relationship type, dates), what to
// show, drawing mode and exports.
import { readDate } from '../../ui/format';
import { Button, Group, Menu, MultiSelect, SegmentedControl, Select, Switch, TextInput } from '@mantine/core';
import { IconDownload, IconLink } from '@tabler/icons-react';
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

export function ChartToolbar(p: Props) {
  const set = (patch: Partial<ChartFilters>) => p.onFilters({ ...p.filters, ...patch });
  const from = readDate(p.filters.from);
  const to = readDate(p.filters.to);
  return (
    <Group gap="xs" align="flex-end" wrap="wrap" data-testid="chart-toolbar">
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
      <Select
        size="xs"
        w={150}
        label="Source reliability"
        placeholder="Any"
        clearable
        data={RELIABILITY_LETTERS.filter((l) => l !== 'F').map((l) => ({
          value: l,
          label: `At least ${l} – ${RELIABILITY[l].label}`,
        }))}
        value={p.filters.minReliability}
        onChange={(v) => set({ minReliability: (v as Reliability | null) ?? null })}
      />
      <Select
        size="xs"
        w={150}
        label="Credibility"
        placeholder="Any"
        clearable
        data={CREDIBILITY_VALUES.filter((c) => c !== 6).map((c) => ({
          value: String(c),
          label: `${c} or better – ${CREDIBILITY[c].label}`,
        }))}
        value={p.filters.maxCredibility ? String(p.filters.maxCredibility) : null}
        onChange={(v) => set({ maxCredibility: v ? (Number(v) as Credibility) : null })}
      />
      <MultiSelect
        size="xs"
        w={170}
        label="Entity types"
        placeholder="All"
        data={ENTITY_TYPE_OPTIONS}
        value={p.filters.entityTypes}
        onChange={(v) => set({ entityTypes: v as EntityTypeName[] })}
        clearable
      />
      <MultiSelect
        size="xs"
        w={170}
        label="Relationships"
        placeholder="All"
        data={RELATIONSHIP_OPTIONS}
        value={p.filters.relationshipTypes}
        onChange={(v) => set({ relationshipTypes: v as RelationshipTypeName[] })}
        clearable
      />
      <TextInput
        size="xs"
        w={110}
        label="From"
        placeholder="2020"
        value={p.filters.from}
        error={from.error ? 'not a date' : undefined}
        title={from.error}
        onChange={(e) => set({ from: e.currentTarget.value })}
      />
      <TextInput
        size="xs"
        w={110}
        label="To"
        placeholder="March 2020"
        value={p.filters.to}
        error={to.error ? 'not a date' : undefined}
        title={to.error}
        onChange={(e) => set({ to: e.currentTarget.value })}
      />
      <Switch
        size="xs"
        label="Co-mentions"
        checked={p.showCoMentions}
        onChange={(e) => p.onShowCoMentions(e.currentTarget.checked)}
      />
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
