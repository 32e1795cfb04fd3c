// The span waiting to be tagged. The selection toolbar that starts tagging disappears as soon as
// the selection does (a click in a dialog clears it), so the request lives here, outside it, and
// the dialog mounted with the mentions panel picks it up.
import { useSyncExternalStore } from 'react';

export interface TagRequest {
  articleId: string;
  /** Code-point offsets into the article's text. */
  start: number;
  end: number;
  text: string;
}

let current: TagRequest | null = null;
const listeners = new Set<() => void>();

export function requestTagEntity(request: TagRequest | null): void {
  current = request;
  listeners.forEach((fn) => fn());
}

export function useTagRequest(): TagRequest | null {
  return useSyncExternalStore(
    (fn) => {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    () => current,
  );
}
