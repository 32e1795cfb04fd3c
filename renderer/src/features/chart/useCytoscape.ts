// One cytoscape instance per chart: created with the container, fed the chart's elements (keeping
// the positions of entities already placed, so expanding or filtering does not scramble the
// picture), laid out, restyled for the theme, and destroyed with the component. A large chart's
// force-directed layout runs in a Web Worker (forceLayout.ts) and its elements are added once,
// already in place, so the page never freezes and the canvas is drawn once, not once per step.
import cytoscape, { type Core, type LayoutOptions } from 'cytoscape';
import edgehandles from 'cytoscape-edgehandles';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { ChartElement } from './chartElements';
import type { LayoutName } from './ChartToolbar';
import type { LayoutReply, LayoutRequest } from './forceLayout';

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

/** Above this many entities or links, the force-directed layout is ForceAtlas2 in a worker instead of fcose. */
export const WORKER_LAYOUT_NODES = 400;
export const WORKER_LAYOUT_EDGES = 1500;
const WORKER_ITERATIONS = 100;

export function usesWorkerLayout(layout: LayoutName, nodes: number, edges: number): boolean {
  return layout === 'fcose' && (nodes > WORKER_LAYOUT_NODES || edges > WORKER_LAYOUT_EDGES);
}

export interface ChartCanvas {
  cy: Core | null;
  /** 0–1 while a layout runs in the worker; null when none does. */
  progress: number | null;
  /** Bumped each time the elements on the canvas change, for effects that decorate them. */
  revision: number;
}

type Position = { x: number; y: number };

const isEntity = (e: ChartElement) => e.group === 'nodes' && (e.classes ?? '').split(' ').includes('entity');

export function useCytoscape(
  container: RefObject<HTMLDivElement | null>,
  elements: ChartElement[],
  layout: LayoutName,
  style: cytoscape.StylesheetJson,
): ChartCanvas {
  const [cy, setCy] = useState<Core | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [revision, setRevision] = useState(0);
  const lastLayout = useRef<LayoutName | null>(null);
  const lastGrouped = useRef(false);

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
    const positions = new Map<string, Position>(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
    const locked = new Set(cy.nodes(':locked').map((n) => n.id()));
    const mark = (state: 'running' | 'done') => container.current?.setAttribute('data-layout', state);
    const fit = () => {
      cy.fit(undefined, 30);
      // A handful of entities should not fill the screen at giant size.
      if (cy.zoom() > 1.2) {
        cy.zoom(1.2);
        cy.center();
      }
    };
    const place = (at: (id: string) => Position | undefined) => {
      let placedAll = true;
      // Each entity is added already in its place (and pinned), rather than moved there afterwards,
      // which made cytoscape visit each moved entity's links once more.
      const parents = new Set(elements.flatMap((e) => (e.group === 'nodes' && e.data.parent ? [e.data.parent] : [])));
      const definitions = elements.map((e): cytoscape.ElementDefinition => {
        const id = String(e.data.id);
        if (e.group !== 'nodes' || parents.has(id)) return e as cytoscape.ElementDefinition;
        const p = at(id);
        if (!p) placedAll = false;
        return { ...(e as cytoscape.ElementDefinition), ...(p ? { position: { ...p } } : {}), locked: locked.has(id) };
      });
      cy.batch(() => {
        cy.elements().remove();
        cy.add(definitions.filter((d) => d.group === 'nodes'));
      });
      // Entities get their style before they have links: cytoscape walks an entity's links for each
      // of its style properties as it applies them, which around a hub of hundreds of links was a
      // quarter of styling a large chart. Reading a style property applies the entity's style.
      cy.nodes().forEach((n) => void n.numericStyle('width'));
      cy.batch(() => cy.add(definitions.filter((d) => d.group === 'edges')));
      setRevision((r) => r + 1);
      return placedAll;
    };

    const entities = elements.filter(isEntity);
    const edgeCount = elements.filter((e) => e.group === 'edges').length;
    const grouped = entities.some((e) => e.data.parent !== undefined);
    const newcomers = entities.some((e) => !positions.has(String(e.data.id)));
    // Grouping by type (or ungrouping) moves every entity into (or out of) its type's box.
    const relayout = newcomers || lastLayout.current !== layout || lastGrouped.current !== grouped;
    const randomize = positions.size === 0 || lastLayout.current !== layout;
    lastLayout.current = layout;
    lastGrouped.current = grouped;

    if (relayout && entities.length && usesWorkerLayout(layout, entities.length, edgeCount)) {
      // data-layout tells tests and the benchmark when the entities have their places.
      mark('running');
      setProgress(0);
      const worker = new Worker(new URL('./forceLayout.worker.ts', import.meta.url), { type: 'module' });
      const request: LayoutRequest = {
        nodes: entities.map((e) => {
          const id = String(e.data.id);
          const at = positions.get(id);
          return {
            id,
            ...(e.data.parent ? { parent: String(e.data.parent) } : {}),
            ...(at ? { x: at.x, y: at.y } : {}),
            ...(locked.has(id) ? { fixed: true } : {}),
          };
        }),
        edges: elements
          .filter((e) => e.group === 'edges')
          .map((e) => ({ source: String(e.data.source), target: String(e.data.target) })),
        randomize,
        iterations: WORKER_ITERATIONS,
      };
      // Should the worker fail, the chart is laid out here after all: slower, but never left unplaced.
      const inPlace = (reason: string) => {
        console.error('Chart layout in the worker failed:', reason);
        worker.terminate();
        setProgress(null);
        place((id) => positions.get(id));
        const run = cy.layout(layoutOptions(layout, entities.length, randomize));
        run.one('layoutstop', () => mark('done'));
        run.run();
        fit();
      };
      worker.onerror = (event) => inPlace(event.message || 'the worker did not start');
      worker.onmessage = (event: MessageEvent<LayoutReply>) => {
        const reply = event.data;
        if (reply.type === 'progress') {
          setProgress(reply.done / reply.total);
          return;
        }
        if (reply.type === 'error') return inPlace(reply.message);
        worker.terminate();
        setProgress(null);
        // Pinned entities stay where the analyst put them.
        place((id) => (locked.has(id) ? positions.get(id) : (reply.positions[id] ?? positions.get(id))));
        fit();
        mark('done');
      };
      worker.postMessage(request);
      // A newer chart (a filter, an expansion) supersedes this layout: stop it.
      return () => {
        worker.terminate();
        setProgress(null);
      };
    }

    const placedAll = place((id) => positions.get(id));
    if ((relayout || !placedAll) && cy.nodes().length) {
      mark('running');
      const run = cy.layout(layoutOptions(layout, cy.nodes().length, randomize));
      run.one('layoutstop', () => mark('done'));
      run.run();
      fit();
    }
    return undefined;
  }, [cy, elements, layout, container]);

  return { cy, progress, revision };
}
