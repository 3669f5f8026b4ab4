import { PAGE_SIZE } from "./catalog.schema";

export interface Paged<T> {
  items: T[];
  page: number;
  pageCount: number;
  total: number;
}

export function paged<T>(items: T[], total: number, page: number): Paged<T> {
  return { items, page, total, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}
