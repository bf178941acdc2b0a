import type { ImportContext } from '../importer.js';
import type { CordisSink } from './cordis-sink.js';

interface Pending {
  role: string;
  contribution: number | null;
  totalCost: number | null;
  /** The fields of the row it came from (its first row), to tell exact repeats. */
  readonly fields: readonly string[];
  readonly line: number;
}

/**
 * Gathers the participations of one project while its rows are adjacent (CORDIS files list a
 * project's participants together) and writes them when the next project starts. An organisation
 * that occurs twice in a project gets one participation: contributions and costs summed, the
 * coordinator role kept if either row has it. A line repeated exactly is refused as a duplicate,
 * and so is a project that comes back after other projects (the file must be grouped by project).
 * Memory: the current project's rows and the ids of the projects done.
 */
export class ParticipationGrouper {
  /** True when `enter` just switched to a new project (its project row should be written). */
  isNew = false;
  private project = '';
  private group = new Map<string, Pending>();
  private readonly done = new Set<string>();
  private aggregated = 0;

  constructor(
    private readonly ctx: ImportContext,
    private readonly sink: CordisSink,
  ) {}

  /**
   * Starts (or continues) the rows of `projectId`; returns false, having refused the row, when
   * the project was seen before, apart from this row.
   */
  enter(projectId: string, line: number, field: string): boolean {
    if (projectId === this.project) {
      this.isNew = false;
      return true;
    }
    if (this.done.has(projectId)) {
      this.ctx.refuse(
        line,
        field,
        `project ${projectId} appeared earlier in the file, not next to this row: sort the file by project`,
      );
      this.isNew = false;
      return false;
    }
    this.emit();
    if (this.project) this.done.add(this.project);
    this.project = projectId;
    this.isNew = true;
    return true;
  }

  /**
   * Adds the participation of a row; a second row of the same organisation is summed into it,
   * unless it is the same line again (refused as a duplicate).
   */
  add(
    actorId: string,
    role: string,
    contribution: number | null,
    totalCost: number | null,
    fields: readonly string[],
    line: number,
  ): void {
    const pending = this.group.get(actorId);
    if (!pending) {
      this.group.set(actorId, { role, contribution, totalCost, fields, line });
      return;
    }
    if (
      pending.fields.length === fields.length &&
      pending.fields.every((f, i) => f === fields[i])
    ) {
      this.ctx.refuse(line, '(row)', `duplicate of row ${pending.line} (the same line twice)`);
      return;
    }
    pending.contribution = sum(pending.contribution, contribution);
    pending.totalCost = sum(pending.totalCost, totalCost);
    if (role === 'coordinator') pending.role = role;
    this.aggregated++;
  }

  /** Writes the last project's participations and notes the aggregation. */
  finish(): void {
    this.emit();
    if (this.aggregated > 0) {
      this.ctx.note(
        `${this.aggregated} repeated (project, organisation) rows aggregated: contributions summed into one participation`,
      );
    }
  }

  private emit(): void {
    for (const [actorId, p] of this.group) {
      this.sink.addParticipation({
        project_id: this.project,
        actor_id: actorId,
        role: p.role,
        contribution_eur: p.contribution,
        total_cost_eur: p.totalCost,
        import_id: this.ctx.importId,
      });
    }
    this.group = new Map();
  }
}

function sum(a: number | null, b: number | null): number | null {
  return a === null && b === null ? null : (a ?? 0) + (b ?? 0);
}
