// The chart's look: each entity type's icon and colour (the same as in every list), links coloured
// by their grade's reliability letter, co-mentions faint, and colours that read in both themes.
import type { MantineTheme } from '@mantine/core';
import type { StylesheetJson } from 'cytoscape';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ENTITY_TYPES } from '../../../../shared/contract/vocabulary';
import { ENTITY_TYPE_INFO } from '../../ui/entities/entityTypes';
import { gradeColor } from '../../ui/grades/grades';

/** The type's icon as an SVG data URI (drawn by cytoscape on the node; data: images are in the CSP). */
function iconUri(type: (typeof ENTITY_TYPES)[number]): string {
  const svg = renderToStaticMarkup(
    createElement(ENTITY_TYPE_INFO[type].icon, {
      size: 24,
      color: '#ffffff',
      stroke: 1.8,
      xmlns: 'http://www.w3.org/2000/svg',
    }),
  );
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
}

/**
 * Above this many links a chart is drawn for speed: straight links (a bundled bezier makes
 * cytoscape find every link's parallel links, which around a hub of thousands of links is most of
 * the cost of placing and drawing 10,000 of them), no link labels on the canvas (measuring
 * 10,000 rotated labels is the other big cost; a link's type shows when it is clicked, and in the
 * list view), and solid links, fainter for less credible information, instead of dashes and dots.
 */
export const LARGE_CHART_EDGES = 1500;

export function chartStylesheet(theme: MantineTheme, scheme: 'light' | 'dark', large = false): StylesheetJson {
  const text = scheme === 'dark' ? theme.colors.dark[0] : theme.colors.dark[7];
  const textBackground = scheme === 'dark' ? theme.colors.dark[7] : '#ffffff';
  const faint = scheme === 'dark' ? theme.colors.dark[3] : theme.colors.gray[5];
  const focus = theme.colors.blue[scheme === 'dark' ? 4 : 7];
  const shade = scheme === 'dark' ? 5 : 7;
  const style: StylesheetJson = [
    {
      selector: 'node.entity',
      style: {
        width: 34,
        height: 34,
        label: 'data(label)',
        color: text,
        'font-size': 11,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-background-color': textBackground,
        'text-background-opacity': 0.8,
        'text-background-padding': '2px',
        'text-max-width': '140px',
        'text-wrap': 'ellipsis',
        'background-fit': 'none',
        'background-width': '60%',
        'background-height': '60%',
        'min-zoomed-font-size': 7,
        'border-width': 0,
      },
    },
    ...ENTITY_TYPES.map((type) => ({
      selector: `node.type-${type}`,
      style: {
        'background-color': theme.colors[ENTITY_TYPE_INFO[type].color]![shade]!,
        'background-image': iconUri(type),
      },
    })),
    {
      selector: 'node.type-group',
      style: {
        label: 'data(label)',
        'text-valign': 'top',
        'font-size': 12,
        color: faint,
        'background-opacity': 0.06,
        'background-color': faint,
        'border-width': 1,
        'border-style': 'dashed',
        'border-color': faint,
        shape: 'round-rectangle',
      },
    },
    {
      selector: 'edge.relationship',
      style: {
        width: 'data(width)',
        'target-arrow-shape': 'triangle',
        'line-color': faint,
        'target-arrow-color': faint,
        // Above co-mentions: where both join the same pair, a click means the recorded relationship.
        'z-index': 10,
        // A large chart's links have no label properties at all, not even empty ones: cytoscape
        // applies every property of every rule to each of 10,000 links, one at a time.
        ...(large
          ? {
              'curve-style': 'straight' as const,
              'arrow-scale': 0.8,
              // Solid lines (cytoscape's default line style): dotted and dashed ones cost the most to
              // draw, since the canvas strokes every dot, and at the zoom that shows a whole large
              // chart a dotted link is hundreds of dots a fraction of a pixel apart (the page's own
              // time to show 2,000 entities and 10,000 dotted links fell from about 3.6 s to 2.2 s of
              // CPU once they were solid). Less credible information draws fainter instead.
              'line-opacity': 'data(opacity)' as never,
            }
          : {
              'line-style': 'data(lineStyle)' as never,
              'curve-style': 'bezier' as const,
              label: 'data(label)',
              'font-size': 9,
              color: text,
              'text-rotation': 'autorotate' as const,
              'text-background-color': textBackground,
              'text-background-opacity': 0.8,
              'min-zoomed-font-size': 8,
            }),
      },
    },
    ...(['A', 'B', 'C', 'D', 'E'] as const).map((letter) => {
      const colour = theme.colors[gradeColor(letter)]![shade]!;
      return { selector: `edge.grade-${letter}`, style: { 'line-color': colour, 'target-arrow-color': colour } };
    }),
    {
      selector: 'edge.co-mention',
      style: { width: 'data(width)', 'line-color': faint, opacity: 0.35, 'curve-style': 'haystack', 'z-index': 1 },
    },
    { selector: 'node.pinned', style: { 'border-width': 3, 'border-style': 'double', 'border-color': text } },
    { selector: ':selected', style: { 'overlay-color': focus, 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
    { selector: '.keyboard-focus', style: { 'underlay-color': focus, 'underlay-opacity': 0.5, 'underlay-padding': 8 } },
    {
      selector: '.eh-handle',
      style: {
        'background-color': focus,
        width: 12,
        height: 12,
        shape: 'ellipse',
        'overlay-opacity': 0,
        'border-width': 0,
      },
    },
    {
      selector: '.eh-ghost-edge, .eh-preview',
      style: { 'line-color': focus, 'target-arrow-color': focus, 'target-arrow-shape': 'triangle', width: 2 },
    },
  ];
  return style;
}
