/**
 * Writes src/core/packs/conditions.generated.ts from the built-in packs' condition lists, and
 * readers.generated.ts from their envelopes
 * (`npm run gen:conditions`). Run it after changing a built-in pack: a test fails while the
 * committed file differs from what this writes, and until then the decoder interprets the
 * changed lists (a list is used only under its exact JSON).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  generatedConditionsModule,
  generatedReadersModule,
} from '../src/core/pack/codegen/generatedModule';

for (const [file, text] of [
  ['conditions.generated.ts', generatedConditionsModule],
  ['readers.generated.ts', generatedReadersModule],
] as const) {
  const target = fileURLToPath(new URL(`../src/core/packs/${file}`, import.meta.url));
  writeFileSync(target, await text());
  console.log(`wrote ${target}`);
}
