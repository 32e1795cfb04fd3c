// Sources as a tree: human sources sit under the publication that cites them (parentId). A source
// whose parent is missing from the list is shown at the top level rather than lost.
import type { Source } from '../../../../shared/contract/schemas';

export interface SourceTreeNode {
  source: Source;
  children: SourceTreeNode[];
}

export function buildSourceTree(sources: readonly Source[]): SourceTreeNode[] {
  const nodes = new Map<string, SourceTreeNode>();
  for (const source of sources) nodes.set(source.id, { source, children: [] });
  const roots: SourceTreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.source.parentId ? nodes.get(node.source.parentId) : undefined;
    if (parent && !isAncestor(node, parent, nodes)) parent.children.push(node);
    else roots.push(node);
  }
  const byName = (a: SourceTreeNode, b: SourceTreeNode) => a.source.name.localeCompare(b.source.name);
  const sortAll = (list: SourceTreeNode[]) => {
    list.sort(byName);
    list.forEach((n) => sortAll(n.children));
  };
  sortAll(roots);
  return roots;
}

/** Guards against a cycle in the data (the backend refuses them, but a tree must never loop). */
function isAncestor(node: SourceTreeNode, candidate: SourceTreeNode, nodes: Map<string, SourceTreeNode>): boolean {
  const seen = new Set<string>();
  let cursor: SourceTreeNode | undefined = candidate;
  while (cursor && !seen.has(cursor.source.id)) {
    if (cursor === node) return true;
    seen.add(cursor.source.id);
    cursor = cursor.source.parentId ? nodes.get(cursor.source.parentId) : undefined;
  }
  return false;
}

/** Ids of `id` and everything under it: a source cannot be moved under any of them. */
export function descendantIds(sources: readonly Source[], id: string): Set<string> {
  const out = new Set<string>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const s of sources) {
      if (s.parentId && out.has(s.parentId) && !out.has(s.id)) {
        out.add(s.id);
        grew = true;
      }
    }
  }
  return out;
}

/**
 * Sources `id` can be merged into: any other source except those under it, because the backend
 * refuses to keep a source that sits under the one being merged away.
 */
export function mergeTargets(sources: readonly Source[], id: string): Source[] {
  const excluded = descendantIds(sources, id);
  return sources.filter((s) => !excluded.has(s.id)).sort((a, b) => a.name.localeCompare(b.name));
}
