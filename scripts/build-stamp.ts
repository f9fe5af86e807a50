/**
 * Last step of `npm run build`: hashes the compiled linter into
 * dist/src/build-stamp.json, the build part of `--cache`'s fingerprint
 * (src/lint/build-hash.ts says why content and not modification times).
 */
import { writeBuildStamp } from '../src/lint/build-hash.js';

writeBuildStamp();
