// "Add to case" from anywhere (Shift+C, the command palette) acts on what the current screen has
// selected. A screen with a selection registers a getter while it is shown; otherwise the route
// says what is open (an article, a source, an entity), so screens that register nothing still work.
import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { Route } from '../../app/route';

type Getter = () => string[];
const getters: Getter[] = [];

/** Registers the current screen's selection for as long as the component is mounted. */
export function useCaseSelection(getIds: Getter): void {
  const latest = useRef(getIds);
  useEffect(() => {
    latest.current = getIds;
  });
  useEffect(() => {
    const getter: Getter = () => latest.current();
    getters.push(getter);
    return () => {
      getters.splice(getters.indexOf(getter), 1);
    };
  }, []);
}

function routeIds(route: Route): string[] {
  switch (route.screen) {
    case 'article':
      return route.excerptId ? [route.excerptId] : [route.id];
    case 'sources':
    case 'entities':
      return route.id ? [route.id] : [];
    default:
      return [];
  }
}

export function currentCaseSelection(route: Route): string[] {
  for (let i = getters.length - 1; i >= 0; i--) {
    const ids = getters[i]!();
    if (ids.length) return ids;
  }
  return routeIds(route);
}

// The "Add to case" dialog's request: which ids, or null when closed.
let request: string[] | null = null;
const listeners = new Set<() => void>();
function setRequest(next: string[] | null): void {
  request = next;
  listeners.forEach((fn) => fn());
}
export const requestAddToCase = (ids: string[]) => setRequest(ids);
export const closeAddToCase = () => setRequest(null);
export function useAddToCaseRequest(): string[] | null {
  return useSyncExternalStore(
    (fn) => {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    () => request,
  );
}
