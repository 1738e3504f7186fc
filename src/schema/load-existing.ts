import type DataLoader from 'dataloader';
import { GraphError } from '../graph/errors';

/**
 * Loads a node that another node refers to. A dangling reference means the
 * graph is inconsistent: an internal error, never shown to clients as such.
 */
export async function loadExisting<V>(loader: DataLoader<string, V | null>, id: string): Promise<V> {
  const value = await loader.load(id);
  if (value === null) throw new GraphError(`dangling reference to ${id}`);
  return value;
}
