/** The floor for (a): read and JSON.parse every request file under a folder, nothing else. */
import fs from 'node:fs';
import path from 'node:path';

const root = process.argv[2]!;
let parsed = 0;
for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const file = path.join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name);
  const text = fs.readFileSync(file, 'utf8');
  if (file.endsWith('.jsonl')) for (const line of text.split('\n')) line && JSON.parse(line);
  else JSON.parse(text);
  parsed++;
}
process.stdout.write(`${parsed}\n`);
