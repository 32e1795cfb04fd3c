// Typing "@" in a note suggests entities by name or alias (entities.list {query} matches both);
// choosing one replaces "@query" with an EntityMentionNode through INSERT_ENTITY_MENTION_COMMAND.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, MenuOption, useBasicTypeaheadTriggerMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { Group, Paper, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { $createTextNode, $getSelection, $insertNodes, $isRangeSelection, COMMAND_PRIORITY_EDITOR, type TextNode } from 'lexical';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Entity } from '../../../../shared/contract/schemas';
import { useCall } from '../../api/hooks';
import { INSERT_ENTITY_MENTION_COMMAND } from '../commands';
import { $createEntityMentionNode } from '../EntityMentionNode';

const MAX_SUGGESTIONS = 8;

class EntityOption extends MenuOption {
  constructor(readonly entity: Entity) {
    super(entity.id);
  }
}

/** Registers the insert command: the mention, then a space so typing carries on after the chip. */
function useInsertMentionCommand(): void {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        INSERT_ENTITY_MENTION_COMMAND,
        ({ entityId, name }) => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return false;
          $insertNodes([$createEntityMentionNode(entityId, name), $createTextNode(' ')]);
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );
}

export function MentionsPlugin() {
  const [editor] = useLexicalComposerContext();
  const [query, setQuery] = useState<string | null>(null);
  const [debounced] = useDebouncedValue(query, 120);
  useInsertMentionCommand();
  const triggerFn = useBasicTypeaheadTriggerMatch('@', { minLength: 0, maxLength: 60, allowWhitespace: true });
  const found = useCall('entities.list', { query: (debounced ?? '').trim() }, { enabled: debounced !== null, placeholderData: keepPreviousData });
  const options = useMemo(() => (found.data?.items ?? []).slice(0, MAX_SUGGESTIONS).map((e) => new EntityOption(e)), [found.data]);

  const onSelectOption = useCallback(
    (option: EntityOption, queryNode: TextNode | null, closeMenu: () => void) => {
      editor.update(() => {
        queryNode?.remove();
        editor.dispatchCommand(INSERT_ENTITY_MENTION_COMMAND, { entityId: option.entity.id, name: option.entity.name });
      });
      closeMenu();
    },
    [editor],
  );

  return (
    <LexicalTypeaheadMenuPlugin<EntityOption>
      onQueryChange={setQuery}
      onSelectOption={onSelectOption}
      triggerFn={triggerFn}
      options={options}
      anchorClassName="cf-mention-anchor"
      menuRenderFn={(anchor, { selectedIndex, selectOptionAndCleanUp, setHighlightedIndex }) =>
        anchor.current && query !== null
          ? createPortal(
              <Paper shadow="md" withBorder p={4} w={260} className="cf-mention-menu" data-testid="mention-menu">
                {options.length === 0 && (
                  <Text fz="xs" c="dimmed" p={6}>
                    {found.isFetching ? 'Looking…' : 'No entity has that name or alias.'}
                  </Text>
                )}
                {options.map((option, i) => (
                  <div
                    key={option.key}
                    ref={option.setRefElement}
                    role="option"
                    aria-selected={selectedIndex === i}
                    className="cf-mention-option"
                    onMouseEnter={() => setHighlightedIndex(i)}
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => selectOptionAndCleanUp(option)}
                  >
                    <Group gap={6} wrap="nowrap" justify="space-between">
                      <Text fz="sm" truncate>
                        {option.entity.name}
                      </Text>
                      <Text fz={11} c="dimmed">
                        {option.entity.type}
                      </Text>
                    </Group>
                  </div>
                ))}
              </Paper>,
              anchor.current,
            )
          : null
      }
    />
  );
}
