// The shape every catalogue must have: the Thai catalogue's keys, each leaf a string.
import type { th } from './th';

export type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
export type Catalogue = Strings<typeof th>;
