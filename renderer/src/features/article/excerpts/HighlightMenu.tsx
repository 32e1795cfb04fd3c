// The right-click menu of a highlight in the article text: the excerpt's own actions (open it and
// its note, credibility, tag an entity on its span, add to a case, delete with undo), the same ones
// the excerpt panel and the Excerpts list offer. Kept inside the window by ui/ContextMenu.
import { Menu } from '@mantine/core';
import { IconBriefcase, IconGauge, IconNote, IconTag, IconTrash } from '@tabler/icons-react';
import type { Excerpt } from '../../../../../shared/contract/schemas';
import { CREDIBILITY, CREDIBILITY_VALUES } from '../../../../../shared/domain/admiralty';
import { requestAddToCase } from '../../../ui/addToCase';
import { deleteExcerptWithUndo, setCredibilityWithUndo } from '../../../ui/excerptUndo';
import type { ExcerptWorkspace } from './useExcerptWorkspace';

export interface SpanToTag {
  start: number;
  end: number;
  text: string;
}

const shortQuote = (text: string) => (text.length > 48 ? `${text.slice(0, 47)}…` : text);

export function HighlightMenuItems({
  excerpt: e,
  workspace: ws,
  onTagSpan,
}: {
  excerpt: Excerpt;
  workspace: ExcerptWorkspace;
  onTagSpan?: (span: SpanToTag) => void;
}) {
  const openNote = () => ws.openNote(e.id);
  return (
    <>
      <Menu.Label>
        {e.grade} · “{shortQuote(e.exact)}”
      </Menu.Label>
      <Menu.Item leftSection={<IconNote size={14} />} onClick={openNote}>
        Open excerpt and note
      </Menu.Item>
      <Menu.Sub>
        <Menu.Sub.Target>
          <Menu.Sub.Item leftSection={<IconGauge size={14} />}>Credibility</Menu.Sub.Item>
        </Menu.Sub.Target>
        <Menu.Sub.Dropdown data-testid="highlight-credibility-menu">
          {CREDIBILITY_VALUES.map((v) => (
            <Menu.Item
              key={v}
              onClick={() => void setCredibilityWithUndo([e], v)}
              rightSection={e.credibility === v ? '✓' : undefined}
            >
              {v} – {CREDIBILITY[v].label}
            </Menu.Item>
          ))}
        </Menu.Sub.Dropdown>
      </Menu.Sub>
      {onTagSpan && (
        <Menu.Item
          leftSection={<IconTag size={14} />}
          onClick={() => onTagSpan({ start: e.start, end: e.end, text: e.exact })}
        >
          Tag entity…
        </Menu.Item>
      )}
      <Menu.Item leftSection={<IconBriefcase size={14} />} onClick={() => requestAddToCase([e.id])}>
        Add to case…
      </Menu.Item>
      <Menu.Divider />
      <Menu.Item
        color="red"
        leftSection={<IconTrash size={14} />}
        onClick={() => {
          if (ws.current?.id === e.id) ws.open(undefined);
          void deleteExcerptWithUndo(e);
        }}
      >
        Delete excerpt
      </Menu.Item>
    </>
  );
}
