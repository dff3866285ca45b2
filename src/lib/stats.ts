/**
 * The counts the Method page shows, computed from the content at build time: how many sources we
 * read, how relations are graded, and which relations rest only on sources we have not read (none
 * of which may be graded above "reported"; validate.ts refuses a confirmed one).
 */
import type { Entry, Relation, Source } from './dataset';
import { GRADES, type Grade } from './vocabulary';
import { recordOf } from './typed';

export interface ContentStats {
  sources: { total: number; read: number; unread: number };
  /** Relations per grade, every grade present (0 when none). */
  relationsByGrade: Record<Grade, number>;
  relations: number;
  /** Ids of relations whose every source is marked read: false. */
  onlyUnread: string[];
  /** Of those, the ones graded confirmed: must be empty. */
  onlyUnreadConfirmed: string[];
}

export function contentStats(
  sources: readonly Entry<Source>[],
  relations: readonly Entry<Relation>[],
): ContentStats {
  const read = new Map(sources.map((s) => [s.id, s.data.read] as const));
  const relationsByGrade = recordOf(GRADES, () => 0);
  for (const r of relations) relationsByGrade[r.data.grade] += 1;
  const onlyUnread = relations
    .filter(
      (r) => r.data.sources.length > 0 && r.data.sources.every((id) => read.get(id) === false),
    )
    .map((r) => r.id)
    .sort();
  const readCount = sources.filter((s) => s.data.read).length;
  return {
    sources: { total: sources.length, read: readCount, unread: sources.length - readCount },
    relationsByGrade,
    relations: relations.length,
    onlyUnread,
    onlyUnreadConfirmed: onlyUnread.filter((id) =>
      relations.some((r) => r.id === id && r.data.grade === 'confirmed'),
    ),
  };
}
