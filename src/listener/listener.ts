import { browserListenerPageSeam } from '../platform/browserSeam';
import { startListenerPage } from './listenerPage';

void startListenerPage(document, browserListenerPageSeam());
