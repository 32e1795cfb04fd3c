// Keys A–F start a rating of the selected source. Only a bare letter counts: Ctrl+A (select all),
// Cmd+F (find) and typing in any field must keep their usual meaning.
import { isReliability, type Reliability } from '../../../../shared/domain/admiralty';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** the focused element's tag name, upper case ('INPUT', 'DIV'...) */
  targetTag: string;
  targetEditable: boolean;
}

const TYPING_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

export function ratingLetterFromKey(e: KeyLike): Reliability | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (TYPING_TAGS.has(e.targetTag) || e.targetEditable) return null;
  if (e.key.length !== 1) return null;
  const letter = e.key.toUpperCase();
  return isReliability(letter) ? letter : null;
}
