// Builds the managed local Neo4j (neo4j/pom.xml) during `npm install`, so that the
// first `npm start` or `npm test` does not wait for Maven. Missing Java or Maven is
// a warning here, not a failure: a user who points NEO4J_URI at their own server
// needs neither, and the start-up check repeats this with a clear error.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const classpathFile = join(here, 'target', 'classpath.txt');
const pom = join(here, 'pom.xml');

const built = existsSync(classpathFile) && statSync(classpathFile).mtimeMs >= statSync(pom).mtimeMs;
if (built) process.exit(0);

for (const [tool, args] of [
  ['java', ['-version']],
  ['mvn', ['-v']],
]) {
  if (spawnSync(tool, args, { stdio: 'ignore' }).status !== 0) {
    console.warn(
      `warning: ${tool} was not found, so the managed local Neo4j was not built; install Java 17 and Maven, or set NEO4J_URI to use your own Neo4j.`,
    );
    process.exit(0);
  }
}
console.log('Building the managed local Neo4j 5.26 from Maven Central (first time only)...');
const result = spawnSync('mvn', ['-B', '-q', '-f', pom, 'package'], { stdio: 'inherit' });
if (result.status !== 0) {
  console.error('error: Maven could not build neo4j/pom.xml: see its output above (is Maven Central reachable?).');
  process.exit(1);
}
