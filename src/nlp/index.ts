export { ANNOTATION_VERSION, CORENLP_PROPERTIES } from './annotators';
export { Annotator, openBackbone, type AnnotationOutcome, type Backbone } from './annotator';
export { AnnotationFailedError, AnnotationTimeoutError, AnnotationUnavailableError } from './client';
export type { AnnotatedArticle, AnnotatedSentence, AnnotatedText } from './document';
