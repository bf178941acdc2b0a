import type { DossierModel } from '../dossier-model.js';

/** The visit as the report shows it: what was planned, found and promised. */
export interface VisitReportVisit {
  readonly id: string;
  readonly date: string;
  readonly venue: string | null;
  readonly hosts: string | null;
  readonly participants: string | null;
  readonly status: string;
  readonly agenda: readonly {
    readonly position: number;
    readonly topic: number | null;
    readonly title: string;
  }[];
  readonly findings: readonly {
    readonly topic: number;
    readonly text: string;
    readonly created_at: string;
  }[];
  readonly commitments: readonly {
    readonly description: string;
    readonly owner: string;
    readonly due_date: string | null;
    /** open, done or dropped. */
    readonly status: string;
    readonly overdue: boolean;
  }[];
}

/** What the visit report is made of: the visit and the dossier of its region on the report's day. */
export interface VisitReportModel {
  readonly visit: VisitReportVisit;
  readonly dossier: DossierModel;
}
