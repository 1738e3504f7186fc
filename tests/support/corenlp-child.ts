/**
 * A parent process for the managed CoreNLP that a test can SIGKILL
 * (tests/nlp/local-corenlp.test.ts): starts it on the port given as the only
 * argument, prints `STARTED <url> <jvm-pid>`, and waits to be killed.
 */
import { startLocalCoreNlp } from '../../src/nlp/local-corenlp';

startLocalCoreNlp({ port: Number(process.argv[2] ?? '0'), heap: '1g', threads: 1 }).then(
  (corenlp) => {
    console.log(`STARTED ${corenlp.url} ${corenlp.pid}`);
    setInterval(() => undefined, 60_000);
  },
  (error: unknown) => {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
