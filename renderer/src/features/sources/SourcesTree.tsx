import { getTreeExpandedState, Group, Text, Tree, useTree, type TreeNodeData } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useEffect, useEffectEvent, useMemo, useState, type MouseEvent } from 'react';
import type { Source } from '../../../../shared/contract/schemas';
import { navigate } from '../../app/route';
import { draggableItems } from '../../ui/addToCase';
import { useContextMenu } from '../../ui/ContextMenu';
import { ReliabilityBadge } from '../../ui/grades/GradeBadge';
import { SourceContextItems, type SourceAction } from './SourceSelectionBar';
import { SOURCE_KIND_LABELS } from './sourceKinds';
import { buildSourceTree, type SourceTreeNode } from './sourceTree';

function toTreeData(nodes: SourceTreeNode[]): TreeNodeData[] {
  return nodes.map((n) => ({ value: n.source.id, label: n.source.name, children: toTreeData(n.children) }));
}

/** The tree node (a `role="treeitem"` holding its source id) an event happened in, if any. */
function sourceAt(target: EventTarget, byId: Map<string, Source>): Source | undefined {
  const item = target instanceof Element ? target.closest<HTMLElement>('[role="treeitem"]') : null;
  return item?.dataset.value ? byId.get(item.dataset.value) : undefined;
}

/**
 * Who sits under which publication. A click shows the source beside the tree; a right-click, or
 * the ContextMenu key or Shift+F10 on the focused row, opens that source's menu: the same actions
 * as the detail's buttons and the table's menu (`onAction` runs them on the page).
 */
export function SourcesTree({
  sources,
  selectedId,
  onAction,
}: {
  sources: Source[];
  selectedId: string | undefined;
  onAction: (action: SourceAction, source: Source) => void;
}) {
  const byId = useMemo(() => new Map(sources.map((s) => [s.id, s])), [sources]);
  const contextMenu = useContextMenu();
  const [menuFor, setMenuFor] = useState<Source | null>(null);
  // The row right-clicked becomes the one shown, as a click would make it. The ContextMenu key and
  // Shift+F10 on the focused row (a treeitem) send the same event, at the row.
  const onContextMenu = (e: MouseEvent) => {
    const source = sourceAt(e.target, byId);
    if (!source) return;
    setMenuFor(source);
    navigate({ screen: 'sources', id: source.id });
    contextMenu.open(e);
  };
  const data = useMemo(() => toTreeData(buildSourceTree(sources)), [sources]);
  const tree = useTree();

  // Everything open by default: the tree exists to show who sits under which publication.
  // (expandAllNodes would read the state from before the Tree initialised itself, so set it outright.)
  const expandAll = useEffectEvent((treeData: typeof data) =>
    tree.setExpandedState(getTreeExpandedState(treeData, '*')),
  );
  useEffect(() => expandAll(data), [data]);

  return (
    <div onContextMenu={onContextMenu}>
      {contextMenu.render(
        menuFor && <SourceContextItems selected={[menuFor]} onAction={onAction} onRateMany={() => {}} />,
      )}
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
    </div>
  );
}
