/** Places: LOCATED_IN from "X in Y", "Y's capital X", and cities of the countries the article names. */
import { entityKey } from '../entities';
import { COUNTRY_BY_ISO } from '../lexicon';
import type { ArticleRule, SentenceRule } from './context';

/** "X in Y", "X, in the province of Y", "X of the Y", "Y's capital X". */
export const placesInPlaces: SentenceRule = (ctx, { sentence: s, mentions: ms }) => {
  const { text, sink } = ctx;
  for (const [i, a] of ms.entries()) {
    const b = ms[i + 1];
    if (!b) continue;
    const gap = text.slice(a.end, b.start);
    if (
      a.type === 'Place' &&
      (b.type === 'Place' || b.type === 'Country') &&
      /^\s*,?\s*in\s+(?:the\s+)?(?:(?:state|province|region) of\s+)?$/.test(gap)
    )
      sink.relate('LOCATED_IN', a.key, b.key, s);
    if (a.type === 'Place' && b.type === 'Place' && /^\s+of\s+(?:the\s+)?$/.test(gap))
      sink.relate('LOCATED_IN', a.key, b.key, s);
    if (a.type === 'Country' && b.type === 'Place' && /^['’]s\s+(?:capital\s+(?:city\s+)?(?:of\s+)?)?$/.test(gap))
      sink.relate('LOCATED_IN', b.key, a.key, s);
  }
};

/** A city the gazetteer places in a country the article names is in that country, unless the text said otherwise. */
export const citiesInNamedCountries: ArticleRule = (ctx) => {
  const { sink, sentences } = ctx;
  for (const m of ctx.table.resolved) {
    const iso = m.gaz?.countryIso;
    if (!iso || m.inTitle) continue;
    const cname = COUNTRY_BY_ISO.get(iso);
    if (!cname) continue;
    const ck = entityKey('Country', cname);
    const s = sentences[m.sentenceIndex];
    // A dateline city ("MOSCOW (AP) —") says where the reporter was, not much about the city.
    if (m.sentenceIndex === 0 && s && m.start - s.start < 25) continue;
    if (ctx.entities.has(ck) && s && !sink.has('LOCATED_IN', (r) => r.from === m.key))
      sink.relate('LOCATED_IN', m.key, ck, s, {}, 0.5);
  }
};
