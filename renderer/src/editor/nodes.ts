// The nodes a Casefile note may contain. Registering only these is what sanitises pasted rich text:
// Lexical turns pasted HTML into registered nodes only, so tables, images, scripts or styled divs
// arrive as plain paragraphs of their text (SanitizePlugin then drops formats we do not offer).
import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { EditorThemeClasses, Klass, LexicalNode } from 'lexical';
import { EntityMentionNode } from './EntityMentionNode';

export const EDITOR_NODES: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  EntityMentionNode,
];

/** The one namespace: notes, case summaries and entity descriptions can be pasted between each other. */
export const EDITOR_NAMESPACE = 'casefile-rich-text';

export const EDITOR_THEME: EditorThemeClasses = {
  paragraph: 'cf-p',
  quote: 'cf-quote',
  heading: { h1: 'cf-h1', h2: 'cf-h2', h3: 'cf-h3' },
  list: { ul: 'cf-ul', ol: 'cf-ol', listitem: 'cf-li', nested: { listitem: 'cf-nested' } },
  link: 'cf-link',
  text: { bold: 'cf-bold', italic: 'cf-italic', underline: 'cf-underline' },
};
