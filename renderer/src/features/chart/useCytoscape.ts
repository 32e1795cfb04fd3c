// One cytoscape instance per chart: created with the container, fed the chart's elements (keeping
// the positions of entities already placed, so expanding or filtering does not scramble the
// picture), laid out, restyled for the theme, and destroyed with the component.
import cytoscape, { type Core, type LayoutOptions } from 'cytoscape';
import edgehandles from 'cytoscape-edgehandles';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { ChartElement } from './chartElements';
import type { LayoutName } from './ChartToolbar';

cytoscape.use(fcose);
cytoscape.use(svg);
cytoscape.use(edgehandles);

export function layoutOptions(name: LayoutName, nodeCount: number, randomize: boolean): LayoutOptions {
  if (name === 'fcose') {
    // Large charts: 'draft' quality skips the slow polishing pass; placement stays readable.
    return {
      name: 'fcose',
      quality: nodeCount > 800 ? 'draft' : 'default',
      randomize,
      animate: false,
      nodeRepulsion: () => 8000,
      idealEdgeLength: () => 90,
      packComponents: true,
    } as LayoutOptions;
  }
  if (name === 'breadthfirst') return { name: 'breadthfirst', directed: true, spacingFactor: 1.1, animate: false };
  return { name: 'circle', animate: false, avoidOverlap: true };
}

export function useCytoscape(
  container: RefObject<HTMLDivElement | null>,
  elements: ChartElement[],
  layout: LayoutName,
  style: cytoscape.StylesheetJson,
): Core | null {
  const [cy, setCy] = useState<Core | null>(null);
  const lastLayout = useRef<LayoutName | null>(null);

  useEffect(() => {
    if (!container.current) return;
    // The stylesheet (it changes with the theme) is applied by the effect below, without recreating the chart.
    const instance = cytoscape({
      container: container.current,
      minZoom: 0.05,
      maxZoom: 4,
      wheelSensitivity: 0.3,
      // Panning and zooming a chart of thousands of links redraws a cached picture instead.
      textureOnViewport: true,
      hideEdgesOnViewport: false,
      boxSelectionEnabled: false,
    });
    setCy(instance);
    return () => {
      instance.destroy();
      setCy(null);
    };
  }, [container]);

  useEffect(() => {
    cy?.style(style);
  }, [cy, style]);

  useEffect(() => {
    if (!cy) return;
    const positions = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
    const locked = new Set(cy.nodes(':locked').map((n) => n.id()));
    let placedAll = true;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elements as cytoscape.ElementDefinition[]);
      cy.nodes().forEach((n) => {
        const at = positions.get(n.id());
        if (at && !n.isParent()) n.position(at);
        else if (!n.isParent()) placedAll = false;
        if (locked.has(n.id())) n.lock();
      });
    });
    const relayout = !placedAll || lastLayout.current !== layout;
    if (relayout && cy.nodes().length) {
      // data-layout tells tests and the benchmark when the entities have their places.
      container.current?.setAttribute('data-layout', 'running');
      const run = cy.layout(
        layoutOptions(layout, cy.nodes().length, positions.size === 0 || lastLayout.current !== layout),
      );
      run.one('layoutstop', () => container.current?.setAttribute('data-layout', 'done'));
      run.run();
      cy.fit(undefined, 30);
      // A handful of entities should not fill the screen at giant size.
      if (cy.zoom() > 1.2) {
        cy.zoom(1.2);
        cy.center();
      }
    }
    lastLayout.current = layout;
  }, [cy, elements, layout, container]);

  return cy;
}
