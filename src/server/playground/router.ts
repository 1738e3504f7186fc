import express, { type Request, type Response, type Router } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../config';

/** Where `vite build --config src/server/playground/web/vite.config.mts` writes the front end. */
export const PLAYGROUND_DIST_DIR = join(PROJECT_ROOT, 'dist', 'playground');

export interface PlaygroundRouterOptions {
  /** The built front end; defaults to PLAYGROUND_DIST_DIR. */
  distDir?: string;
}

/**
 * Everything the pages may load comes from this server: no CDN, no outside
 * font or script, and requests only to `/graphql`. Monaco sets inline styles
 * and starts its workers from same-origin files.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

/**
 * The browser front end: `GET /playground` (GraphiQL, also what a browser's
 * `GET /graphql` gets), `GET /explore` (the path explorer), their hashed files
 * under `/assets/`, and `GET /` redirecting to the playground. Mount it with
 * `app.use(createPlaygroundRouter())` before the GraphQL handler.
 */
export function createPlaygroundRouter(options: PlaygroundRouterOptions = {}): Router {
  const distDir = options.distDir ?? PLAYGROUND_DIST_DIR;
  const router = express.Router();

  const page =
    (file: string) =>
    (_request: Request, response: Response): void => {
      const path = join(distDir, file);
      response.set('Cache-Control', 'no-cache');
      if (!existsSync(path)) {
        response
          .status(503)
          .type('text/plain')
          .send(`The front end has not been built (${path} is missing): run \`npm run build\`.\n`);
        return;
      }
      response.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
      response.set('X-Content-Type-Options', 'nosniff');
      response.set('Referrer-Policy', 'no-referrer');
      response.sendFile(path);
    };

  router.get('/', (_request, response) => {
    response.redirect(302, '/playground');
  });
  const playground = page('playground.html');
  router.get('/playground', playground);
  // A browser opening the endpoint (it asks for HTML first) gets the
  // playground, as with Apollo Server or GraphQL Yoga; every other GET goes on
  // to the GraphQL handler and its CSRF prevention.
  router.get('/graphql', (request, response, next) => {
    const html = /\btext\/html\b/.test(request.get('accept') ?? '');
    if (
      html &&
      request.accepts(['application/graphql-response+json', 'application/json', 'text/html']) === 'text/html'
    ) {
      playground(request, response);
    } else next();
  });
  router.get('/explore', page('explore.html'));
  // File names carry a content hash, so they can be cached for good.
  router.use(
    '/assets',
    express.static(join(distDir, 'assets'), {
      immutable: true,
      maxAge: '1y',
      index: false,
      redirect: false,
    }),
    (_request: Request, response: Response) => {
      response.status(404).type('text/plain').send('Not found\n');
    },
  );
  return router;
}
