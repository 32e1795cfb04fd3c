// The note editor's small toolbar. It only dispatches Lexical commands and reflects the selection's
// formats; everything it can do is also reachable by keyboard (Ctrl/Cmd+B/I/U, Markdown shortcuts).
import { $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import {
  $isListNode,
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  ListNode,
  REMOVE_LIST_COMMAND,
} from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $findMatchingParent, $getNearestNodeOfType, mergeRegister } from '@lexical/utils';
import { ActionIcon, Button, Group, Popover, TextInput, Tooltip } from '@mantine/core';
import {
  IconArrowBackUp,
  IconArrowForwardUp,
  IconAt,
  IconBlockquote,
  IconBold,
  IconH1,
  IconH2,
  IconItalic,
  IconLink,
  IconList,
  IconListNumbers,
  IconUnderline,
} from '@tabler/icons-react';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type TextFormatType,
} from 'lexical';
import { useEffect, useState, type ReactNode } from 'react';
import { normaliseLinkInput } from './linkUrl';

type Block = 'paragraph' | 'h1' | 'h2' | 'quote' | 'ul' | 'ol';

interface ToolbarState {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  link: boolean;
  block: Block;
}

const INITIAL: ToolbarState = { bold: false, italic: false, underline: false, link: false, block: 'paragraph' };

function $readState(): ToolbarState | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const anchor = selection.anchor.getNode();
  const top = anchor.getKey() === 'root' ? anchor : anchor.getTopLevelElementOrThrow();
  const list = $getNearestNodeOfType(anchor, ListNode);
  let block: Block = 'paragraph';
  if (list && $isListNode(list)) block = list.getListType() === 'number' ? 'ol' : 'ul';
  else if ($isHeadingNode(top) && (top.getTag() === 'h1' || top.getTag() === 'h2')) block = top.getTag() as 'h1' | 'h2';
  else if ($isQuoteNode(top)) block = 'quote';
  return {
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    underline: selection.hasFormat('underline'),
    link: Boolean($findMatchingParent(anchor, $isLinkNode)),
    block,
  };
}

function ToolButton({
  label,
  active,
  disabled,
  onClick,
  children,
}: {
  label: string;
  active?: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <Tooltip label={label} withArrow openDelay={400}>
      <ActionIcon
        variant={active ? 'light' : 'subtle'}
        color={active ? 'blue' : 'gray'}
        size="sm"
        aria-label={label}
        aria-pressed={active}
        disabled={disabled}
        // Keep the editor's selection: the button must not take focus on mousedown.
        onMouseDown={(event) => event.preventDefault()}
        onClick={onClick}
      >
        {children}
      </ActionIcon>
    </Tooltip>
  );
}

function LinkButton({ active }: { active: boolean }) {
  const [editor] = useLexicalComposerContext();
  const [opened, setOpened] = useState(false);
  const [draft, setDraft] = useState('');
  const url = normaliseLinkInput(draft);
  const apply = () => {
    if (!url) return;
    editor.dispatchCommand(TOGGLE_LINK_COMMAND, url);
    setOpened(false);
  };
  if (active) {
    return (
      <ToolButton label="Remove link" active onClick={() => editor.dispatchCommand(TOGGLE_LINK_COMMAND, null)}>
        <IconLink size={15} />
      </ToolButton>
    );
  }
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom" withArrow trapFocus>
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="sm"
          aria-label="Link"
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => (setDraft(''), setOpened((o) => !o))}
        >
          <IconLink size={15} />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Group gap={6} wrap="nowrap">
          <TextInput
            size="xs"
            placeholder="https://…"
            aria-label="Link address"
            value={draft}
            onChange={(e) => setDraft(e.currentTarget.value)}
            onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), apply())}
            error={draft && !url ? 'Only http(s) links' : undefined}
          />
          <Button size="xs" disabled={!url} onClick={apply}>
            Link
          </Button>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}

export function Toolbar() {
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState<ToolbarState>(INITIAL);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          const next = editorState.read($readState);
          if (next) setState(next);
        }),
        editor.registerCommand(CAN_UNDO_COMMAND, (can) => (setCanUndo(can), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (can) => (setCanRedo(can), false), COMMAND_PRIORITY_LOW),
      ),
    [editor],
  );

  const format = (type: TextFormatType) => editor.dispatchCommand(FORMAT_TEXT_COMMAND, type);
  const setBlock = (block: Block) => {
    if (block === 'ul' || block === 'ol') {
      editor.dispatchCommand(
        state.block === block
          ? REMOVE_LIST_COMMAND
          : block === 'ul'
            ? INSERT_UNORDERED_LIST_COMMAND
            : INSERT_ORDERED_LIST_COMMAND,
        undefined,
      );
      return;
    }
    editor.update(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
      const target = state.block === block ? 'paragraph' : block;
      $setBlocksType(selection, () =>
        target === 'paragraph'
          ? $createParagraphNode()
          : target === 'quote'
            ? $createQuoteNode()
            : $createHeadingNode(target),
      );
    });
  };
  const mention = () => {
    editor.focus();
    editor.update(() => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.insertText(selection.anchor.offset > 0 ? ' @' : '@');
    });
  };

  return (
    <Group gap={2} className="cf-editor-toolbar" role="toolbar" aria-label="Formatting">
      <ToolButton label="Bold (Ctrl+B)" active={state.bold} onClick={() => format('bold')}>
        <IconBold size={15} />
      </ToolButton>
      <ToolButton label="Italic (Ctrl+I)" active={state.italic} onClick={() => format('italic')}>
        <IconItalic size={15} />
      </ToolButton>
      <ToolButton label="Underline (Ctrl+U)" active={state.underline} onClick={() => format('underline')}>
        <IconUnderline size={15} />
      </ToolButton>
      <ToolButton label="Heading" active={state.block === 'h1'} onClick={() => setBlock('h1')}>
        <IconH1 size={15} />
      </ToolButton>
      <ToolButton label="Subheading" active={state.block === 'h2'} onClick={() => setBlock('h2')}>
        <IconH2 size={15} />
      </ToolButton>
      <ToolButton label="Quote" active={state.block === 'quote'} onClick={() => setBlock('quote')}>
        <IconBlockquote size={15} />
      </ToolButton>
      <ToolButton label="Bulleted list" active={state.block === 'ul'} onClick={() => setBlock('ul')}>
        <IconList size={15} />
      </ToolButton>
      <ToolButton label="Numbered list" active={state.block === 'ol'} onClick={() => setBlock('ol')}>
        <IconListNumbers size={15} />
      </ToolButton>
      <LinkButton active={state.link} />
      <ToolButton label="Mention an entity (@)" onClick={mention}>
        <IconAt size={15} />
      </ToolButton>
      <ToolButton
        label="Undo (Ctrl+Z)"
        disabled={!canUndo}
        onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
      >
        <IconArrowBackUp size={15} />
      </ToolButton>
      <ToolButton
        label="Redo (Ctrl+Shift+Z)"
        disabled={!canRedo}
        onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
      >
        <IconArrowForwardUp size={15} />
      </ToolButton>
    </Group>
  );
}
