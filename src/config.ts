import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

/** Where the project lives: `dist/src/config.js` is two levels below it. */
export const PROJECT_ROOT = join(__dirname, '..', '..');

/** How to reach Neo4j: a server the user names, or the managed local one. */
export type Neo4jTarget =
  | { kind: 'external'; uri: string; username: string; password: string; database: string | undefined }
  | { kind: 'managed'; dataDir: string; boltPort: number; heap: string; pageCacheMiB: number };

export interface AppConfig {
  neo4j: Neo4jTarget;
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

/**
 * Reads the configuration from the environment. `NEO4J_URI`, `NEO4J_USERNAME`,
 * `NEO4J_PASSWORD` and `NEO4J_DATABASE` are Neo4j's own variable names; when
 * `NEO4J_URI` is set nothing is started and that server is used.
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
  const writesOff = env['KG_WRITES'] === 'off';
  const givenToken = env['KG_WRITE_TOKEN'];
  const tokenGiven = givenToken !== undefined && givenToken !== '';
  return {
    neo4j,
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
