import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

/** Where the project lives: `dist/src/config.js` is two levels below it. */
export const PROJECT_ROOT = join(__dirname, '..', '..');

/** How to reach Neo4j: a server the user names, or the managed local one. */
export type Neo4jTarget =
  | { kind: 'external'; uri: string; username: string; password: string; database: string | undefined }
  | { kind: 'managed'; dataDir: string; boltPort: number; heap: string; pageCacheMiB: number };

/** Where annotation runs: CoreNLP servers the user names (a pool), or the managed local one. */
export type CoreNlpTarget = { kind: 'external'; urls: string[] } | { kind: 'managed'; heap: string; threads: number };

export interface AppConfig {
  neo4j: Neo4jTarget;
  corenlp: {
    target: CoreNlpTarget;
    /** Where annotations are cached (`CORENLP_CACHE_DIR`). */
    cacheDir: string;
  };
  /** Seconds any one Neo4j transaction may run before it is cancelled. */
  transactionTimeoutSeconds: number;
  httpPort: number;
  seedsDir: string;
  /** The bearer token mutations need; null when writes are off (`KG_WRITES=off`). */
  writeToken: string | null;
  /** True when no `KG_WRITE_TOKEN` was set and a random one was made for this run. */
  writeTokenGenerated: boolean;
  /** Browser origins allowed to call the API cross-origin (`CORS_ORIGINS`, comma-separated). */
  corsOrigins: string[];
}

type Env = Readonly<Record<string, string | undefined>>;

function integer(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new ConfigError(`${name} must be a whole number, not "${raw}"`);
  }
  return value;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function coreNlpUrls(raw: string): string[] {
  const urls = raw
    .split(',')
    .map((url) => url.trim())
    .filter((url) => url.length > 0);
  for (const url of urls) {
    if (!/^https?:\/\/[^/\s]+\/?$/.test(url)) {
      throw new ConfigError(`CORENLP_URL must be a comma-separated list of http:// server URLs, not "${url}"`);
    }
  }
  return urls;
}

/**
 * Reads the configuration from the environment. `NEO4J_URI`, `NEO4J_USERNAME`,
 * `NEO4J_PASSWORD` and `NEO4J_DATABASE` are Neo4j's own variable names; when
 * `NEO4J_URI` is set nothing is started and that server is used; likewise
 * `CORENLP_URL` for the annotation backbone.
 */
export function loadConfig(env: Env = process.env): AppConfig {
  const uri = env['NEO4J_URI'];
  const neo4j: Neo4jTarget =
    uri !== undefined && uri !== ''
      ? {
          kind: 'external',
          uri,
          username: env['NEO4J_USERNAME'] ?? 'neo4j',
          password: env['NEO4J_PASSWORD'] ?? '',
          database: env['NEO4J_DATABASE'] || undefined,
        }
      : {
          kind: 'managed',
          dataDir: env['NEO4J_DATA_DIR'] || join(PROJECT_ROOT, '.data', 'neo4j'),
          boltPort: integer(env, 'NEO4J_BOLT_PORT', 7687),
          heap: env['NEO4J_HEAP'] || '2g',
          pageCacheMiB: integer(env, 'NEO4J_PAGECACHE_MB', 1024),
        };
  const corenlpUrls = coreNlpUrls(env['CORENLP_URL'] ?? '');
  const corenlp: CoreNlpTarget =
    corenlpUrls.length > 0
      ? { kind: 'external', urls: corenlpUrls }
      : {
          kind: 'managed',
          heap: env['CORENLP_HEAP'] || '3g',
          threads: Math.max(1, integer(env, 'CORENLP_THREADS', 2)),
        };
  const writesOff = env['KG_WRITES'] === 'off';
  const givenToken = env['KG_WRITE_TOKEN'];
  const tokenGiven = givenToken !== undefined && givenToken !== '';
  return {
    neo4j,
    corenlp: {
      target: corenlp,
      cacheDir: env['CORENLP_CACHE_DIR'] || join(PROJECT_ROOT, '.data', 'corenlp-cache'),
    },
    // Writes are never open by default: without a configured token, each run
    // makes a random one that only the person who started the server sees.
    writeToken: writesOff ? null : tokenGiven ? givenToken : randomBytes(24).toString('base64url'),
    writeTokenGenerated: !writesOff && !tokenGiven,
    corsOrigins: (env['CORS_ORIGINS'] ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin.length > 0),
    transactionTimeoutSeconds: integer(env, 'NEO4J_TX_TIMEOUT_S', 30),
    httpPort: integer(env, 'PORT', 4000),
    seedsDir: env['SEEDS_DIR'] || join(PROJECT_ROOT, 'seeds'),
  };
}
