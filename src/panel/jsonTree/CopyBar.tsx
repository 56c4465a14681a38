import { useT } from '../i18n/useT';
import { useCopyStatus } from '../useCopyStatus';
import { copyableValue, pointerOf, propertyPathOf } from './nodePaths';
import type { FlatTree } from './flatTree';

/** The selected node's path, and its value, JSON Pointer or property path to the clipboard. */
export function CopyBar({ tree, node }: { readonly tree: FlatTree; readonly node: number }) {
  const t = useT();
  const { copy, status } = useCopyStatus();
  const path = propertyPathOf(tree, node);
  return (
    <div className="jt-copybar">
      <code id="json-selected-path" className="jt-path" title={path}>
        {path.length > 300 ? path.slice(0, 300) + '…' : path}
      </code>
      <button
        id="json-copy-value"
        type="button"
        onClick={() => copy(() => copyableValue(tree, node))}
      >
        {t('jsonCopyValue')}
      </button>
      <button
        id="json-copy-pointer"
        type="button"
        onClick={() => copy(() => pointerOf(tree, node))}
      >
        {t('jsonCopyPointer')}
      </button>
      <button id="json-copy-path" type="button" onClick={() => copy(() => path)}>
        {t('jsonCopyPath')}
      </button>
      {status}
    </div>
  );
}
