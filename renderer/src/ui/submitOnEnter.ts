// Enter submits a one-line field, except while an input method is composing: there Enter picks a
// Hangul or Han character, and submitting would send half a word.
import type { KeyboardEvent } from 'react';

export function submitOnEnter(submit: () => void) {
  return (e: KeyboardEvent) => {
    if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      submit();
    }
  };
}
