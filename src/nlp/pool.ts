import { AnnotationUnavailableError, CoreNlpClient, withRetries, type ClientOptions } from './client';
import type { AnnotatedSentence } from './document';

/**
 * Several CoreNLP servers used as one (`CORENLP_URL=http://a:9000,http://b:9000`).
 *
 * Each text goes to the server with the fewest requests in flight. A server
 * that cannot be reached is skipped for `recheckMs`, then given a request
 * again; when no other server is up it is asked at once (its `/ready`). So a
 * server that comes back is used again. Only when no server answers does a
 * text fail, with `AnnotationUnavailableError`, after the client's retries.
 */
export interface PoolOptions extends ClientOptions {
  /** How long a server that failed is left alone before it is asked again. */
  recheckMs?: number;
}

interface Member {
  client: CoreNlpClient;
  inFlight: number;
  /** When the server last failed to answer; null while it is up. */
  downSince: number | null;
}

const DEFAULT_RECHECK_MS = 5_000;

export class CoreNlpPool {
  private readonly members: Member[];
  private readonly options: PoolOptions;

  constructor(urls: string[], options: PoolOptions = {}) {
    if (urls.length === 0) throw new Error('a CoreNLP pool needs at least one server URL');
    this.members = urls.map((url) => ({ client: new CoreNlpClient(url, options), inFlight: 0, downSince: null }));
    this.options = options;
  }

  get urls(): string[] {
    return this.members.map((member) => member.client.url);
  }

  /** Annotation requests sent to each server, by URL. */
  requestsByUrl(): Map<string, number> {
    return new Map(this.members.map((member) => [member.client.url, member.client.requests]));
  }

  /** Annotation requests sent to all servers. */
  get requests(): number {
    return this.members.reduce((sum, member) => sum + member.client.requests, 0);
  }

  annotate(text: string): Promise<AnnotatedSentence[]> {
    return withRetries(() => this.annotateOnce(text), this.options);
  }

  /** One try: every server that is up (or due for a recheck) in turn, until one answers. */
  private async annotateOnce(text: string): Promise<AnnotatedSentence[]> {
    const tried = new Set<Member>();
    let lastError: AnnotationUnavailableError | undefined;
    for (let member = await this.pick(tried); member !== undefined; member = await this.pick(tried)) {
      tried.add(member);
      member.inFlight++;
      try {
        const sentences = await member.client.annotateOnce(text);
        member.downSince = null;
        return sentences;
      } catch (error) {
        if (!(error instanceof AnnotationUnavailableError)) throw error;
        member.downSince = Date.now();
        lastError = error;
      } finally {
        member.inFlight--;
      }
    }
    throw new AnnotationUnavailableError(
      this.members.length === 1
        ? (lastError?.message ?? `CoreNLP at ${this.urls.join('')} is unreachable.`)
        : `no CoreNLP server answers (${this.urls.join(', ')})${lastError ? `; last: ${lastError.message}` : '.'}`,
    );
  }

  /**
   * The up server with the fewest requests in flight, not yet tried for this
   * text; when none is up, a down one that answers `/ready` again.
   */
  private async pick(tried: Set<Member>): Promise<Member | undefined> {
    const recheckMs = this.options.recheckMs ?? DEFAULT_RECHECK_MS;
    const now = Date.now();
    const candidates = this.members.filter((member) => !tried.has(member));
    const up = candidates.filter((member) => member.downSince === null || now - member.downSince >= recheckMs);
    if (up.length > 0) {
      return up.reduce((best, member) => (member.inFlight < best.inFlight ? member : best));
    }
    for (const member of candidates) {
      if (await member.client.ready()) {
        member.downSince = null;
        return member;
      }
      tried.add(member);
    }
    return undefined;
  }
}
