import { useEffect } from 'react';
import type { Reliability } from '../../../../shared/domain/admiralty';
import { ratingLetterFromKey } from './ratingHotkey';

/** While `enabled`, a bare A–F key press (outside text fields) calls `onLetter`. */
export function useRatingHotkeys(enabled: boolean, onLetter: (letter: Reliability) => void): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      const letter = ratingLetterFromKey({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        targetTag: target?.tagName ?? '',
        targetEditable: target?.isContentEditable ?? false,
      });
      if (!letter) return;
      event.preventDefault();
      onLetter(letter);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled, onLetter]);
}
