import type { AppConfig } from '../config';
import { openGraph, type GraphConnection } from '../graph/connection';
import { openBackbone, type Backbone } from '../nlp';

/** The graph and the annotation backbone a command works with, and one `close` for both. */
export interface Services {
  graph: GraphConnection;
  backbone: Backbone;
  close: () => Promise<void>;
}

function describeStart(config: AppConfig): string {
  const target = config.corenlp.target;
  return target.kind === 'external'
    ? `Using CoreNLP at ${target.urls.join(', ')} (CORENLP_URL)...`
    : `Starting the managed Stanford CoreNLP 4.5.10 (heap ${target.heap}, ${target.threads} threads)...`;
}

/**
 * Opens the graph and the annotation backbone at the same time (each may be a
 * JVM that takes seconds to start). If either fails, the other is closed
 * again, so a failed start leaves no process behind.
 */
export async function openServices(
  config: AppConfig,
  graphOpener: () => Promise<GraphConnection> = () => openGraph(config),
): Promise<Services> {
  console.log(describeStart(config));
  const [graph, backbone] = await Promise.allSettled([graphOpener(), openBackbone(config)]);
  if (graph.status === 'fulfilled' && backbone.status === 'fulfilled') {
    return {
      graph: graph.value,
      backbone: backbone.value,
      close: async () => {
        await graph.value.close();
        await backbone.value.close();
      },
    };
  }
  if (graph.status === 'fulfilled') await graph.value.close();
  if (backbone.status === 'fulfilled') await backbone.value.close();
  throw graph.status === 'rejected' ? graph.reason : (backbone as PromiseRejectedResult).reason;
}
