import { getTreeExpandedState, Group, Text, Tree, useTree, type TreeNodeData } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useEffect, useEffectEvent, useMemo } from 'react';
import type { Source } from '../../../../shared/contract/schemas';
import { navigate } from '../../app/route';
import { draggableItems } from '../../ui/addToCase';
import { ReliabilityBadge } from '../../ui/grades/GradeBadge';
import { SOURCE_KIND_LABELS } from './sourceKinds';
import { buildSourceTree, type SourceTreeNode } from './sourceTree';

function toTreeData(nodes: SourceTreeNode[]): TreeNodeData[] {
  return nodes.map((n) => ({ value: n.source.id, label: n.source.name, children: toTreeData(n.children) }));
}

export function SourcesTree({ sources, selectedId }: { sources: Source[]; selectedId: string | undefined }) {
  const byId = useMemo(() => new Map(sources.map((s) => [s.id, s])), [sources]);
  const data = useMemo(() => toTreeData(buildSourceTree(sources)), [sources]);
  const tree = useTree();

  // Everything open by default: the tree exists to show who sits under which publication.
  // (expandAllNodes would read the state from before the Tree initialised itself, so set it outright.)
  const expandAll = useEffectEvent((treeData: typeof data) =>
    tree.setExpandedState(getTreeExpandedState(treeData, '*')),
  );
  useEffect(() => expandAll(data), [data]);

  return (
    <Tree
      data={data}
      tree={tree}
      levelOffset="md"
      expandOnClick={false}
      renderNode={({ node, expanded, hasChildren, elementProps }) => {
        const source = byId.get(node.value);
        if (!source) return null;
        const selected = node.value === selectedId;
        return (
          <Group
            {...elementProps}
            gap={6}
            wrap="nowrap"
            py={3}
            px={4}
            onClick={(event) => {
              elementProps.onClick(event);
              navigate({ screen: 'sources', id: source.id });
            }}
            bg={selected ? 'var(--mantine-primary-color-light)' : undefined}
            style={{ ...elementProps.style, cursor: 'pointer', borderRadius: 4 }}
            aria-selected={selected}
            data-source-name={source.name}
            {...draggableItems(() => [source.id])}
          >
            <IconChevronDown
              size={14}
              style={{
                visibility: hasChildren ? 'visible' : 'hidden',
                transform: expanded ? undefined : 'rotate(-90deg)',
              }}
              onClick={(event) => {
                event.stopPropagation();
                tree.toggleExpanded(node.value);
              }}
            />
            <ReliabilityBadge letter={source.reliability} size="xs" />
            <Text size="sm" truncate>
              {source.name}
            </Text>
            <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
              {SOURCE_KIND_LABELS[source.kind]}
            </Text>
          </Group>
        );
      }}
    />
  );
}
