// Typing "@" in a note suggests entities by name or alias (entities.list {query} matches both);
// choosing one replaces "@query" with an EntityMentionNode through INSERT_ENTITY_MENTION_COMMAND.
// A name no entity has can be created in place, as the type its words suggest or another.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  LexicalTypeaheadMenuPlugin,
  MenuOption,
  useBasicTypeaheadTriggerMatch,
} from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { Group, Paper, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import {
  $createTextNode,
  $getSelection,
  $insertNodes,
  $isRangeSelection,
  COMMAND_PRIORITY_EDITOR,
  type TextNode,
} from 'lexical';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Entity } from '../../../../shared/contract/schemas';
import { normalizeAlias } from '../../../../shared/domain/aliases';
import { guessEntityType } from '../../../../shared/domain/candidates';
import { api } from '../../api/client';
import { invalidateAfter, useCall } from '../../api/hooks';
import { showError } from '../../ui/notify';
import { INSERT_ENTITY_MENTION_COMMAND } from '../commands';
import { $createEntityMentionNode } from '../EntityMentionNode';

const MAX_SUGGESTIONS = 8;

type EntityTypeName = Entity['type'];
const CREATE_TYPES: EntityTypeName[] = ['person', 'organization', 'location', 'facility'];

class EntityOption extends MenuOption {
  constructor(readonly entity: Entity) {
    super(entity.id);
  }
}

/** "Create “name” as a person": makes the entity, then mentions it. */
class CreateOption extends MenuOption {
  constructor(
    readonly name: string,
    readonly type: EntityTypeName,
  ) {
    super(`create:${type}`);
  }
}

type Option = EntityOption | CreateOption;

function createOptions(query: string, found: Entity[]): CreateOption[] {
  const name = query.trim();
  if (!name) return [];
  const taken = found.some((e) =>
    [e.name, ...e.aliases.map((a) => a.text)].some((n) => normalizeAlias(n) === normalizeAlias(name)),
  );
  if (taken) return [];
  const guess = guessEntityType(name);
  const types = guess ? [guess, ...CREATE_TYPES.filter((t) => t !== guess)] : CREATE_TYPES;
  return types.map((t) => new CreateOption(name, t));
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
  const found = useCall(
    'entities.list',
    { query: (debounced ?? '').trim() },
    { enabled: debounced !== null, placeholderData: keepPreviousData },
  );
  const options = useMemo<Option[]>(() => {
    const entities = found.data?.items ?? [];
    const known = entities.slice(0, MAX_SUGGESTIONS).map((e) => new EntityOption(e));
    // Only once the list answers for what was typed, so a stale list never offers a duplicate.
    const settled = !found.isFetching && debounced === query;
    return settled ? [...known, ...createOptions(query ?? '', entities)] : known;
  }, [found.data, found.isFetching, debounced, query]);

  const onSelectOption = useCallback(
    (option: Option, queryNode: TextNode | null, closeMenu: () => void) => {
      if (option instanceof EntityOption) {
        editor.update(() => {
          queryNode?.remove();
          editor.dispatchCommand(INSERT_ENTITY_MENTION_COMMAND, {
            entityId: option.entity.id,
            name: option.entity.name,
          });
        });
        closeMenu();
        return;
      }
      editor.update(() => queryNode?.remove());
      closeMenu();
      void api.call('entities.create', { name: option.name, type: option.type }).then(
        (entity) => {
          void invalidateAfter('entities.create');
          editor.update(() => {
            editor.dispatchCommand(INSERT_ENTITY_MENTION_COMMAND, { entityId: entity.id, name: entity.name });
          });
        },
        (error) => showError(error, `“${option.name}” was not created`),
      );
    },
    [editor],
  );

  return (
    <LexicalTypeaheadMenuPlugin<Option>
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
                    {found.isFetching ? 'Looking…' : 'Type a name or alias.'}
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
                    {option instanceof EntityOption ? (
                      <Group gap={6} wrap="nowrap" justify="space-between">
                        <Text fz="sm" truncate>
                          {option.entity.name}
                        </Text>
                        <Text fz={11} c="dimmed">
                          {option.entity.type}
                        </Text>
                      </Group>
                    ) : (
                      <Text fz="sm" truncate data-testid="mention-create">
                        Create “{option.name}” as {option.type}
                      </Text>
                    )}
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
