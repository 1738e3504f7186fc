/**
 * What GraphiQL gets for `import 'monaco-editor'` (see vite.config.mts): the
 * editor core with its standard features plus the GraphQL and JSON languages,
 * without the CSS, HTML and TypeScript language services it would otherwise
 * bundle.
 */
import 'monaco-editor/esm/vs/basic-languages/graphql/graphql.contribution.js';
import 'monaco-editor/esm/vs/language/json/monaco.contribution.js';
import 'monaco-editor/esm/vs/editor/edcore.main.js';
export * from 'monaco-editor/esm/vs/editor/editor.api.js';
