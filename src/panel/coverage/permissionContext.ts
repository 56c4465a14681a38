import { createContext, useContext } from 'react';
import type { PermissionSeam } from '../../platform/seam';

/** The panel page's own permission calls; `null` where there is none (a plain test render). */
export const PermissionContext = createContext<PermissionSeam | null>(null);

export function usePermissions(): PermissionSeam | null {
  return useContext(PermissionContext);
}
