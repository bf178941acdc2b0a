import type { Generated } from 'kysely';

// Visits with their agendas, findings and commitments, and good practices.

export interface VisitTable {
  id: string;
  region_code: string;
  date: string;
  venue: string | null;
  hosts: string | null;
  participants: string | null;
  status: string;
  dossier_snapshot: string | null;
  source_id: string | null;
  version: Generated<number>;
}

export interface VisitAgendaItemTable {
  visit_id: string;
  position: number;
  topic: number | null;
  title: string;
}

export interface VisitFindingTable {
  id: string;
  visit_id: string;
  topic: number;
  text: string;
  created_at: string;
  version: Generated<number>;
}

export interface CommitmentTable {
  id: string;
  visit_id: string;
  description: string;
  owner: string;
  due_date: string | null;
  status: string;
  created_at: string;
  version: Generated<number>;
}

export interface GoodPracticeTable {
  id: string;
  title: string;
  region_code: string;
  topic: number;
  period_start: string | null;
  period_end: string | null;
  description: string;
  resources: string | null;
  evidence: string | null;
  transfer_potential: string | null;
  contact: string | null;
  source_url: string | null;
  language: string;
  status: string;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface GoodPracticeKeyAreaTable {
  practice_id: string;
  key_area_id: string;
}

export interface PracticeTransferTable {
  id: string;
  practice_id: string;
  to_region_code: string;
  year: number | null;
  outcome: string | null;
}
