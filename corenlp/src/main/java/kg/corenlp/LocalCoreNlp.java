package kg.corenlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLPServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Runs the Stanford CoreNLP server as a process of its own, on the loopback
 * interface only (see LoopbackHttpServerProvider).
 *
 * <p>Protocol with the parent process (src/nlp/local-corenlp.ts): one line
 * {@code READY <port>} on stdout once the HTTP server listens, or one line
 * {@code ERROR <code> <sentence>} on stderr and a non-zero exit. The models
 * load on the first request, which the parent sends before it calls the server
 * ready. The process stops when its standard input closes, so a parent that
 * dies, even by SIGKILL, never leaves an orphan JVM behind.
 *
 * <p>Arguments: {@code <port> <threads> <timeout-ms> <max-chars>}; port 0
 * picks a free one.
 */
public final class LocalCoreNlp {
  private LocalCoreNlp() {}

  public static void main(String[] args) {
    if (args.length != 4) fail("USAGE", "expected <port> <threads> <timeout-ms> <max-chars>");
    // Must be set before CoreNLP creates its first HttpServer: the JDK reads it once.
    System.setProperty("com.sun.net.httpserver.HttpServerProvider", LoopbackHttpServerProvider.class.getName());
    int port = freePortOr(Integer.parseInt(args[0]));
    String threads = args[1];
    String timeoutMs = args[2];
    String maxChars = args[3];
    try {
      StanfordCoreNLPServer.launchServer(
          new String[] {
            "-port", String.valueOf(port),
            "-threads", threads,
            // Per request, after which CoreNLP answers 500 "timed out" and interrupts the annotation.
            "-timeout", timeoutMs,
            "-maxCharLength", maxChars,
            "-quiet", "true",
          });
    } catch (IOException | RuntimeException e) {
      fail("START", "CoreNLP did not start: " + e.getMessage());
    }
    if (LoopbackHttpServerProvider.bindFailure != null) {
      // CoreNLP only logs a failed bind and keeps running; the port was taken between our check and its bind.
      fail("PORT", "port " + port + " is already in use: stop what listens there or let the project pick a free port");
    }
    System.out.println("READY " + port);
    System.out.flush();
    waitForEndOfInput(System.in);
    System.exit(0);
  }

  /** Refuses a taken port up front with one clear sentence (CoreNLP would log it and run on without a server). */
  private static int freePortOr(int wanted) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), wanted));
      return socket.getLocalPort();
    } catch (IOException e) {
      fail("PORT", "port " + wanted + " is already in use: stop what listens there or let the project pick a free port");
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

  private static void fail(String code, String sentence) {
    System.err.println("ERROR " + code + " " + sentence);
    System.err.flush();
    System.exit(2);
  }
}
