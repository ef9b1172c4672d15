// Which digits the Council report prints in: Arabic by default, Thai (๐–๙) when chosen for a printed document.
import { createContext, useContext } from 'react';

export type Digits = (text: string) => string;
export const DigitsContext = createContext<Digits>((text) => text);
export const useDigits = (): Digits => useContext(DigitsContext);
