/**
 * What the backbone is asked to compute, chosen by measurement on 2 cores
 * (45 news articles of ~250 words, one request at a time, warm server):
 *
 * - tokenize,ssplit,pos,lemma,ner with the 4-class CoNLL CRF only: ~29 articles/s;
 * - the same plus depparse (what we use): ~10 articles/s, ~17/s with two requests in flight;
 * - depparse with the default fine-grained NER (3 CRFs + regexner, no SUTime): ~3.8/s.
 *
 * The fine-grained classes (COUNTRY, TITLE, NATIONALITY…) are what our own
 * reference tables already give, so they do not pay for their cost; dates are
 * read by chrono-node against the published date, so SUTime is off too.
 */
export const CORENLP_PROPERTIES: Readonly<Record<string, string>> = {
  annotators: 'tokenize,ssplit,pos,lemma,ner,depparse',
  outputFormat: 'json',
  'ner.model': 'edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz',
  'ner.useSUTime': 'false',
  'ner.applyNumericClassifiers': 'false',
  'ner.applyFineGrained': 'false',
  // A blank line ends a sentence (the title is separated from the body by one); a single newline does not.
  'ssplit.newlineIsSentenceBreak': 'two',
};

/** Changes whenever the properties do, so a cached annotation made with other settings is not reused. */
export const ANNOTATION_VERSION = `corenlp-4.5.10:${Object.entries(CORENLP_PROPERTIES)
  .map(([k, v]) => `${k}=${v}`)
  .join(';')}`;
