/**
 * Runs `cleanup` once on SIGINT or SIGTERM, then exits. A second signal while
 * cleaning up exits at once (the managed Neo4j still stops: its JVM watches our
 * stdin pipe, which closes with this process).
 */
export function onShutdown(cleanup: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals): void => {
    if (stopping) process.exit(130);
    stopping = true;
    console.error(`\n${signal}: shutting down...`);
    cleanup().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`error during shutdown: ${String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}
