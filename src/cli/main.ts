import 'reflect-metadata';
import { evalCommand } from './eval.command';
import { describeFailure } from './fail';
import { ingestCommand } from './ingest.command';
import { neo4jCommand } from './neo4j.command';
import { printSchemaCommand } from './print-schema.command';
import { reviewCommand } from './review.command';
import { serveCommand } from './serve.command';

const COMMANDS: Record<string, { run: (args: string[]) => Promise<void>; help: string }> = {
  serve: { run: serveCommand, help: 'start Neo4j if needed, ingest the seeds into an empty graph, serve GraphQL' },
  ingest: { run: ingestCommand, help: 'ingest articles from files or folders (seed text, NDJSON, plain text)' },
  eval: { run: evalCommand, help: 'score extraction and linking: --articles FILE --gold FILE' },
  review: { run: reviewCommand, help: 'merge candidates, merge, undo, split (see `review --help`)' },
  neo4j: { run: neo4jCommand, help: 'run the managed local Neo4j in the foreground until Ctrl-C' },
  'print-schema': { run: printSchemaCommand, help: 'write the GraphQL SDL to schema/schema.graphql' },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, { help }]) => `  ${name.padEnd(14)} ${help}`);
  return ['usage: kg <command> [options]', '', 'commands:', ...lines].join('\n');
}

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  const command = name === undefined ? undefined : COMMANDS[name];
  if (command === undefined) {
    console.error(usage());
    process.exitCode = name === undefined || name === '--help' ? 0 : 2;
    return;
  }
  await command.run(args);
}

main().catch((error: unknown) => {
  console.error(describeFailure(error));
  process.exitCode = 1;
});
