// Builds the managed Stanford CoreNLP server (corenlp/pom.xml) during `npm install`,
// so that the first command does not wait for Maven (the models are 474 MB).
// Missing Java or Maven is a warning here, not a failure: a user who points
// CORENLP_URL at their own servers needs neither, and the start-up check
// repeats this with a clear error.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const classpathFile = join(here, 'target', 'classpath.txt');
const pom = join(here, 'pom.xml');
const launcher = join(here, 'src', 'main', 'java', 'kg', 'corenlp', 'LocalCoreNlp.java');

const built =
  existsSync(classpathFile) &&
  statSync(classpathFile).mtimeMs >= Math.max(statSync(pom).mtimeMs, statSync(launcher).mtimeMs);
if (built) process.exit(0);

for (const [tool, args] of [
  ['java', ['-version']],
  ['mvn', ['-v']],
]) {
  if (spawnSync(tool, args, { stdio: 'ignore' }).status !== 0) {
    console.warn(
      `warning: ${tool} was not found, so the managed Stanford CoreNLP server was not built; install Java 17 and Maven, or set CORENLP_URL to use your own CoreNLP servers.`,
    );
    process.exit(0);
  }
}
console.log('Building the managed Stanford CoreNLP 4.5.10 server from Maven Central (first time only)...');
const result = spawnSync('mvn', ['-B', '-q', '-f', pom, 'package'], { stdio: 'inherit' });
if (result.status !== 0) {
  console.error('error: Maven could not build corenlp/pom.xml: see its output above (is Maven Central reachable?).');
  process.exit(1);
}
