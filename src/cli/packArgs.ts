import { parseOptions } from './options';

export type PackArgs =
  | { readonly action: 'validate'; readonly files: readonly string[] }
  | { readonly action: 'list'; readonly packs: readonly string[]; readonly json: boolean }
  | {
      readonly action: 'from-openapi';
      readonly spec: string;
      readonly hosts: readonly string[];
      readonly id?: string;
    };

export type PackCommand =
  | { readonly kind: 'pack'; readonly args: PackArgs }
  | { readonly kind: 'usage-error'; readonly message: string };

export const PACK_USAGE = `       api-error-decoder pack validate FILE...
       api-error-decoder pack list [--pack FILE]... [--json]
       api-error-decoder pack from-openapi SPEC.json|yaml [--host H]... [--id ID]`;

export const PACK_HELP = `The pack command works on error packs, JSON files that teach the decoder an API's error
format and codes (docs/error-packs.md):
  pack validate FILE...   checks each pack against schema/error-pack.schema.json and prints
                    every problem as "FILE: JSON Pointer: message"; exits 1 when any pack is
                    invalid, 0 otherwise
  pack list         prints the built-in packs and those given with --pack: id, version,
                    origin, hosts and code count (--json: one JSON document)
  pack from-openapi SPEC   prints a draft pack from an OpenAPI 3.0/3.1 document (JSON or
                    YAML): envelope and statuses from its 4xx, 5xx and default responses,
                    codes from the code property's enums and examples; --host sets the
                    pack's hosts (default: the spec's servers). What to finish by hand goes
                    to stderr`;

const usage = (message: string): PackCommand => ({ kind: 'usage-error', message });

/** The arguments after `pack`. Pure, like parseArgs. */
export function parsePackArgs(rest: readonly string[]): PackCommand {
  const [action, ...tail] = rest;
  if (action === undefined) return usage('pack needs an action: validate, list or from-openapi');
  if (action === 'validate') {
    const options = parseOptions(tail, { flags: [], values: [] });
    if (typeof options === 'string') return usage(options);
    if (options.files.length === 0) return usage('pack validate needs FILE...');
    return { kind: 'pack', args: { action, files: options.files } };
  }
  if (action === 'list') {
    const options = parseOptions(tail, { flags: ['--json'], values: ['--pack'] });
    if (typeof options === 'string') return usage(options);
    if (options.files.length > 0) return usage(`unexpected argument: ${options.files[0]}`);
    const packs = options.values.get('--pack') ?? [];
    return { kind: 'pack', args: { action, packs, json: options.flags.has('--json') } };
  }
  if (action === 'from-openapi') {
    const options = parseOptions(tail, { flags: [], values: ['--host', '--id'] });
    if (typeof options === 'string') return usage(options);
    const [spec, ...extra] = options.files;
    if (spec === undefined) return usage('pack from-openapi needs SPEC.json or SPEC.yaml');
    if (extra.length > 0) return usage(`unexpected argument: ${extra[0]}`);
    const id = options.values.get('--id')?.at(-1);
    const hosts = options.values.get('--host') ?? [];
    return { kind: 'pack', args: { action, spec, hosts, ...(id === undefined ? {} : { id }) } };
  }
  return usage(`unknown pack action: ${action}`);
}
