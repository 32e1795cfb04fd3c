// No event is broadcast that nothing in the renderer handles: every event the contract names has a
// subscriber in the renderer's sources (`.on('name'`), read here as text so no module starts a host.
import { describe, expect, it } from 'vitest';
import { EVENT_NAMES } from '../../../shared/contract/events';

const sources = import.meta.glob(['../**/*.ts', '../**/*.tsx', '!../**/*.test.ts', '!../**/*.test.tsx'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

describe('contract events', () => {
  it('reads the renderer sources', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(50);
  });

  it.each(EVENT_NAMES)('%s has a subscriber in the renderer', (name) => {
    const subscribers = Object.entries(sources).filter(([, text]) => text.includes(`.on('${name}'`));
    expect(
      subscribers.map(([file]) => file),
      `nothing subscribes to ${name}`,
    ).not.toEqual([]);
  });
});
