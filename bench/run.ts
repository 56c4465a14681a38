/** `npm run bench`: the decoder against JSON.parse, the CLI end to end, then big HARs. */
import { runCliBench } from './cli.bench';
import { runDecodeBench } from './decode.bench';
import { runHarStreamBench } from './har-stream.bench';

runDecodeBench();
runCliBench();
await runHarStreamBench();
