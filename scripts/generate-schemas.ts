/** `npm run schema`: regenerates schemas/ from the pinned SDK's types. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSchemas } from './schema/generate.js';

const schemasDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schemas');
for (const [name, text] of generateSchemas()) {
  const file = path.join(schemasDir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  fs.writeFileSync(file, text);
  console.log(`${before === text ? 'unchanged' : 'written  '} schemas/${name}`);
}
