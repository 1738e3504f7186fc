package kg.corenlp;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsServer;
import com.sun.net.httpserver.spi.HttpServerProvider;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * The JDK's own HTTP server, bound to the loopback interface whatever address
 * it is asked for.
 *
 * <p>Why: StanfordCoreNLPServer has no option for its bind address; it creates
 * its server with {@code HttpServer.create(new InetSocketAddress(port), 0)},
 * which is the wildcard address (every interface). {@code HttpServer.create}
 * asks the provider named by the system property
 * {@code com.sun.net.httpserver.HttpServerProvider}, so LocalCoreNlp names this
 * class there and every server CoreNLP starts listens on 127.0.0.1 only.
 *
 * <p>The JDK's default provider lives in a package that jdk.httpserver does not
 * export; the JVM runs with {@code --add-exports
 * jdk.httpserver/sun.net.httpserver=ALL-UNNAMED} so it can be instantiated.
 */
public final class LoopbackHttpServerProvider extends HttpServerProvider {
  /** The first bind failure, for LocalCoreNlp: CoreNLP itself only logs it and keeps running. */
  static volatile IOException bindFailure;

  private final HttpServerProvider delegate;

  public LoopbackHttpServerProvider() {
    try {
      delegate =
          (HttpServerProvider)
              Class.forName("sun.net.httpserver.DefaultHttpServerProvider").getDeclaredConstructor().newInstance();
    } catch (ClassNotFoundException
        | NoSuchMethodException
        | InstantiationException
        | IllegalAccessException
        | InvocationTargetException e) {
      throw new IllegalStateException("the JDK's HTTP server provider is not accessible (missing --add-exports?)", e);
    }
  }

  private static InetSocketAddress loopback(InetSocketAddress address) {
    int port = address == null ? 0 : address.getPort();
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
  }

  @Override
  public HttpServer createHttpServer(InetSocketAddress address, int backlog) throws IOException {
    try {
      return delegate.createHttpServer(loopback(address), backlog);
    } catch (IOException e) {
      bindFailure = e;
      throw e;
    }
  }

  @Override
  public HttpsServer createHttpsServer(InetSocketAddress address, int backlog) throws IOException {
    try {
      return delegate.createHttpsServer(loopback(address), backlog);
    } catch (IOException e) {
      bindFailure = e;
      throw e;
    }
  }
}
