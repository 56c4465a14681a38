import { HostStrip } from './HostStrip';
import { useAppStore } from './storeContext';
import { Timeline } from './timeline/Timeline';

/**
 * The hosts strip and the timeline share one short row above the list, so that a DevTools
 * window docked at the bottom (about 320 px) still lists ten rows. Each can be folded away.
 */
export function Overview() {
  const showHosts = useAppStore((s) => s.settings.showHosts);
  const showTimeline = useAppStore((s) => s.settings.showTimeline);
  const any = useAppStore((s) => s.errors.length > 0);
  if (!any || (!showHosts && !showTimeline)) return null;
  return (
    <div id="overview" className="overview">
      {showHosts && <HostStrip />}
      {showTimeline && <Timeline />}
    </div>
  );
}
