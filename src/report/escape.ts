/**
 * Text from linted files (model ids, field names, paths) printed for people:
 * a control character could set the terminal's title, clear the screen or fake
 * a line of output, and a bidirectional override can reorder what is shown.
 * Each is shown as its `\u` escape instead.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function escapeControl(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
