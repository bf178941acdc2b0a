import { RegiokrachtError } from '../../domain/errors.js';

/**
 * Checks of user input for the services that write records. Each throws INVALID_INPUT with a
 * message that names the field and says what is expected.
 */
export function invalid(field: string, problem: string): RegiokrachtError {
  return new RegiokrachtError('INVALID_INPUT', `${field}: ${problem}`);
}

/** A non-empty text of at most `max` characters, trimmed. */
export function requiredText(value: unknown, field: string, max = 10_000): string {
  const text = optionalText(value, field, max);
  if (text === null) throw invalid(field, 'is required and must not be empty');
  return text;
}

/** A text of at most `max` characters, trimmed; null when absent or empty. */
export function optionalText(value: unknown, field: string, max = 10_000): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw invalid(field, 'must be text');
  const text = value.trim();
  if (text.length > max) throw invalid(field, `is ${text.length} characters long; at most ${max}`);
  return text === '' ? null : text;
}

/** A calendar date written YYYY-MM-DD. */
export function isoDate(value: unknown, field: string): string {
  if (typeof value !== 'string' || !isCalendarDate(value))
    throw invalid(field, `${JSON.stringify(value)} is not a date; write YYYY-MM-DD`);
  return value;
}

/** A date written YYYY, YYYY-MM or YYYY-MM-DD (a period's start or end); null when absent or empty. */
export function partialDate(value: unknown, field: string): string | null {
  if (value === undefined || value === null || value === '') return null;
  const ok =
    typeof value === 'string' &&
    (/^\d{4}$/.test(value) || /^\d{4}-(0[1-9]|1[0-2])$/.test(value) || isCalendarDate(value));
  if (!ok)
    throw invalid(
      field,
      `${JSON.stringify(value)} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD`,
    );
  return value as string;
}

/** The start and end of a period, each YYYY, YYYY-MM or YYYY-MM-DD (see {@link partialDate}). */
export interface Period {
  readonly period_start?: string | null | undefined;
  readonly period_end?: string | null | undefined;
}

/** Refuses a period that ends before it starts. */
export function checkPeriod(period: Period): void {
  const { period_start: start, period_end: end } = period;
  if (start && end && end < start) throw invalid('period_end', `${end} is before ${start}`);
}

/** Refuses changes after which a record's period would end before it starts (absent = unchanged). */
export function checkPeriodChange(current: Period, changes: Period): void {
  checkPeriod({
    period_start: changes.period_start === undefined ? current.period_start : changes.period_start,
    period_end: changes.period_end === undefined ? current.period_end : changes.period_end,
  });
}

/** One of the three topics of a visit: 1 innovation system, 2 key areas, 3 innovation power. */
export function topicNumber(value: unknown, field: string): 1 | 2 | 3 {
  if (value !== 1 && value !== 2 && value !== 3)
    throw invalid(
      field,
      `${JSON.stringify(value)} is not a topic; use 1 (innovation system), 2 (key areas) or 3 (regional innovation power)`,
    );
  return value;
}

/** One of the allowed values. */
export function oneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value))
    throw invalid(
      field,
      `${JSON.stringify(value)} is not allowed; use one of ${allowed.join(', ')}`,
    );
  return value as T;
}

/** The version of a record the client last read: a whole number from 1. */
export function versionNumber(value: unknown, field = 'version'): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
    throw invalid(
      field,
      'is required: the version of the record you last read (a whole number from 1)',
    );
  return value;
}

/** A web address (http or https); null when absent or empty. */
export function webAddress(value: unknown, field: string): string | null {
  const text = optionalText(value, field, 2000);
  if (text !== null && !/^https?:\/\/\S+$/.test(text))
    throw invalid(field, `"${text}" is not a web address (http:// or https://)`);
  return text;
}

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
