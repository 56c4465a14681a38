/**
 * Run with `node --expose-gc --import tsx`: reads a gRPC-Web body of 4 MB and prints, as JSON,
 * how much heap its decoded status keeps alive once the body is gone.
 */
import { grpcWebReader } from '../../src/core/grpc/grpcWebReader';

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with --expose-gc');

const frame = (flag: number, payload: string) => {
  const n = payload.length;
  return (
    String.fromCharCode(flag, (n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255) +
    payload
  );
};

function read(): unknown {
  const body = btoa(
    frame(0, 'x'.repeat(4 * 1024 * 1024)) +
      frame(
        0x80,
        'grpc-status: 14\r\ngrpc-message: backend overloaded, try later\r\nx-extra: kept\r\n',
      ),
  );
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

gc();
const before = process.memoryUsage().heapUsed;
const status = read();
gc();
gc();
const retained = process.memoryUsage().heapUsed - before;
console.log(JSON.stringify({ retained, status }));
