import { useT } from '../i18n/useT';
import { useAppStore } from '../storeContext';
import { IconButton } from '../IconButton';

interface CoverageNoticeProps {
  readonly id: string;
  /** What the panel cannot see, and why. */
  readonly text: string;
  readonly onDismiss: () => void;
}

/**
 * A dismissible line above the list about what the panel may be missing; the webRequest
 * listener sees it, so the way to turn that on comes with it while it is off.
 */
export function CoverageNotice({ id, text, onDismiss }: CoverageNoticeProps) {
  const t = useT();
  const listening = useAppStore((s) => s.webRequestOn);
  const offer = useAppStore((s) => s.setListenerOfferOpen);
  return (
    <div id={id} className="notice" role="status">
      <span>{text}</span>
      {!listening && (
        <button type="button" className="link-button" onClick={() => offer(true)}>
          {t('navigationDropListener')}
        </button>
      )}
      <IconButton label={t('dismiss')} onClick={onDismiss}>
        ×
      </IconButton>
    </div>
  );
}
