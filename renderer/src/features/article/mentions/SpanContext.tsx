import { sentenceContextAt } from '../../../../../shared/domain/kwic';
import { Kwic } from '../../../ui/Kwic';

/**
 * An occurrence in its sentence (keyword in context), the occurrence marked; offsets in code points.
 * A long sentence is cut about 80 characters either side, so the panel stays a list to scan.
 */
export function SpanContext({ text, start, end }: { text: string; start: number; end: number }) {
  return <Kwic {...sentenceContextAt(text, start, end, 80)} />;
}
