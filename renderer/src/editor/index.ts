export { RichTextEditor, type RichTextEditorProps } from './RichTextEditor';
export { EMPTY_RICH_TEXT, type RichTextValue } from './richTextValue';
export { $createEntityMentionNode, $isEntityMentionNode, EntityMentionNode } from './EntityMentionNode';
export { INSERT_ENTITY_MENTION_COMMAND } from './commands';
