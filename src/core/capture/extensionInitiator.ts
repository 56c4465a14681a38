import { isObject, own } from '../json/guards';

const EXTENSION_URL = /^(?:chrome|moz|safari-web)-extension:\/\//i;
// Async stacks chain through `parent`; a hostile HAR may chain forever.
const MAX_STACKS = 32;

function frameUrls(stack: unknown, out: string[]): void {
  let current = stack;
  for (let depth = 0; depth < MAX_STACKS && isObject(current); depth++) {
    const frames = own(current, 'callFrames');
    if (Array.isArray(frames)) {
      for (const frame of frames) {
        const url = isObject(frame) ? own(frame, 'url') : undefined;
        if (typeof url === 'string' && url !== '') out.push(url);
      }
    }
    current = own(current, 'parent');
  }
}

/**
 * Whether another extension (a password manager, an ad blocker…) made the request rather than
 * the page. In a HAR saved from Chrome's Network panel every call frame of `_initiator` is the
 * extension's script. Chrome's extension API hides who it was instead: such a fetch or XHR
 * comes with `_initiator: null`, where the page's own carry its script's stack. Firefox
 * records no initiator, so there it is never known.
 */
export function isExtensionInitiated(initiator: unknown, resourceType?: string): boolean {
  if (initiator === null) return resourceType === 'fetch' || resourceType === 'xhr';
  if (!isObject(initiator)) return false;
  const urls: string[] = [];
  frameUrls(own(initiator, 'stack'), urls);
  if (urls.length === 0) {
    const url = own(initiator, 'url');
    return typeof url === 'string' && EXTENSION_URL.test(url);
  }
  return urls.every((url) => EXTENSION_URL.test(url));
}
