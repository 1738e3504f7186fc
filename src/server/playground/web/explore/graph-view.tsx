/**
 * The graph canvas (cytoscape.js): the paths between the two picked entities,
 * laid out left to right, plus whatever neighbourhoods the user expands.
 */
import cytoscape, { type Core, type EdgeSingular, type ElementDefinition, type NodeSingular } from 'cytoscape';
import type { EntityRef, RelationView } from './queries';

const TYPE_COLORS: Record<string, string> = {
  Person: '#3b82f6',
  Country: '#ef4444',
  Organization: '#8b5cf6',
  Place: '#10b981',
  Event: '#f59e0b',
  Agreement: '#0ea5e9',
};

/** Longer names are cut in the graph; the details panel shows them whole. */
const LABEL_MAX = 40;

export interface GraphCallbacks {
  onNode(entity: EntityRef): void;
  onEdge(relation: RelationView): void;
}

export class GraphView {
  readonly cy: Core;
  private readonly relations = new Map<string, RelationView>();
  private readonly entities = new Map<string, EntityRef>();

  constructor(container: HTMLElement, callbacks: GraphCallbacks) {
    this.cy = cytoscape({
      container,
      layout: { name: 'preset' },
      minZoom: 0.2,
      maxZoom: 3,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
      style: [
        {
          selector: 'node',
          style: {
            'background-color': (node: NodeSingular) => TYPE_COLORS[String(node.data('type'))] ?? '#64748b',
            label: 'data(label)',
            color: '#0f172a',
            'font-size': 12,
            'text-valign': 'bottom',
            'text-margin-y': 5,
            'text-wrap': 'wrap',
            'text-max-width': '120px',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.8,
            'text-background-padding': '2px',
            width: 26,
            height: 26,
            'border-width': 2,
            'border-color': '#ffffff',
          },
        },
        { selector: 'node.endpoint', style: { width: 38, height: 38, 'font-weight': 'bold', 'font-size': 14 } },
        { selector: 'node.dim', style: { opacity: 0.45 } },
        { selector: 'node:selected', style: { 'border-color': '#0f172a', 'border-width': 3 } },
        {
          selector: 'edge',
          style: {
            width: 1.5,
            'line-color': '#94a3b8',
            'target-arrow-color': '#94a3b8',
            'target-arrow-shape': 'triangle',
            'arrow-scale': 0.9,
            'curve-style': 'bezier',
            label: 'data(type)',
            'font-size': 9,
            color: '#475569',
            'text-rotation': 'autorotate',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.85,
            'text-background-padding': '1px',
          },
        },
        { selector: 'edge.symmetric', style: { 'target-arrow-shape': 'none' } },
        {
          selector: 'edge.path',
          style: { width: 3.5, 'line-color': '#2563eb', 'target-arrow-color': '#2563eb', color: '#1e3a8a' },
        },
        { selector: 'edge.dim', style: { opacity: 0.25 } },
        {
          selector: 'edge:selected',
          style: { width: 5, 'line-color': '#f97316', 'target-arrow-color': '#f97316', color: '#9a3412' },
        },
      ],
    });
    this.cy.on('tap', 'node', (event) => {
      const entity = this.entities.get((event.target as NodeSingular).id());
      if (entity !== undefined) callbacks.onNode(entity);
    });
    this.cy.on('tap', 'edge', (event) => {
      const relation = this.relations.get((event.target as EdgeSingular).id());
      if (relation !== undefined) callbacks.onEdge(relation);
    });
  }

  get isEmpty(): boolean {
    return this.cy.elements().empty();
  }

  has(entityId: string): boolean {
    return this.entities.has(entityId);
  }

  clear(): void {
    this.cy.elements().remove();
    this.relations.clear();
    this.entities.clear();
  }

  /** Draws paths (every one of them, as one graph) from `from` to `to`. */
  showPaths(from: EntityRef, to: EntityRef, paths: { nodes: EntityRef[]; relations: RelationView[] }[]): void {
    this.clear();
    const definitions: ElementDefinition[] = [];
    const relations = paths.flatMap((path) => path.relations);
    const entities = [from, to, ...paths.flatMap((path) => path.nodes), ...relations.flatMap((r) => [r.from, r.to])];
    for (const entity of entities) definitions.push(...this.nodeDefinition(entity));
    for (const relation of relations) definitions.push(...this.edgeDefinition(relation, true));
    this.cy.add(definitions);
    this.cy.getElementById(from.id).addClass('endpoint');
    this.cy.getElementById(to.id).addClass('endpoint');
    this.cy
      .layout({
        name: 'breadthfirst',
        roots: [from.id],
        directed: false,
        spacingFactor: 1.15,
        padding: 40,
        animate: false,
        // breadthfirst stacks levels top to bottom; turn it to read left to right.
        transform: (_node, position) => ({ x: position.y * 1.6, y: position.x }),
      })
      .run();
    this.cy.fit(undefined, 50);
  }

  /** Adds an entity's relations and the entities at their other ends around it. */
  expand(center: EntityRef, relations: RelationView[]): number {
    if (!this.entities.has(center.id)) {
      this.cy.add(this.nodeDefinition(center));
      this.cy.getElementById(center.id).position({ x: 0, y: 0 });
    }
    const origin = this.cy.getElementById(center.id).position();
    const fresh = relations
      .map((relation) => (relation.from.id === center.id ? relation.to : relation.from))
      .filter(
        (entity, index, all) => !this.entities.has(entity.id) && all.findIndex((e) => e.id === entity.id) === index,
      );
    // Fan the newcomers out on the side away from the rest of the graph.
    const others = this.cy.nodes().filter((node) => node.id() !== center.id);
    const centroid = { x: origin.x - 1, y: origin.y };
    if (others.nonempty()) {
      centroid.x = 0;
      centroid.y = 0;
      others.forEach((node) => {
        centroid.x += node.position().x / others.length;
        centroid.y += node.position().y / others.length;
      });
    }
    const away = Math.atan2(origin.y - centroid.y, origin.x - centroid.x);
    const spread = others.empty() ? 2 * Math.PI : Math.min(Math.PI * 1.2, 0.45 * Math.max(fresh.length, 1));
    const radius = 120 + 8 * fresh.length;
    fresh.forEach((entity, index) => {
      const angle =
        fresh.length === 1
          ? away
          : away - spread / 2 + (spread * index) / (others.empty() ? fresh.length : fresh.length - 1);
      this.cy.add(this.nodeDefinition(entity));
      this.cy
        .getElementById(entity.id)
        .position({ x: origin.x + radius * Math.cos(angle), y: origin.y + radius * Math.sin(angle) });
    });
    this.cy.add(relations.flatMap((relation) => [relation.from, relation.to]).flatMap((e) => this.nodeDefinition(e)));
    this.cy.add(relations.flatMap((relation) => this.edgeDefinition(relation, false)));
    if (fresh.length > 0) this.cy.animate({ fit: { eles: this.cy.elements(), padding: 50 } }, { duration: 250 });
    return fresh.length;
  }

  /** Emphasises one path (by its relation ids), dimming the rest; null shows all. */
  highlight(relationIds: string[] | null): void {
    this.cy.elements().removeClass('dim');
    if (relationIds === null) return;
    const keep = this.cy.collection();
    for (const id of relationIds) {
      const edge = this.cy.getElementById(id);
      keep.merge(edge).merge(edge.connectedNodes());
    }
    this.cy.elements().not(keep).addClass('dim');
  }

  select(id: string): void {
    this.cy.elements().unselect();
    this.cy.getElementById(id).select();
  }

  private nodeDefinition(entity: EntityRef): ElementDefinition[] {
    if (this.entities.has(entity.id)) return [];
    this.entities.set(entity.id, entity);
    const label = entity.name.length > LABEL_MAX ? `${entity.name.slice(0, LABEL_MAX - 1).trimEnd()}…` : entity.name;
    return [{ group: 'nodes', data: { id: entity.id, name: entity.name, label, type: entity.type } }];
  }

  private edgeDefinition(relation: RelationView, onPath: boolean): ElementDefinition[] {
    if (this.relations.has(relation.id)) return [];
    this.relations.set(relation.id, relation);
    const classes = [onPath ? 'path' : '', relation.type === 'MET' || relation.type === 'PARTNER_OF' ? 'symmetric' : '']
      .filter((name) => name !== '')
      .join(' ');
    return [
      {
        group: 'edges',
        data: { id: relation.id, source: relation.from.id, target: relation.to.id, type: relation.type },
        classes,
      },
    ];
  }
}
