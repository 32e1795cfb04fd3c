// The editor's own commands, dispatched by the toolbar, the @-menu and tests alike.
import { createCommand, type LexicalCommand } from 'lexical';

export interface MentionPayload {
  entityId: string;
  name: string;
}

/** Inserts an entity mention at the selection (replacing any selected text). */
export const INSERT_ENTITY_MENTION_COMMAND: LexicalCommand<MentionPayload> = createCommand(
  'INSERT_ENTITY_MENTION_COMMAND',
);

/** Asks to open a link found in a note: it goes through the safe external-link path, never navigates the app. */
export const OPEN_LINK_COMMAND: LexicalCommand<string> = createCommand('OPEN_LINK_COMMAND');
