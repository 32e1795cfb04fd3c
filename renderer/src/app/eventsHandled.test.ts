// Nothing the hosts offer goes unused: every event the contract names has a subscriber in the
// renderer's sources (`.on('name'`), and every capability a host advertises is read outside the
// module that advertises it (`capabilities.flag`). The sources are read as text so no module starts a host.
import { describe, expect, it } from 'vitest';
import { EVENT_NAMES } from '../../../shared/contract/events';
import { HOST_CAPABILITY_FLAGS } from '../../../shared/contract/facade';

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

describe('host capabilities', () => {
  it.each(HOST_CAPABILITY_FLAGS)('%s is read by the renderer', (flag) => {
    const readers = Object.entries(sources).filter(
      ([file, text]) => !file.endsWith('/api/client.ts') && text.includes(`capabilities.${flag}`),
    );
    expect(
      readers.map(([file]) => file),
      `nothing reads ${flag}`,
    ).not.toEqual([]);
  });
});
