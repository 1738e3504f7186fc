package kg.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community as a process of its own, speaking Bolt on the loopback
 * interface only.
 *
 * <p>Protocol with the parent process (src/graph/local-neo4j.ts): one line
 * {@code READY <port>} on stdout once Bolt answers, or one line
 * {@code ERROR <code> <sentence>} on stderr and a non-zero exit. The process
 * stops when its standard input closes, so a parent that dies, even by
 * SIGKILL, never leaves an orphan JVM behind; SIGINT/SIGTERM also shut the
 * database down cleanly through the shutdown hook.
 *
 * <p>Arguments: {@code <home-directory> <port> <plugins-directory>
 * <page-cache-MiB> <transaction-timeout-seconds>}; port 0 picks a free one.
 */
public final class LocalNeo4j {
  private LocalNeo4j() {}

  public static void main(String[] args) {
    if (args.length != 5) {
      fail("USAGE", "expected <home> <port> <plugins> <pagecache-MiB> <tx-timeout-s>");
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = freePortOr(Integer.parseInt(args[1]));
    Path plugins = Path.of(args[2]).toAbsolutePath();
    long pageCacheMiB = Long.parseLong(args[3]);
    long txTimeoutSeconds = Long.parseLong(args[4]);

    DatabaseManagementService dbms;
    try {
      Files.createDirectories(home);
      dbms =
          new DatabaseManagementServiceBuilder(home)
              .setConfig(BoltConnector.enabled, true)
              .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
              .setConfig(HttpConnector.enabled, false)
              // Auth is off because the server listens on loopback only and the data
              // directory is the project's own; a shared server is reached via NEO4J_URI.
              .setConfig(GraphDatabaseSettings.auth_enabled, false)
              .setConfig(GraphDatabaseSettings.plugin_dir, plugins)
              .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"))
              .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
              // No transaction may run unbounded, whatever the client forgets to set.
              .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeoutSeconds))
              .build();
    } catch (RuntimeException | IOException e) {
      String message = rootMessage(e);
      if (message.contains("lock") || message.contains("Lock")) {
        fail("LOCKED", "the data directory " + home + " is in use by another Neo4j process: stop it or set NEO4J_DATA_DIR to another directory");
      }
      fail("START", "Neo4j did not start: " + message + " (see " + home.resolve("logs/debug.log") + ")");
      return;
    }

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  dbms.shutdown();
                  stopped.countDown();
                }));
    System.out.println("READY " + port);
    System.out.flush();
    waitForEndOfInput(System.in);
    System.exit(0);
  }

  /** Refuses a taken port up front: Neo4j's own bind error is buried in its log. */
  private static int freePortOr(int wanted) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), wanted));
      return socket.getLocalPort();
    } catch (IOException e) {
      fail("PORT", "port " + wanted + " is already in use: stop what listens there or set NEO4J_BOLT_PORT to a free port");
      return -1;
    }
  }

  private static void waitForEndOfInput(InputStream in) {
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) >= 0) {
        // Input is ignored; only its end matters.
      }
    } catch (IOException ignored) {
      // A broken pipe means the parent is gone: stop as for end of input.
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    StringBuilder all = new StringBuilder(String.valueOf(e.getMessage()));
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
      all.append(" / ").append(cause.getMessage());
    }
    return all.toString();
  }

  private static void fail(String code, String sentence) {
    System.err.println("ERROR " + code + " " + sentence);
    System.err.flush();
    System.exit(2);
  }
}
