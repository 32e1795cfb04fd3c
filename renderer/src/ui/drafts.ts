// Nothing typed is lost: what the analyst types into a note, a summary or a new article is written
// to this window's local storage at every change, synchronously, before any save to the library
// is even scheduled. A reload, a crash or a restart in the middle of typing leaves the draft here;
// the editor offers it back until it is saved or discarded. localStorage survives restarts of the
// desktop window and of the browser host (same origin), and a write is done before the next key.
const PREFIX = 'casefile.draft.';

export interface Draft<T> {
  value: T;
  /** When it was last typed (ISO time), to say how old the offered draft is. */
  at: string;
}

export function writeDraft<T>(key: string, value: T): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify({ value, at: new Date().toISOString() } satisfies Draft<T>));
  } catch (error) {
    // Storage full or disabled: the save to the library still runs; only the safety net is missing.
    console.warn('Could not keep a draft', error);
  }
}

export function readDraft<T>(key: string): Draft<T> | null {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<Draft<T>>;
    return parsed && 'value' in parsed && typeof parsed.at === 'string' ? (parsed as Draft<T>) : null;
  } catch {
    return null;
  }
}

export function clearDraft(key: string): void {
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    // nothing to clear
  }
}
