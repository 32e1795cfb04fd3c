import { describe, expect, it } from 'vitest';
import { conflictTitle, differingFields } from './conflictDiff';

describe('differingFields', () => {
  it('lists only the fields whose values differ, ignoring bookkeeping', () => {
    const local = {
      id: 'x',
      name: 'Daily NK',
      url: 'https://dailynk.com',
      description: 'Seoul-based',
      updated_at: '2024-01-01',
    };
    const remote = {
      id: 'x',
      name: 'Daily NK',
      url: 'https://www.dailynk.com',
      description: 'Seoul-based',
      updated_at: '2024-02-01',
    };
    expect(differingFields(local, remote)).toEqual([
      { field: 'url', label: 'Url', local: 'https://dailynk.com', remote: 'https://www.dailynk.com' },
    ]);
  });
  it('compares rich text by its plain text, and 0/1 with false/true', () => {
    const local = { title: 'Case', summary_json: '{"a":1}', summary_text: 'Ours', archived: 0 };
    const remote = { title: 'Case', summary_json: '{"a":2}', summary_text: 'Theirs', archived: false };
    expect(differingFields(local, remote)).toEqual([
      { field: 'summary_text', label: 'Summary', local: 'Ours', remote: 'Theirs' },
    ]);
  });
  it('treats tags as a set and shows empty values as a dash', () => {
    expect(differingFields({ tags: ['b', 'a'] }, { tags: ['a', 'b'] })).toEqual([]);
    expect(differingFields({ event_date_qualifier: '' }, { event_date_qualifier: 'early' })).toEqual([
      { field: 'event_date_qualifier', label: 'Event date qualifier', local: '—', remote: 'early' },
    ]);
  });
});

describe('conflictTitle', () => {
  it('uses the title, the name or the quote', () => {
    expect(conflictTitle({ name: 'Kim Yo Jong' }, {})).toBe('Kim Yo Jong');
    expect(conflictTitle({}, { exact: 'On Mar. 6' })).toBe('On Mar. 6');
  });
});
