// `romanise.text`: Hangul in one system, for scripts (casefile romanise) and previews. No library
// state is read; a text that ODNI cannot take (it only romanises names) gets a message saying so.
import { ContractError } from '../../../shared/contract/errors';
import type { MethodOutput, ParsedInput } from '../../../shared/contract/methods';
import { romaniseName, splitKoreanName } from '../../../shared/domain/korean/names';
import { hasHangul, keptAsWritten, romaniseText } from '../../../shared/domain/korean/romanise';

export function romaniseForScript(input: ParsedInput<'romanise.text'>): MethodOutput<'romanise.text'> {
  const { text, system, diacritics } = input;
  if (!hasHangul(text)) {
    throw new ContractError(
      'invalid_input',
      `"${text.slice(0, 80)}" has no Hangul syllables to romanise. Give Korean text such as 김여정 (jamo such as ㄱㅏ must form syllables).`,
    );
  }
  if (system === 'odni') {
    const name = splitKoreanName(text);
    if (!name) {
      throw new ContractError(
        'invalid_input',
        'ODNI ICS-630-01 romanises personal names only: give 2–5 Hangul syllables, surname first (e.g. 김여정 or 선우 학원). Use --system mr for other text.',
      );
    }
    return { text, system, romanised: romaniseName(name, 'odni', { diacritics }), kept: [] };
  }
  return { text, system, romanised: romaniseText(text, system, { diacritics }), kept: keptAsWritten(text) };
}
