import type { AnnotatedSentence, Dependency, Token } from '../../nlp/document';

/** An edge as seen from one end: the relation and the token at the other end. */
export interface Edge {
  rel: string;
  token: number;
}

/**
 * One annotated sentence as a graph to walk: children and parents of a token
 * over the enhanced++ dependencies (where conjuncts share their head's
 * relations and a passive's agent is `obl:agent`), and the head of a span over
 * the basic tree.
 */
export class SentenceGraph {
  private readonly out: Edge[][];
  private readonly in: Edge[][];
  private readonly basicHead: number[];

  constructor(readonly sentence: AnnotatedSentence) {
    const n = sentence.tokens.length;
    this.out = Array.from({ length: n }, () => []);
    this.in = Array.from({ length: n }, () => []);
    for (const d of sentence.enhanced) this.addEdge(d);
    this.basicHead = new Array<number>(n).fill(-1);
    for (const d of sentence.basic) this.basicHead[d.dep] = d.head;
  }

  private addEdge(d: Dependency): void {
    if (d.head < 0) return;
    this.out[d.head]?.push({ rel: d.rel, token: d.dep });
    this.in[d.dep]?.push({ rel: d.rel, token: d.head });
  }

  get tokens(): Token[] {
    return this.sentence.tokens;
  }

  token(i: number): Token | undefined {
    return this.sentence.tokens[i];
  }

  lemma(i: number): string {
    return (this.sentence.tokens[i]?.lemma ?? '').toLowerCase();
  }

  /** Dependents of `i` whose relation passes `rel` (a name, a prefix ending in `:`, or a test). */
  children(i: number, rel?: string | ((r: string) => boolean)): Edge[] {
    const all = this.out[i] ?? [];
    if (rel === undefined) return all;
    const test = typeof rel === 'function' ? rel : relTest(rel);
    return all.filter((e) => test(e.rel));
  }

  /** Heads of `i` whose relation passes `rel`. */
  parents(i: number, rel?: string | ((r: string) => boolean)): Edge[] {
    const all = this.in[i] ?? [];
    if (rel === undefined) return all;
    const test = typeof rel === 'function' ? rel : relTest(rel);
    return all.filter((e) => test(e.rel));
  }

  /** The token of `[from, to)` whose basic head lies outside the span: the syntactic head of a name. */
  spanHead(from: number, to: number): number {
    for (let i = to - 1; i >= from; i--) {
      const h = this.basicHead[i] ?? -1;
      if (h < from || h >= to) return i;
    }
    return to - 1;
  }

  /** Indices of the tokens that overlap the character range `[start, end)`. */
  tokensIn(start: number, end: number): number[] {
    const out: number[] = [];
    for (const t of this.sentence.tokens) if (t.end > start && t.start < end) out.push(t.index);
    return out;
  }

  /** The auxiliaries and markers of a verb, lower-cased: "will", "to", "would"... */
  auxiliaries(i: number): string[] {
    return this.children(i, (r) => r === 'aux' || r === 'mark' || r === 'aux:pass').map((e) => this.lemma(e.token));
  }

  /** Whether the verb is negated ("did not meet"). */
  negated(i: number): boolean {
    return this.children(i, (r) => r === 'advmod' || r === 'neg').some((e) =>
      /^(?:not|n't|never)$/i.test(this.token(e.token)?.word ?? ''),
    );
  }
}

/** `"nsubj"` matches `nsubj` only; `"obl:"` matches every `obl:…`; `"obl"` matches `obl` and `obl:…`. */
function relTest(name: string): (r: string) => boolean {
  if (name.endsWith(':')) return (r) => r.startsWith(name);
  return (r) => r === name || r.startsWith(`${name}:`);
}
