/**
 * One event, several names: an article says "the Prime Minister's surprise
 * visit to Kyiv", then "the visit"; "a meeting at the palace", then "the
 * meeting". An event the article names only by its kind ("visit", "the
 * ceremony": one word) is the one
 * event of that kind and a compatible date that the article names more fully,
 * and has the same head noun in its name, when there is exactly one such; it then joins it. With two candidates the
 * short name stays an event of its own rather than a guess.
 */
import { fold } from '../../reference/index';
import type { ExtractedEntity } from '../types';
import type { RuleContext } from './context';

/** Named by its kind alone: one lower-case word ("visit", "ceremony", "talks"). */
function bare(e: ExtractedEntity): boolean {
  return /^\p{Ll}+$/u.test(e.name);
}

function compatibleDates(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a.startsWith(b) || b.startsWith(a);
}

export function eventCoreference(ctx: RuleContext): void {
  const events = () => [...ctx.table.entities.values()].filter((e) => e.type === 'Event');
  // "Other" gathers wars, calls and anniversaries: too unlike each other to join by kind.
  for (const short of events().filter((e) => bare(e) && e.properties.eventType !== 'Other')) {
    const head = fold(short.name).split(' ').pop() ?? '';
    const candidates = events().filter(
      (e) =>
        e.key !== short.key &&
        !bare(e) &&
        fold(e.name).split(' ').includes(head) &&
        e.properties.eventType === short.properties.eventType &&
        compatibleDates(e.properties.date, short.properties.date),
    );
    const only = candidates.length === 1 ? candidates[0] : undefined;
    if (only) ctx.sink.merge(short.key, only.key);
  }
}
