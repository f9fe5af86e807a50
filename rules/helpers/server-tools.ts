/** Server tools (run by the API, not by the caller): the blocks they leave in a conversation. */

/** Result blocks of server tools (GA and beta), from the SDK's ContentBlockParam unions. */
export const SERVER_TOOL_RESULT_TYPES: ReadonlySet<string> = new Set([
  'web_search_tool_result',
  'web_fetch_tool_result',
  'code_execution_tool_result',
  'bash_code_execution_tool_result',
  'text_editor_code_execution_tool_result',
  'tool_search_tool_result',
  'advisor_tool_result',
]);
