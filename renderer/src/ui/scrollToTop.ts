import { useLayoutEffect, useRef } from 'react';

/**
 * A ref for an element (a page's tab strip) that is scrolled to the top of its scroller whenever
 * `when` turns true: a tab whose content fills the window, like a link chart, is then seen whole
 * instead of starting below the page's header and summary.
 */
export function useScrollToTopWhen<T extends HTMLElement>(when: boolean) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    if (when) ref.current?.scrollIntoView({ block: 'start' });
  }, [when]);
  return ref;
}
