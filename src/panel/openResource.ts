import { createContext, useContext } from 'react';

export type OpenResource = (url: string, line: number, column: number) => void;

/** Opens a script in DevTools' Sources panel; absent in tests and outside DevTools. */
export const OpenResourceContext = createContext<OpenResource | null>(null);

export function useOpenResource(): OpenResource | null {
  return useContext(OpenResourceContext);
}
