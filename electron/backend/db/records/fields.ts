// Field types shared by the record modules: the same checks for every kind's ids, hashes and times.
import { z } from 'zod';

export const id = z.uuid();
export const sha = z.string().regex(/^[0-9a-f]{64}$/);
export const text = z.string();
export const time = z.string().min(1);
export const tags = z.array(z.string().min(1));
export const partialDate = z.strictObject({ value: text, qualifier: text });
export const richText = z.strictObject({ json: text, text });
