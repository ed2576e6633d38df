import { createContext, useContext } from 'react';

/** True while the form shows the last good state because the text does not parse. */
export const ReadOnlyContext = createContext(false);

/** Whether form fields must not edit. */
export function useReadOnly(): boolean {
  return useContext(ReadOnlyContext);
}
