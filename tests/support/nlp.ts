import { connect, createServer, type Socket } from 'node:net';
import { loadConfig } from '../../src/config';
import type { Article } from '../../src/extract/types';
import { Annotator, type AnnotatedArticle } from '../../src/nlp';

let shared: Annotator | undefined;

/**
 * The annotator tests share: the CoreNLP server tests/run-tests.ts started (or
 * the servers a developer named) in CORENLP_URL, with the run's cache in
 * CORENLP_CACHE_DIR. Tests never start a JVM of their own for this.
 */
export function testAnnotator(): Annotator {
  if (shared !== undefined) return shared;
  const config = loadConfig();
  const target = config.corenlp.target;
  if (target.kind !== 'external') {
    throw new Error('CORENLP_URL is not set: run tests through dist/tests/run-tests.js, which starts CoreNLP');
  }
  shared = new Annotator({ urls: target.urls, cacheDir: config.corenlp.cacheDir });
  return shared;
}

/** The backbone's annotation of one article. */
export function annotateForTest(article: Article): Promise<AnnotatedArticle> {
  return testAnnotator().annotate(article);
}

/** A TCP forwarder: the real CoreNLP server behind a second address, which a test can take away and bring back. */
export interface TcpForwarder {
  port: number;
  url: string;
  /** Stops listening and cuts every open connection, as a server that died would. */
  close(): Promise<void>;
}

/** Forwards 127.0.0.1:`port` (0: a free one) to 127.0.0.1:`targetPort`. */
export async function forwardTo(targetPort: number, port = 0): Promise<TcpForwarder> {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address();
  const bound = typeof address === 'object' && address !== null ? address.port : port;
  return {
    port: bound,
    url: `http://127.0.0.1:${bound}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => {
          resolve();
        });
      }),
  };
}

/** The port of a `http://host:port` URL. */
export function portOf(url: string): number {
  return Number(new URL(url).port);
}
