// The case title, renamed in place: Enter or leaving the field saves, Escape puts it back.
import { TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useAction } from '../../api/hooks';

export function CaseTitle({ id, title }: { id: string; title: string }) {
  const [draft, setDraft] = useState(title);
  const rename = useAction('cases.update');
  useEffect(() => setDraft(title), [title]);

  function save() {
    const next = draft.trim();
    if (!next) return setDraft(title);
    if (next !== title) rename.mutate({ id, title: next }, { onError: () => setDraft(title) });
  }

  return (
    <TextInput
      variant="unstyled"
      size="lg"
      fw={600}
      aria-label="Case title (edit to rename)"
      title="Click to rename"
      value={draft}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={save}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          e.currentTarget.blur();
        } else if (e.key === 'Escape') {
          setDraft(title);
          // Blurring after the reset saves nothing, since the draft equals the title again.
          requestAnimationFrame(() => (e.target as HTMLInputElement).blur());
        }
      }}
      styles={{ input: { fontWeight: 600, fontSize: 'var(--mantine-font-size-xl)' } }}
    />
  );
}
