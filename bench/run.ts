/** `npm run bench`: the decoder against JSON.parse, then the CLI end to end. */
import { runCliBench } from './cli.bench';
import { runDecodeBench } from './decode.bench';

runDecodeBench();
runCliBench();
