/**
 * The details panel on the right: a relation's evidence, an entity with every
 * article that mentions it, an event with its reports grouped by publisher,
 * and an article with the entities it mentions.
 * Views stack, so "Back" returns to the one before.
 */
import {
  ARTICLE_QUERY,
  ENTITY_QUERY,
  EVENT_QUERY,
  type ArticleRef,
  type ArticleResult,
  type DatedRef,
  type EntityRef,
  type EntityResult,
  type EventResult,
  type RelationView,
} from './queries';
import { query } from '../shared/graphql-client';
import { append, button, errorMessage, h, replace, typeBadge } from './dom';

/** A list of articles to step through with Previous/Next. */
export interface ArticleContext {
  label: string;
  ids: string[];
}

export type View =
  | { kind: 'evidence'; relation: RelationView }
  | { kind: 'entity'; id: string }
  | { kind: 'event'; id: string }
  | { kind: 'article'; id: string; context: ArticleContext | null };

/** The view that shows an entity: an event has its own, with its reports by publisher. */
export function entityView(entity: EntityRef): View {
  return entity.type === 'Event' ? { kind: 'event', id: entity.id } : { kind: 'entity', id: entity.id };
}

/** What the event view calls an article without a source. */
const UNKNOWN_PUBLISHER = 'Publisher not given';

type Report = ArticleRef & { source: string | null };

/** Reports grouped by publisher: the publisher with most reports first, then by name; newest first within. */
function byPublisher(reports: Report[]): [string, Report[]][] {
  const groups = new Map<string, Report[]>();
  for (const report of reports) {
    const source = report.source ?? UNKNOWN_PUBLISHER;
    groups.set(source, [...(groups.get(source) ?? []), report]);
  }
  return [...groups].sort(
    ([a, x], [b, y]) =>
      Number(a === UNKNOWN_PUBLISHER) - Number(b === UNKNOWN_PUBLISHER) || y.length - x.length || a.localeCompare(b),
  );
}

export interface ViewActions {
  /** Puts the entity into the From or To field. */
  useAs(entity: EntityRef, end: 'from' | 'to'): void;
  /** Adds the entity to the graph and expands its neighbours. */
  showInGraph(entity: EntityRef): void;
}

const ARTICLES_PER_PAGE = 20;
/** An event's reports are grouped, so a page is as large as the API allows. */
const REPORTS_PER_PAGE = 100;

export class DetailsPanel {
  readonly element: HTMLElement;
  private readonly body: HTMLElement;
  private readonly backButton: HTMLButtonElement;
  private stack: View[] = [];
  /** Increases with every view shown, so a late answer for an old view is dropped. */
  private generation = 0;

  constructor(private readonly actions: ViewActions) {
    this.backButton = button(
      '← Back',
      () => {
        this.back();
      },
      { class: 'link back', hidden: true },
    );
    this.body = h('div', { class: 'details-body' });
    this.element = h('aside', { class: 'details', 'aria-live': 'polite' }, this.backButton, this.body);
    this.showIntro();
  }

  open(view: View): void {
    this.stack.push(view);
    this.render();
  }

  private back(): void {
    this.stack.pop();
    if (this.stack.length === 0) this.showIntro();
    else this.render();
  }

  private showIntro(): void {
    this.generation += 1;
    this.backButton.hidden = true;
    replace(
      this.body,
      h('h2', {}, 'Details'),
      h('p', {}, 'Click an edge of the graph to read the sentences that state the relation.'),
      h('p', {}, 'Click a node to expand its neighbours and list every article that mentions it.'),
    );
  }

  private render(): void {
    const view = this.stack.at(-1);
    if (view === undefined) return;
    this.generation += 1;
    this.backButton.hidden = this.stack.length < 2;
    this.body.scrollTop = 0;
    if (view.kind === 'evidence') this.renderEvidence(view.relation);
    else if (view.kind === 'entity') void this.renderEntity(view.id, this.generation);
    else if (view.kind === 'event') void this.renderEvent(view.id, this.generation);
    else void this.renderArticle(view.id, view.context, this.generation);
  }

  private entityLink(entity: EntityRef): HTMLButtonElement {
    return button(
      entity.name,
      () => {
        this.open(entityView(entity));
      },
      {
        class: 'link entity-link',
        title: `${entity.type} · ${entity.id}`,
      },
    );
  }

  private articleLink(article: ArticleRef, context: ArticleContext | null): HTMLButtonElement {
    return button(
      article.title,
      () => {
        this.open({ kind: 'article', id: article.id, context });
      },
      {
        class: 'link article-link',
      },
    );
  }

  private renderEvidence(relation: RelationView): void {
    const shown = relation.evidence.edges.map((edge) => edge.node);
    const context: ArticleContext = {
      label: `evidence for ${relation.type}`,
      ids: [...new Set(shown.map((evidence) => evidence.article.id))],
    };
    replace(
      this.body,
      h('p', { class: 'kicker' }, 'Relation'),
      h(
        'h2',
        { class: 'relation-title' },
        this.entityLink(relation.from),
        h('span', { class: 'relation-type' }, ` ${relation.type} `),
        this.entityLink(relation.to),
      ),
      h(
        'p',
        { class: 'meta' },
        `Confidence ${relation.confidence.toFixed(2)} · ${relation.evidence.totalCount} evidence` +
          (relation.evidence.totalCount > shown.length ? ` (the newest ${shown.length} shown)` : ''),
      ),
      shown.length === 0
        ? h('p', { class: 'muted' }, 'No evidence sentence is recorded for this relation.')
        : h(
            'ol',
            { class: 'evidence-list' },
            ...shown.map((evidence) =>
              h(
                'li',
                { class: 'evidence' },
                h('blockquote', { class: 'evidence-sentence' }, evidence.sentence),
                h(
                  'p',
                  { class: 'source' },
                  '— ',
                  this.articleLink(evidence.article, context),
                  evidence.article.published === null ? null : ` (${evidence.article.published.slice(0, 10)})`,
                ),
              ),
            ),
          ),
    );
  }

  private loading(what: string): void {
    replace(this.body, h('p', { class: 'muted' }, `Loading ${what}…`));
  }

  private failed(error: unknown): void {
    replace(this.body, h('p', { class: 'error' }, `Could not load it: ${errorMessage(error)}`));
  }

  private async renderEntity(id: string, generation: number): Promise<void> {
    this.loading('the entity');
    let data: EntityResult;
    try {
      data = await query<EntityResult>(ENTITY_QUERY, { id, first: ARTICLES_PER_PAGE });
    } catch (error) {
      if (generation === this.generation) this.failed(error);
      return;
    }
    if (generation !== this.generation) return;
    const entity = data.entity;
    if (entity === null) {
      replace(this.body, h('p', { class: 'error' }, `There is no entity ${id}.`));
      return;
    }
    const ref: EntityRef = { id: entity.id, name: entity.name, type: entity.type };
    const context: ArticleContext = { label: `articles mentioning ${entity.name}`, ids: [] };
    const list = h('ol', { class: 'article-list' });
    const more = h('div');
    const addPage = (page: NonNullable<EntityResult['entity']>['articles']): void => {
      for (const { node } of page.edges) {
        context.ids.push(node.id);
        append(
          list,
          h(
            'li',
            {},
            this.articleLink(node, context),
            h('span', { class: 'meta' }, [node.published?.slice(0, 10), node.source].filter(Boolean).join(' · ')),
          ),
        );
      }
      replace(
        more,
        page.pageInfo.hasNextPage && page.pageInfo.endCursor !== null
          ? button('Load more articles', () => void loadMore(page.pageInfo.endCursor ?? ''), { class: 'secondary' })
          : null,
      );
    };
    const loadMore = async (after: string): Promise<void> => {
      replace(more, h('p', { class: 'muted' }, 'Loading…'));
      try {
        const next = await query<EntityResult>(ENTITY_QUERY, { id, first: ARTICLES_PER_PAGE, after });
        if (generation === this.generation && next.entity !== null) addPage(next.entity.articles);
      } catch (error) {
        replace(more, h('p', { class: 'error' }, errorMessage(error)));
      }
    };
    addPage(entity.articles);
    replace(
      this.body,
      h('p', { class: 'kicker' }, 'Entity'),
      h('h2', {}, entity.name, ' ', typeBadge(entity.type)),
      h('p', { class: 'meta' }, `${entity.id} · mentioned ${entity.mentionCount} times`),
      entity.wikipedia !== null && entity.wikipediaUrl !== null
        ? h(
            'p',
            { class: 'wikipedia' },
            'Wikipedia: ',
            h('a', { href: entity.wikipediaUrl, target: '_blank', rel: 'noopener noreferrer' }, entity.wikipedia),
          )
        : null,
      entity.aliases.length > 0
        ? h('p', { class: 'aliases' }, 'Also: ', entity.aliases.filter((alias) => alias !== entity.name).join(', '))
        : null,
      h(
        'div',
        { class: 'actions' },
        button(
          'Use as From',
          () => {
            this.actions.useAs(ref, 'from');
          },
          { class: 'secondary' },
        ),
        button(
          'Use as To',
          () => {
            this.actions.useAs(ref, 'to');
          },
          { class: 'secondary' },
        ),
        button(
          'Show in graph',
          () => {
            this.actions.showInGraph(ref);
          },
          { class: 'secondary' },
        ),
      ),
      h('h3', {}, 'Articles that mention it'),
      entity.articles.edges.length === 0 ? h('p', { class: 'muted' }, 'No article mentions it.') : list,
      more,
    );
  }

  private async renderEvent(id: string, generation: number): Promise<void> {
    this.loading('the event');
    let data: EventResult;
    try {
      data = await query<EventResult>(EVENT_QUERY, { id, first: REPORTS_PER_PAGE });
    } catch (error) {
      if (generation === this.generation) this.failed(error);
      return;
    }
    if (generation !== this.generation) return;
    const event = data.entity;
    if (event === null) {
      replace(this.body, h('p', { class: 'error' }, `There is no event ${id}.`));
      return;
    }
    // Not an event after all (an id typed by hand): the entity view shows it.
    if (event.articles === undefined) {
      await this.renderEntity(id, generation);
      return;
    }
    const ref: EntityRef = { id: event.id, name: event.name, type: event.type };
    const reports: Report[] = [];
    const context: ArticleContext = { label: `reports of ${event.name}`, ids: [] };
    const heading = h('h3', {});
    const groups = h('div', { class: 'publishers' });
    const more = h('div');
    const addPage = (page: NonNullable<NonNullable<EventResult['entity']>['articles']>): void => {
      reports.push(...page.edges.map((edge) => edge.node));
      const grouped = byPublisher(reports);
      // Previous/Next in an article steps through the reports in the order shown.
      context.ids = grouped.flatMap(([, articles]) => articles.map((article) => article.id));
      replace(
        heading,
        `Reports by publisher: ${page.totalCount} article${page.totalCount === 1 ? '' : 's'}, ${grouped.length} publisher${grouped.length === 1 ? '' : 's'}`,
      );
      replace(
        groups,
        ...grouped.map(([source, articles]) =>
          h(
            'section',
            { class: 'publisher' },
            h('h4', {}, source, h('span', { class: 'meta' }, ` ${articles.length}`)),
            h(
              'ol',
              { class: 'article-list' },
              ...articles.map((article) =>
                h(
                  'li',
                  {},
                  this.articleLink(article, context),
                  h('span', { class: 'meta' }, article.published?.slice(0, 10) ?? ''),
                ),
              ),
            ),
          ),
        ),
      );
      replace(
        more,
        page.pageInfo.hasNextPage && page.pageInfo.endCursor !== null
          ? button('Load more reports', () => void loadMore(page.pageInfo.endCursor ?? ''), { class: 'secondary' })
          : null,
      );
    };
    const loadMore = async (after: string): Promise<void> => {
      replace(more, h('p', { class: 'muted' }, 'Loading…'));
      try {
        const next = await query<EventResult>(EVENT_QUERY, { id, first: REPORTS_PER_PAGE, after });
        if (generation === this.generation && next.entity?.articles !== undefined) addPage(next.entity.articles);
      } catch (error) {
        replace(more, h('p', { class: 'error' }, errorMessage(error)));
      }
    };
    addPage(event.articles);
    const dated = (other: DatedRef): HTMLElement =>
      h('li', {}, this.entityLink(other), other.date == null ? null : h('span', { class: 'meta' }, ` ${other.date}`));
    const participants = event.participants ?? [];
    const places = event.place ?? [];
    const parts = event.parts ?? [];
    replace(
      this.body,
      h('p', { class: 'kicker' }, 'Event'),
      h('h2', { class: 'event-name' }, event.name, ' ', typeBadge(event.eventType ?? event.type)),
      h('p', { class: 'meta' }, [event.date, event.id].filter(Boolean).join(' · ')),
      event.aliases.length > 0
        ? h('p', { class: 'aliases' }, 'Also: ', event.aliases.filter((alias) => alias !== event.name).join(', '))
        : null,
      places.length === 0
        ? null
        : h(
            'p',
            { class: 'event-place' },
            'Where: ',
            ...places.flatMap((place, i) => [i > 0 ? ', ' : null, this.entityLink(place)]),
          ),
      participants.length === 0
        ? null
        : h(
            'p',
            { class: 'event-participants' },
            'Who: ',
            ...participants.flatMap(({ entity, role }, i) => [
              i > 0 ? ', ' : null,
              this.entityLink(entity),
              role === null ? null : ` (${role})`,
            ]),
          ),
      event.partOf == null ? null : h('p', { class: 'event-part-of' }, 'Part of: ', this.entityLink(event.partOf)),
      parts.length === 0 ? null : h('h3', {}, 'Parts'),
      parts.length === 0 ? null : h('ol', { class: 'event-parts' }, ...parts.map(dated)),
      h(
        'div',
        { class: 'actions' },
        button(
          'Show in graph',
          () => {
            this.actions.showInGraph(ref);
          },
          { class: 'secondary' },
        ),
      ),
      heading,
      event.articles.edges.length === 0 ? h('p', { class: 'muted' }, 'No article reports it.') : groups,
      more,
    );
  }

  private async renderArticle(id: string, context: ArticleContext | null, generation: number): Promise<void> {
    this.loading('the article');
    let data: ArticleResult;
    try {
      data = await query<ArticleResult>(ARTICLE_QUERY, { id });
    } catch (error) {
      if (generation === this.generation) this.failed(error);
      return;
    }
    if (generation !== this.generation) return;
    const article = data.article;
    if (article === null) {
      replace(this.body, h('p', { class: 'error' }, `There is no article ${id}.`));
      return;
    }
    replace(
      this.body,
      context === null ? null : this.stepper(id, context),
      h('p', { class: 'kicker' }, 'Article'),
      h('h2', { class: 'article-title' }, article.title),
      h(
        'p',
        { class: 'meta' },
        [article.published?.slice(0, 10), article.source].filter(Boolean).join(' · '),
        article.url === null ? null : ' · ',
        article.url === null
          ? null
          : h('a', { href: article.url, target: '_blank', rel: 'noreferrer noopener' }, 'source'),
      ),
      h('h3', {}, `Mentions (${article.entities.length})`),
      h(
        'div',
        { class: 'chips' },
        ...article.entities.map((entity) =>
          button(
            [entity.name, ' ', typeBadge(entity.type)],
            () => {
              this.open(entityView(entity));
            },
            {
              class: 'chip',
              title: entity.id,
            },
          ),
        ),
      ),
      h('div', { class: 'article-text' }, ...this.markMentions(article.text, article.entities)),
      article.relatedArticles.length === 0 ? null : h('h3', {}, 'Related articles'),
      article.relatedArticles.length === 0
        ? null
        : h(
            'ol',
            { class: 'article-list' },
            ...article.relatedArticles.map((related) =>
              h(
                'li',
                {},
                this.articleLink(related.article, null),
                h(
                  'span',
                  { class: 'meta' },
                  `shares ${related.sharedEntities.map((entity) => entity.name).join(', ')}`,
                ),
              ),
            ),
          ),
    );
  }

  /** "‹ Previous · 3 of 12 articles mentioning X · Next ›" */
  private stepper(id: string, context: ArticleContext): HTMLElement {
    const index = context.ids.indexOf(id);
    const go = (offset: number): void => {
      const target = context.ids[index + offset];
      if (target === undefined) return;
      // Stepping replaces the article rather than stacking another one.
      this.stack.pop();
      this.open({ kind: 'article', id: target, context });
    };
    return h(
      'nav',
      { class: 'stepper' },
      button(
        '‹ Previous',
        () => {
          go(-1);
        },
        { class: 'link', disabled: index <= 0 },
      ),
      h('span', {}, `${index + 1} of ${context.ids.length} ${context.label}`),
      button(
        'Next ›',
        () => {
          go(1);
        },
        { class: 'link', disabled: index < 0 || index >= context.ids.length - 1 },
      ),
    );
  }

  /** The article's text in paragraphs, each mention of an entity a link to it. */
  private markMentions(text: string, entities: (EntityRef & { aliases: string[] })[]): HTMLElement[] {
    const byTerm = new Map<string, EntityRef>();
    for (const entity of entities) {
      for (const term of [entity.name, ...entity.aliases]) {
        if (term.length >= 3 && !byTerm.has(term)) byTerm.set(term, entity);
      }
    }
    const terms = [...byTerm.keys()].sort((a, b) => b.length - a.length);
    const escaped = terms.map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const pattern =
      terms.length === 0 ? null : new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    return text
      .split(/\n\s*\n|\r?\n/)
      .map((paragraph) => paragraph.trim())
      .filter((paragraph) => paragraph !== '')
      .map((paragraph) => {
        const element = h('p', {});
        if (pattern === null) {
          append(element, paragraph);
          return element;
        }
        let last = 0;
        for (const match of paragraph.matchAll(pattern)) {
          const entity = byTerm.get(match[0]);
          if (entity === undefined) continue;
          append(
            element,
            paragraph.slice(last, match.index),
            button(
              match[0],
              () => {
                this.open(entityView(entity));
              },
              {
                class: `mention type-${entity.type.toLowerCase()}`,
                title: `${entity.name} (${entity.type})`,
              },
            ),
          );
          last = match.index + match[0].length;
        }
        append(element, paragraph.slice(last));
        return element;
      });
  }
}
