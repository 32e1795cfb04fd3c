// An @-mention of an entity inside a note. It is an inline DecoratorNode (one atomic chip, never
// half-edited) whose JSON carries the entity's id: the backend finds the notes that mention an
// entity by looking for that id in the stored JSON (services/entityPage.ts), and the report export
// prints `name` (export/richTextHtml.ts). The name is kept as written at the time of mention, so a
// note still reads correctly if the entity is renamed or the library is opened elsewhere.
import {
  $applyNodeReplacement,
  DecoratorNode,
  type DOMConversionMap,
  type DOMConversionOutput,
  type DOMExportOutput,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import type { JSX } from 'react';
import { MentionChip } from './MentionChip';

export type SerializedEntityMentionNode = Spread<{ entityId: string; name: string }, SerializedLexicalNode>;

export class EntityMentionNode extends DecoratorNode<JSX.Element> {
  __entityId: string;
  __name: string;

  static override getType(): string {
    return 'entity-mention';
  }

  static override clone(node: EntityMentionNode): EntityMentionNode {
    return new EntityMentionNode(node.__entityId, node.__name, node.__key);
  }

  static override importJSON(json: SerializedEntityMentionNode): EntityMentionNode {
    return $createEntityMentionNode(json.entityId, json.name).updateFromJSON(json);
  }

  constructor(entityId = '', name = '', key?: NodeKey) {
    super(key);
    this.__entityId = entityId;
    this.__name = name;
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedEntityMentionNode>): this {
    const self = super.updateFromJSON(json).getWritable();
    self.__entityId = String(json.entityId ?? '');
    self.__name = String(json.name ?? '');
    return self;
  }

  // The legacy (full) form is what Casefile stores; the compact flag is ignored on purpose, so the
  // entity id is always in the JSON the backend searches.
  override exportJSON(): SerializedEntityMentionNode {
    return {
      ...super.exportJSON(),
      type: 'entity-mention',
      version: 1,
      entityId: this.getEntityId(),
      name: this.getName(),
    };
  }

  getEntityId(): string {
    return this.getLatest().__entityId;
  }

  getName(): string {
    return this.getLatest().__name;
  }

  override createDOM(): HTMLElement {
    const span = document.createElement('span');
    span.className = 'cf-entity-mention';
    return span;
  }

  override updateDOM(): false {
    return false;
  }

  /** Copy/paste and HTML export: a marked span another Casefile editor turns back into this node. */
  override exportDOM(): DOMExportOutput {
    const span = document.createElement('span');
    span.setAttribute('data-entity-mention', this.getEntityId());
    span.textContent = `@${this.getName()}`;
    return { element: span };
  }

  static override importDOM(): DOMConversionMap | null {
    return {
      span: (element: HTMLElement) =>
        element.hasAttribute('data-entity-mention') ? { conversion: $convertMentionElement, priority: 1 } : null,
    };
  }

  /** Plain text (the searchable copy of the note) reads the entity's name. */
  override getTextContent(): string {
    return this.getName();
  }

  override isInline(): true {
    return true;
  }

  override isKeyboardSelectable(): boolean {
    return true;
  }

  override decorate(): JSX.Element {
    return <MentionChip entityId={this.getEntityId()} name={this.getName()} />;
  }
}

function $convertMentionElement(element: HTMLElement): DOMConversionOutput {
  const entityId = element.getAttribute('data-entity-mention') ?? '';
  const name = (element.textContent ?? '').replace(/^@/, '');
  return { node: entityId && name ? $createEntityMentionNode(entityId, name) : null };
}

export function $createEntityMentionNode(entityId: string, name: string): EntityMentionNode {
  return $applyNodeReplacement(new EntityMentionNode(entityId, name));
}

export function $isEntityMentionNode(node: LexicalNode | null | undefined): node is EntityMentionNode {
  return node instanceof EntityMentionNode;
}
