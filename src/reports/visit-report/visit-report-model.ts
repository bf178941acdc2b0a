import type { DossierVisitInput } from '../../services/dossier/dossier-inputs.js';
import type { DossierModel } from '../dossier-model.js';

/** The visit as the report shows it: what was planned, found and promised. */
export interface VisitReportVisit extends DossierVisitInput {
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
