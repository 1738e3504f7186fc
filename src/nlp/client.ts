import { CORENLP_PROPERTIES } from './annotators';
import { parseCoreNlpJson, type AnnotatedSentence } from './document';

/**
 * The HTTP client of one CoreNLP server: POST the text, read the JSON into the
 * typed model. Errors are typed by what the caller should do about them:
 *
 * - `AnnotationUnavailableError`: the server is not there (connection refused
 *   or reset, HTTP 503). Nothing about this text is wrong: try later or
 *   elsewhere (the pool does), or stop.
 * - `AnnotationTimeoutError`: this text took longer than its time limit. Only
 *   this text fails; sending it again would take as long.
 * - `AnnotationFailedError`: the server answered with an error for this text
 *   (after retries if it was a 5xx). Only this text fails.
 */

export class AnnotationUnavailableError extends Error {
  override readonly name = 'AnnotationUnavailableError';
}

export class AnnotationTimeoutError extends Error {
  override readonly name = 'AnnotationTimeoutError';
}

export class AnnotationFailedError extends Error {
  override readonly name = 'AnnotationFailedError';
}

export interface ClientOptions {
  /** Time one text may take on the server, in ms; the HTTP request waits a little longer. */
  timeoutMs?: number;
  /** Further attempts after a connection error or a 5xx, each after a doubling pause. */
  retries?: number;
  /** The first pause, in ms. */
  backoffMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_RETRIES = 3;
const DEFAULT_BACKOFF_MS = 250;
/** What the HTTP request waits beyond the server's own time limit, so the server's answer (a 500 saying it timed out) arrives first. */
const NETWORK_MARGIN_MS = 5_000;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A 5xx that may pass when sent again (the server is overloaded or restarting). */
export class ServerError extends Error {
  override readonly name = 'ServerError';
}

/**
 * Runs `attempt` until it succeeds, retrying after a pause that doubles each
 * time when it fails with a connection error or a 5xx; any other error, or
 * the last retry's, is thrown.
 */
export async function withRetries<T>(
  attempt: () => Promise<T>,
  { retries = DEFAULT_RETRIES, backoffMs = DEFAULT_BACKOFF_MS }: ClientOptions,
): Promise<T> {
  for (let tried = 0; ; tried++) {
    try {
      return await attempt();
    } catch (error) {
      const retryable = error instanceof AnnotationUnavailableError || error instanceof ServerError;
      if (!retryable || tried >= retries) {
        if (error instanceof ServerError) throw new AnnotationFailedError(error.message);
        throw error;
      }
      await sleep(backoffMs * 2 ** tried);
    }
  }
}

function isTimeout(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

/** One CoreNLP server at `url` (e.g. `http://127.0.0.1:9000`). */
export class CoreNlpClient {
  readonly url: string;
  /** Annotation requests sent (attempts, retries included); tests count them. */
  requests = 0;
  private readonly options: ClientOptions;
  private readonly query: string;
  private readonly timeoutMs: number;

  constructor(url: string, options: ClientOptions = {}) {
    this.url = url.replace(/\/+$/, '');
    this.options = options;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    // `timeout` is the server's own per-request limit; it interrupts the annotation when it passes.
    const properties = { ...CORENLP_PROPERTIES, timeout: String(this.timeoutMs), prettyPrint: 'false' };
    this.query = `/?properties=${encodeURIComponent(JSON.stringify(properties))}`;
  }

  /** Annotates `text`, retrying connection errors and 5xx with backoff. */
  annotate(text: string): Promise<AnnotatedSentence[]> {
    return withRetries(() => this.annotateOnce(text), this.options);
  }

  /** One request, no retry; errors typed as described at the top of this file (plus `ServerError` for a 5xx). */
  async annotateOnce(text: string): Promise<AnnotatedSentence[]> {
    this.requests++;
    let response: Response;
    let body: string;
    try {
      response = await fetch(this.url + this.query, {
        method: 'POST',
        // text/plain: the server URL-decodes any other body, which would turn "+" into a space and shift offsets.
        headers: { 'content-type': 'text/plain; charset=utf-8' },
        body: text,
        signal: AbortSignal.timeout(this.timeoutMs + NETWORK_MARGIN_MS),
      });
      body = await response.text();
    } catch (error) {
      if (isTimeout(error)) {
        throw new AnnotationTimeoutError(`CoreNLP at ${this.url} did not answer within ${this.timeoutMs} ms.`);
      }
      throw new AnnotationUnavailableError(`CoreNLP at ${this.url} is unreachable (${describeCause(error)}).`);
    }
    if (response.ok) {
      try {
        return parseCoreNlpJson(JSON.parse(body) as unknown, text);
      } catch (error) {
        // An answer that is not CoreNLP's JSON concerns this text only (a proxy's error page, a truncated body).
        throw new AnnotationFailedError(
          `CoreNLP's answer from ${this.url} could not be read: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
    const said = body.trim().slice(0, 200);
    if (response.status === 503) throw new AnnotationUnavailableError(`CoreNLP at ${this.url} is not ready (503).`);
    if (said.includes('timed out')) {
      throw new AnnotationTimeoutError(
        `CoreNLP gave up on a text of ${text.length} characters after ${this.timeoutMs} ms.`,
      );
    }
    if (response.status >= 500) throw new ServerError(`CoreNLP at ${this.url} failed (${response.status}): ${said}`);
    throw new AnnotationFailedError(`CoreNLP at ${this.url} refused the text (${response.status}): ${said}`);
  }

  /** True when the server answers its readiness endpoint. */
  async ready(timeoutMs = 2_000): Promise<boolean> {
    try {
      const response = await fetch(`${this.url}/ready`, { signal: AbortSignal.timeout(timeoutMs) });
      await response.arrayBuffer();
      return response.ok;
    } catch {
      return false;
    }
  }
}

/** The innermost cause of a failed fetch, e.g. `ECONNREFUSED`. */
function describeCause(error: unknown): string {
  let current: unknown = error;
  while (current instanceof Error && current.cause !== undefined) current = current.cause;
  if (current instanceof Error)
    return 'code' in current && typeof current.code === 'string' ? current.code : current.message;
  return String(current);
}
