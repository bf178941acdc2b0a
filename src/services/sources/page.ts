/** Which slice of a list to return. */
export interface PageQuery {
  readonly limit: number;
  readonly offset: number;
}

/** A slice of a list with the size of the whole list. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}
