/** Commander's parser for a repeatable option: the values given so far, then this one. */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
