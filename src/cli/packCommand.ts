import { parse as parseYaml } from 'yaml';
import type { ErrorFormat } from '../core/formats/format';
import { draftFromOpenApi } from '../core/pack/openapi/fromOpenApi';
import { formatProblem } from '../core/pack/problems';
import { validatePack } from '../core/pack/validate';
import { builtinSummaries, summarizePack, type PackSummary } from '../core/pack/userPacks';
import type { PackArgs } from './packArgs';
import { readPackFile, readPackFiles } from './packFiles';
import { EXIT_OK, EXIT_USAGE, fileErrorReason, type CliIo } from './run';
import { renderTable, sanitize } from './table';
import { jsonText } from '../core/text/controlChars';

const EXIT_INVALID = 1;

/** `pack validate FILE...`: every problem of every file; exit 1 when any pack is invalid. */
function validate(files: readonly string[], io: CliIo): number {
  let invalid = 0;
  const out: string[] = [];
  for (const file of files) {
    const result = readPackFile(io, file);
    if (result.ok) {
      const { id, version, codeCount } = summarizePack(result.format);
      out.push(`${file}: valid (${id} ${version}, ${codeCount} codes)`);
    } else {
      invalid++;
      out.push(...result.lines);
    }
  }
  const summary = `${files.length - invalid} of ${files.length} packs valid`;
  io.stdout(`${out.map(sanitize).join('\n')}\n${summary}\n`);
  return invalid > 0 ? EXIT_INVALID : EXIT_OK;
}

function listed(user: readonly ErrorFormat[]): PackSummary[] {
  return [...user.map(summarizePack), ...builtinSummaries()];
}

/** `pack list`: the packs a decode with the same `--pack` options would use. */
function list(args: Extract<PackArgs, { action: 'list' }>, io: CliIo): number {
  const read = readPackFiles(io, args.packs);
  if ('lines' in read) {
    io.stderr(`api-error-decoder: invalid pack\n${read.lines.join('\n')}\n`);
    return EXIT_USAGE;
  }
  const packs = listed(read.formats);
  if (args.json) {
    io.stdout(`${jsonText({ packs })}\n`);
    return EXIT_OK;
  }
  const table = renderTable(
    [
      { header: 'ID' },
      { header: 'VERSION' },
      { header: 'ORIGIN' },
      { header: 'HOSTS', maxWidth: 40 },
      { header: 'CODES', align: 'right' },
      { header: 'NAME', maxWidth: 40 },
    ],
    packs.map((p) => [
      p.id,
      p.version,
      p.origin,
      p.hosts.length === 0 ? '*' : p.hosts.join(', '),
      String(p.codeCount),
      p.name.en,
    ]),
  );
  io.stdout(`${table}\n`);
  return EXIT_OK;
}

/** `pack from-openapi SPEC`: the draft pack on stdout, what to finish on stderr. */
function fromOpenApi(args: Extract<PackArgs, { action: 'from-openapi' }>, io: CliIo): number {
  let spec: unknown;
  try {
    const text = io.readFile(args.spec);
    spec = /^\s*[{[]/.test(text) ? JSON.parse(text) : parseYaml(text, { maxAliasCount: 1000 });
  } catch (error) {
    const reason =
      error instanceof SyntaxError || (error as { name?: string }).name === 'YAMLParseError'
        ? `not JSON or YAML (${(error as Error).message.split('\n')[0] ?? ''})`
        : fileErrorReason(error);
    io.stderr(`api-error-decoder: ${args.spec}: ${reason}\n`);
    return EXIT_USAGE;
  }
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) {
    io.stderr(
      `api-error-decoder: ${args.spec}: not an OpenAPI document (no JSON or YAML object)\n`,
    );
    return EXIT_USAGE;
  }
  const draft = draftFromOpenApi(spec, {
    hosts: args.hosts,
    ...(args.id === undefined ? {} : { id: args.id }),
  });
  const checked = validatePack(draft.pack);
  io.stdout(`${jsonText(draft.pack, 2)}\n`);
  const problems = checked.ok ? [] : checked.problems.map(formatProblem);
  const lines = [...draft.notes, ...problems.map((p) => `the draft is not yet valid: ${p}`)];
  io.stderr(lines.map((line) => `draft: ${line}\n`).join(''));
  return EXIT_OK;
}

export function runPack(args: PackArgs, io: CliIo): number {
  switch (args.action) {
    case 'validate':
      return validate(args.files, io);
    case 'list':
      return list(args, io);
    case 'from-openapi':
      return fromOpenApi(args, io);
  }
}
