/**
 * Run with `node --expose-gc --import tsx test/retention/retained.ts CASE`: decodes a body that
 * is large or many times repeated, keeps only the result, and prints as JSON how much heap that
 * result keeps alive once the body is gone: a string sliced from the body keeps all of it.
 */
import { base64, field, frame } from '../../demo/protobuf';
import { decode } from '../../src/core/decode';
import { grpcWebReader } from '../../src/core/grpc/grpcWebReader';
import { exchange } from '../helpers/exchange';

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with --expose-gc');

/** A gRPC-Web body of 4 MB of data, then its trailer. */
function grpcWeb(): unknown {
  const body = base64([
    ...frame(0, 'x'.repeat(4 * 1024 * 1024)),
    ...frame(0x80, 'grpc-status: 14\r\ngrpc-message: backend overloaded, try later\r\n'),
  ]);
  const mediaType = 'application/grpc-web+proto';
  return grpcWebReader.read({
    body,
    encoding: 'base64',
    mimeType: mediaType,
    mediaType,
    headers: [],
    text: null,
  });
}

/**
 * A Connect error with 64 BadRequest details of ~4 KB each: one short violation, then a field
 * no reader reads. What the decoding keeps is the violations' few hundred bytes of text.
 */
function connect(): unknown {
  const violation = field(1, [...field(1, 'items[0].name'), ...field(2, 'is required here')]);
  const value = base64([...violation, ...field(9, 'p'.repeat(4000))]);
  const details = Array.from({ length: 64 }, () => ({ type: 'google.rpc.BadRequest', value }));
  const body = JSON.stringify({ code: 'invalid_argument', message: 'bad', details });
  return decode(exchange({ url: 'https://api.example.com/x.v1.Svc/Do', method: 'POST', body }));
}

const cases: Record<string, () => unknown> = { grpcWeb, connect };
const run = cases[process.argv[2] ?? ''];
if (run === undefined) throw new Error(`case: one of ${Object.keys(cases).join(', ')}`);
// Once first, unmeasured: the first decode compiles the built-in packs.
run();
gc();
const before = process.memoryUsage().heapUsed;
const result = run();
gc();
gc();
const retained = process.memoryUsage().heapUsed - before;
console.log(JSON.stringify({ retained, result }));
