import { hash } from 'node:crypto';

/** One-shot hashing: several times cheaper than createHash for the small inputs hashed in bulk. */
export function sha256Hex(data: string | Uint8Array): string {
  return hash('sha256', data, 'hex');
}
