/**
 * Request JSON files linted through ESLint's JSON language (`@eslint/json`,
 * `language: 'json/json'`): the AST is a Momoa Document. The plugin only needs
 * to tell it from a JS Program; the JSON source (src/sources/json) reads, locates
 * and edits the text, for ESLint as for the CLI.
 *
 * The node shape is declared here rather than imported: the plugin must not
 * depend on @eslint/json at run time (users who lint only JS never install it).
 */
export function isMomoaDocument(ast: unknown): boolean {
  return typeof ast === 'object' && ast !== null && (ast as { type?: unknown }).type === 'Document' && 'body' in ast;
}
