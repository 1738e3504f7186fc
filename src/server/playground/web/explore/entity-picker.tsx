/**
 * A search-as-you-type field that picks one entity, backed by the `search`
 * query. Arrow keys move through the suggestions, Enter picks, Escape closes.
 */
import { SEARCH_QUERY, type EntityRef, type SearchResult } from './queries';
import { query } from '../shared/graphql-client';
import { errorMessage, h, replace, typeBadge } from './dom';

const DEBOUNCE_MS = 180;
const SUGGESTIONS = 8;

let pickerCount = 0;

export class EntityPicker {
  readonly element: HTMLElement;
  private readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private picked: EntityRef | null = null;
  private hits: EntityRef[] = [];
  private active = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: AbortController | undefined;

  constructor(
    label: string,
    placeholder: string,
    private readonly onPick: (entity: EntityRef | null) => void,
  ) {
    pickerCount += 1;
    const id = `picker-${pickerCount}`;
    this.input = h('input', {
      id,
      type: 'search',
      placeholder,
      autocomplete: 'off',
      spellcheck: 'false',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': `${id}-list`,
    });
    this.list = h('ul', { id: `${id}-list`, class: 'suggestions', role: 'listbox', hidden: true });
    this.element = h('div', { class: 'picker' }, h('label', { for: id }, label), this.input, this.list);

    this.input.addEventListener('input', () => {
      if (this.picked !== null) {
        this.picked = null;
        this.onPick(null);
      }
      this.schedule();
    });
    this.input.addEventListener('keydown', (event) => {
      this.onKey(event);
    });
    this.input.addEventListener('focus', () => {
      if (this.hits.length > 0 && this.picked === null) this.open();
    });
    this.input.addEventListener('blur', () => {
      this.close();
    });
  }

  get value(): EntityRef | null {
    return this.picked;
  }

  /** Sets the field without a search (from the URL, or a node of the graph). */
  set(entity: EntityRef | null): void {
    this.picked = entity;
    this.input.value = entity?.name ?? '';
    this.hits = [];
    this.close();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.search(), DEBOUNCE_MS);
  }

  private async search(): Promise<void> {
    const text = this.input.value.trim();
    this.inFlight?.abort();
    if (text.length < 2) {
      this.hits = [];
      this.close();
      return;
    }
    const controller = new AbortController();
    this.inFlight = controller;
    try {
      const data = await query<SearchResult>(SEARCH_QUERY, { text, first: SUGGESTIONS }, controller.signal);
      if (controller.signal.aborted) return;
      this.hits = data.search.map((hit) => ({ id: hit.entity.id, name: hit.entity.name, type: hit.entity.type }));
      this.render(data.search.map((hit) => hit.entity.mentionCount));
    } catch (error) {
      if (controller.signal.aborted) return;
      this.hits = [];
      replace(this.list, h('li', { class: 'empty' }, `Search failed: ${errorMessage(error)}`));
      this.open();
    }
  }

  private render(mentions: number[]): void {
    this.active = this.hits.length > 0 ? 0 : -1;
    if (this.hits.length === 0) {
      replace(this.list, h('li', { class: 'empty' }, 'No entity matches.'));
    } else {
      replace(
        this.list,
        ...this.hits.map((entity, index) =>
          h(
            'li',
            {
              role: 'option',
              'data-id': entity.id,
              'aria-selected': index === this.active ? 'true' : 'false',
              // pointerdown, not click: it comes before the input's blur closes the list.
              onpointerdown: (event) => {
                event.preventDefault();
                this.choose(index);
              },
            },
            h('span', { class: 'name' }, entity.name),
            typeBadge(entity.type),
            h('span', { class: 'mentions' }, `${mentions[index] ?? 0}×`),
          ),
        ),
      );
    }
    if (document.activeElement === this.input) this.open();
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (this.hits.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + this.hits.length) % this.hits.length;
      this.list.querySelectorAll('li[role=option]').forEach((item, index) => {
        item.setAttribute('aria-selected', index === this.active ? 'true' : 'false');
      });
      this.open();
    } else if (event.key === 'Enter') {
      if (this.active >= 0 && this.active < this.hits.length && this.picked === null) {
        event.preventDefault();
        this.choose(this.active);
      }
    } else if (event.key === 'Escape') {
      this.close();
    }
  }

  private choose(index: number): void {
    const entity = this.hits[index];
    if (entity === undefined) return;
    this.set(entity);
    this.onPick(entity);
  }

  private open(): void {
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
  }
}
