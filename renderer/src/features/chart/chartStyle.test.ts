import { DEFAULT_THEME } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { chartStylesheet } from './chartStyle';

/** What the rules for a selector set, merged in order, as cytoscape applies them. */
function styleOf(sheet: ReturnType<typeof chartStylesheet>, selector: string): Record<string, unknown> {
  return Object.assign(
    {},
    ...(sheet as { selector: string; style: Record<string, unknown> }[])
      .filter((rule) => rule.selector === selector)
      .map((rule) => rule.style),
  );
}

describe('chartStylesheet', () => {
  it('draws a small chart’s links with their labels and credibility as dashes', () => {
    const links = styleOf(chartStylesheet(DEFAULT_THEME, 'light'), 'edge.relationship');
    expect(links).toMatchObject({ label: 'data(label)', 'line-style': 'data(lineStyle)', 'curve-style': 'bezier' });
  });

  it('draws a large chart’s links straight, solid and unlabelled, credibility as opacity', () => {
    const links = styleOf(chartStylesheet(DEFAULT_THEME, 'dark', true), 'edge.relationship');
    expect(links).toMatchObject({ 'line-opacity': 'data(opacity)', 'curve-style': 'straight' });
    expect(links['line-style']).toBeUndefined(); // cytoscape's default: solid
    // No label properties at all: cytoscape applies each one to every link.
    expect(Object.keys(links).filter((k) => k === 'label' || k.startsWith('text-') || k.includes('font'))).toEqual([]);
  });
});
