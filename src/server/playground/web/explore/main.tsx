/**
 * `/explore`: pick two entities, see the shortest paths between them, read the
 * evidence of each relation, expand nodes and browse the articles behind them.
 * Talks only to `/graphql`. `?from=ID&to=ID&hops=N` opens a given search,
 * `?event=ID` an event with its reports by publisher.
 */
import './explore.css';
import type { Core } from 'cytoscape';
import {
  ENTITY_QUERY,
  NEIGHBORHOOD_QUERY,
  PATHS_QUERY,
  type EntityRef,
  type EntityResult,
  type NeighborhoodResult,
  type PathsResult,
  type RelationView,
} from './queries';
import { query } from '../shared/graphql-client';
import { button, errorMessage, h, replace } from './dom';
import { EntityPicker } from './entity-picker';
import { GraphView } from './graph-view';
import { DetailsPanel, entityView } from './views';

declare global {
  interface Window {
    /** For end-to-end tests: the graph, to find where an edge is drawn. */
    kgExplorer?: { cy: Core };
  }
}

const PATHS_WANTED = 3;
const NEIGHBORS_PER_EXPANSION = 12;
const ENTITY_TYPES = ['Person', 'Country', 'Organization', 'Place', 'Event', 'Agreement'];

type Path = PathsResult['paths'][number];

function main(root: HTMLElement): void {
  const status = h('p', { class: 'status', role: 'status' });
  const setStatus = (text: string, kind: 'info' | 'error' = 'info'): void => {
    status.textContent = text;
    status.className = `status ${kind}`;
  };

  const pathList = h('ol', { class: 'path-list' });
  const hops = h(
    'select',
    { id: 'max-hops' },
    ...[1, 2, 3, 4, 5, 6].map((n) => h('option', { value: n, selected: n === 4 }, String(n))),
  );
  const throughHubs = h('input', {
    type: 'checkbox',
    id: 'through-hubs',
    title:
      'Countries, capitals and the busiest organizations link almost everything; by default no path runs through one.',
  });
  const findButton = button('Find paths', () => void findPaths(), {
    class: 'primary',
    id: 'find-paths',
    disabled: true,
  });
  const updateFindButton = (): void => {
    findButton.disabled = from.value === null || to.value === null;
  };
  const from = new EntityPicker('From', 'Search, e.g. Cai Qi', () => {
    updateFindButton();
  });
  const to = new EntityPicker('To', 'Search, e.g. Putin', () => {
    updateFindButton();
    if (from.value !== null && to.value !== null) void findPaths();
  });
  const swap = button(
    '⇅',
    () => {
      const [a, b] = [from.value, to.value];
      from.set(b);
      to.set(a);
      updateFindButton();
    },
    { class: 'swap', title: 'Swap From and To', 'aria-label': 'Swap From and To' },
  );

  const graphContainer = h('div', { id: 'graph' });
  const emptyState = h(
    'div',
    { class: 'empty-state' },
    h('h2', {}, 'How are two entities connected?'),
    h('p', {}, 'Pick a From and a To entity on the left to draw the shortest paths between them.'),
  );
  const legend = h(
    'div',
    { class: 'legend' },
    ...ENTITY_TYPES.map((type) => h('span', {}, h('i', { class: `dot type-${type.toLowerCase()}` }), type)),
  );

  const expanded = new Set<string>();
  const details = new DetailsPanel({
    useAs: (entity, end) => {
      (end === 'from' ? from : to).set(entity);
      updateFindButton();
      if (from.value !== null && to.value !== null) void findPaths();
    },
    showInGraph: (entity) => void expand(entity),
  });

  async function expand(entity: EntityRef): Promise<void> {
    if (expanded.has(entity.id)) return;
    expanded.add(entity.id);
    setStatus(`Expanding ${entity.name}…`);
    try {
      const data = await query<NeighborhoodResult>(NEIGHBORHOOD_QUERY, {
        id: entity.id,
        first: NEIGHBORS_PER_EXPANSION,
      });
      const relations = data.entity?.relations ?? [];
      const added = graph.expand(entity, relations);
      emptyState.hidden = true;
      setStatus(
        added === 0
          ? `${entity.name}: no neighbour that is not already shown.`
          : `${entity.name}: ${added} neighbour${added === 1 ? '' : 's'} added.`,
      );
    } catch (error) {
      expanded.delete(entity.id);
      setStatus(`Could not expand ${entity.name}: ${errorMessage(error)}`, 'error');
    }
  }

  function renderPaths(paths: Path[]): void {
    replace(
      pathList,
      ...paths.map((path, index) => {
        const steps: (HTMLElement | string)[] = [];
        path.nodes.forEach((node, position) => {
          steps.push(h('span', { class: 'step-node' }, node.name));
          const relation = path.relations[position];
          if (relation !== undefined) steps.push(relationStep(relation, path.nodes[position + 1]?.id ?? ''));
        });
        const item = h(
          'li',
          {
            class: 'path',
            tabindex: 0,
            onmouseenter: () => {
              graph.highlight(path.relations.map((relation) => relation.id));
            },
            onmouseleave: () => {
              graph.highlight(null);
            },
            onfocusin: () => {
              graph.highlight(path.relations.map((relation) => relation.id));
            },
          },
          h(
            'div',
            { class: 'path-head' },
            `Path ${index + 1} · ${path.length} hop${path.length === 1 ? '' : 's'} · `,
            h(
              'span',
              {
                class: 'path-score',
                title: 'Specificity: the product over the entities inside the path of 1 / log2(1 + their relations)',
              },
              `score ${path.score.toFixed(2)}`,
            ),
          ),
          h('div', { class: 'steps' }, ...steps),
        );
        return item;
      }),
    );
  }

  /** One relation of a path as a button: "—MET→" (the arrow shows its direction). */
  function relationStep(relation: RelationView, nextId: string): HTMLElement {
    const forward = relation.to.id === nextId;
    return button(
      forward ? ` —${relation.type}→ ` : ` ←${relation.type}— `,
      () => {
        graph.select(relation.id);
        details.open({ kind: 'evidence', relation });
      },
      { class: 'link step-relation', title: 'Show the evidence' },
    );
  }

  async function findPaths(): Promise<void> {
    const a = from.value;
    const b = to.value;
    if (a === null || b === null) return;
    const maxHops = Number(hops.value);
    const params = new URLSearchParams({ from: a.id, to: b.id, hops: String(maxHops) });
    if (throughHubs.checked) params.set('hubs', '1');
    history.replaceState(null, '', `${location.pathname}?${params.toString()}`);
    setStatus(`Finding paths from ${a.name} to ${b.name}…`);
    findButton.disabled = true;
    try {
      const data = await query<PathsResult>(PATHS_QUERY, {
        from: a.id,
        to: b.id,
        maxHops,
        first: PATHS_WANTED,
        throughHubs: throughHubs.checked,
      });
      expanded.clear();
      graph.showPaths(a, b, data.paths);
      emptyState.hidden = true;
      renderPaths(data.paths);
      setStatus(
        data.paths.length === 0
          ? `No path of at most ${maxHops} hop${maxHops === 1 ? '' : 's'} between ${a.name} and ${b.name}. Click a node to explore around it.`
          : `${data.paths.length} path${data.paths.length === 1 ? '' : 's'} found, most specific first${throughHubs.checked ? '' : ' (none through a hub)'}.`,
      );
    } catch (error) {
      setStatus(`Could not find paths: ${errorMessage(error)}`, 'error');
    } finally {
      updateFindButton();
    }
  }

  replace(
    root,
    h(
      'header',
      { class: 'topbar' },
      h('h1', {}, 'Path explorer'),
      h('span', { class: 'subtitle' }, 'People, countries and events in the news'),
      h('nav', {}, h('a', { href: '/playground' }, 'GraphQL playground')),
    ),
    h(
      'main',
      { class: 'layout' },
      h(
        'aside',
        { class: 'controls' },
        from.element,
        swap,
        to.element,
        h('div', { class: 'row' }, h('label', { for: 'max-hops' }, 'Max hops'), hops, findButton),
        h('div', { class: 'row' }, throughHubs, h('label', { for: 'through-hubs' }, 'Through hubs (countries…)')),
        status,
        h('h2', {}, 'Paths'),
        pathList,
        h(
          'p',
          { class: 'hint' },
          'Click an edge for its evidence, a node to expand its neighbours. Scroll to zoom, drag to pan.',
        ),
      ),
      h('section', { class: 'canvas' }, graphContainer, emptyState, legend),
      details.element,
    ),
  );
  // Only now: cytoscape measures its container, which must be in the page.
  const graph = new GraphView(graphContainer, {
    onNode: (entity) => {
      graph.select(entity.id);
      details.open(entityView(entity));
      void expand(entity);
    },
    onEdge: (relation) => {
      graph.select(relation.id);
      details.open({ kind: 'evidence', relation });
    },
  });
  window.kgExplorer = { cy: graph.cy };

  void restoreFromUrl();

  async function restoreFromUrl(): Promise<void> {
    const params = new URLSearchParams(location.search);
    const fromId = params.get('from');
    const toId = params.get('to');
    const maxHops = params.get('hops');
    if (maxHops !== null && [...hops.options].some((option) => option.value === maxHops)) hops.value = maxHops;
    throughHubs.checked = params.get('hubs') === '1';
    const eventId = params.get('event');
    if (eventId !== null) details.open({ kind: 'event', id: eventId });
    if (fromId === null || toId === null) return;
    try {
      const [a, b] = await Promise.all(
        [fromId, toId].map(async (id) => (await query<EntityResult>(ENTITY_QUERY, { id, first: 1 })).entity),
      );
      if (a === null || a === undefined || b === null || b === undefined) {
        setStatus('The entities in the address are not in the graph.', 'error');
        return;
      }
      from.set({ id: a.id, name: a.name, type: a.type });
      to.set({ id: b.id, name: b.name, type: b.type });
      updateFindButton();
      await findPaths();
    } catch (error) {
      setStatus(`Could not open the search in the address: ${errorMessage(error)}`, 'error');
    }
  }
}

const root = document.getElementById('app');
if (root === null) throw new Error('#app is missing from explore.html');
main(root);
