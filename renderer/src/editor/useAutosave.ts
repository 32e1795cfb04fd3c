// Saving a note as the analyst types: ~600 ms after the last change, one save at a time, the latest
// value always wins, and a change still waiting when the editor closes is saved then (switching to
// another excerpt must never lose the last words typed), as is one waiting when the window is left.
import { useCallback, useEffect, useRef, useState } from 'react';
import { showError } from '../ui/notify';
import type { RichTextValue } from './richTextValue';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';
export const AUTOSAVE_DELAY_MS = 600;

export function useAutosave(
  save: ((value: RichTextValue) => Promise<unknown>) | undefined,
  delayMs = AUTOSAVE_DELAY_MS,
) {
  const [status, setStatus] = useState<SaveStatus>('idle');
  const saveRef = useRef(save);
  const pending = useRef<RichTextValue | null>(null);
  const inflight = useRef<Promise<void>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const flush = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    inflight.current = inflight.current.then(async () => {
      const value = pending.current;
      const write = saveRef.current;
      if (!value || !write) return;
      pending.current = null;
      setStatus('saving');
      try {
        await write(value);
        setStatus(pending.current ? 'pending' : 'saved');
      } catch (error) {
        pending.current ??= value;
        setStatus('error');
        showError(error, 'The note was not saved');
      }
    });
    return inflight.current;
  }, []);

  const schedule = useCallback(
    (value: RichTextValue) => {
      pending.current = value;
      setStatus('pending');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [delayMs, flush],
  );

  useEffect(() => () => void flush(), [flush]);

  // Leaving (reload, closing the window) or switching away saves what is waiting at once, rather
  // than 600 ms later when the page may be gone. The local draft (ui/drafts) covers the rest.
  useEffect(() => {
    const now = () => void flush();
    const hidden = () => document.visibilityState === 'hidden' && now();
    window.addEventListener('pagehide', now);
    window.addEventListener('beforeunload', now);
    window.addEventListener('blur', now);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('pagehide', now);
      window.removeEventListener('beforeunload', now);
      window.removeEventListener('blur', now);
      document.removeEventListener('visibilitychange', hidden);
    };
  }, [flush]);

  return { status, schedule, flush };
}
