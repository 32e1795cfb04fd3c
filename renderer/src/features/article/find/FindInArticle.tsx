// Find in the article (Ctrl/Cmd+F on the article screen: the app's search shortcut focuses a
// screen's own search field, and this is the reader's; Search stays on Alt+6 and '/'). Matches
// are painted with the CSS Custom Highlight API, so the article's DOM (excerpt and mention marks)
// is never touched; Enter and Shift+Enter step through them, and the count says where you are.
import { ActionIcon, Group, Text, TextInput } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSearch, IconX } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { findMatches } from './findMatches';
import './find.css';

const ALL = 'casefile-find';
const CURRENT = 'casefile-find-current';

interface HighlightRegistry {
  set(name: string, value: unknown): void;
  delete(name: string): void;
}
const registry = (): HighlightRegistry | null =>
  typeof CSS !== 'undefined' && 'highlights' in CSS
    ? (CSS as unknown as { highlights: HighlightRegistry }).highlights
    : null;
const HighlightCtor = (globalThis as unknown as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;

/** A DOM Range over the text nodes of `root` for text offsets [start, end). */
function rangeAt(root: HTMLElement, start: number, end: number): Range | null {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let seen = 0;
  let started = false;
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    const next = seen + node.data.length;
    if (!started && start < next) {
      range.setStart(node, start - seen);
      started = true;
    }
    if (started && end <= next) {
      range.setEnd(node, end - seen);
      return range;
    }
    seen = next;
  }
  return null;
}

export function FindInArticle({ text }: { text: string }) {
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(0);
  const matches = useMemo(() => findMatches(text, query), [text, query]);
  const current = matches.length ? Math.min(index, matches.length - 1) : -1;

  useEffect(() => {
    const highlights = registry();
    const root = document.querySelector<HTMLElement>('[data-testid="article-text"]');
    if (!highlights || !HighlightCtor || !root) return;
    const ranges = matches.map((m) => rangeAt(root, m.start, m.end)).filter((r): r is Range => r !== null);
    highlights.set(ALL, new HighlightCtor(...ranges));
    const active = current >= 0 ? ranges[current] : undefined;
    if (active) {
      highlights.set(CURRENT, new HighlightCtor(active));
      active.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    } else highlights.delete(CURRENT);
    return () => {
      highlights.delete(ALL);
      highlights.delete(CURRENT);
    };
  }, [matches, current]);

  const step = (by: number) => {
    if (matches.length) setIndex((i) => (Math.min(i, matches.length - 1) + by + matches.length) % matches.length);
  };
  return (
    <Group gap={4} wrap="nowrap" data-testid="find-in-article">
      <TextInput
        size="xs"
        w={180}
        placeholder="Find in article"
        aria-label="Find in article"
        data-shortcut="search"
        leftSection={<IconSearch size={12} />}
        value={query}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setIndex(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
            e.preventDefault();
            step(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') {
            setQuery('');
            e.currentTarget.blur();
          }
        }}
        rightSection={
          query ? (
            <ActionIcon size="xs" variant="subtle" color="gray" aria-label="Clear find" onClick={() => setQuery('')}>
              <IconX size={12} />
            </ActionIcon>
          ) : null
        }
      />
      {query.trim() && (
        <Text size="xs" c={matches.length ? 'dimmed' : 'red'} data-testid="find-count" style={{ whiteSpace: 'nowrap' }}>
          {matches.length ? `${current + 1} of ${matches.length}` : 'No match'}
        </Text>
      )}
      <ActionIcon
        size="sm"
        variant="subtle"
        color="gray"
        aria-label="Previous match"
        disabled={!matches.length}
        onClick={() => step(-1)}
      >
        <IconChevronUp size={14} />
      </ActionIcon>
      <ActionIcon
        size="sm"
        variant="subtle"
        color="gray"
        aria-label="Next match"
        disabled={!matches.length}
        onClick={() => step(1)}
      >
        <IconChevronDown size={14} />
      </ActionIcon>
    </Group>
  );
}
