// How a mention looks in a note: "@Name", linking to the entity's page. Kept free of Mantine so the
// node (and its unit tests, which run in Node) stays light.
import { href } from '../app/route';

export function MentionChip({ entityId, name }: { entityId: string; name: string }) {
  return (
    <a
      className="cf-mention-chip"
      href={href({ screen: 'entities', id: entityId })}
      data-entity-id={entityId}
      data-testid="entity-mention"
      contentEditable={false}
    >
      @{name}
    </a>
  );
}
