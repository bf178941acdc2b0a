import type { Command } from 'commander';
import { RegiokrachtError } from '../domain/errors.js';
import {
  isTextLang,
  type CoverageStatement,
  type MeasureStatus,
  type TextLang,
} from '../services/analytics/measure-status.js';

/** Adds `--lang nl|en` (default en): the language of the text output, headers and names included. */
export function langOption(command: Command): Command {
  return command.option('--lang <lang>', 'language of the text output: en or nl', 'en');
}

/** The `--lang` value, checked. */
export function cliLang(value: string | undefined): TextLang {
  const lang = value ?? 'en';
  if (!isTextLang(lang))
    throw new RegiokrachtError('INVALID_INPUT', `--lang ${lang}: use en or nl`);
  return lang;
}

/**
 * For the text output: stops with exit code 1 and the reason in one line when the region's
 * figures cannot be measured (the JSON output states it in `available` and `reason` instead).
 */
export function requireMeasured(region: string, status: MeasureStatus, lang: TextLang): void {
  if (status.available) return;
  throw new RegiokrachtError(
    'NOT_MEASURABLE',
    `${region}: ${lang === 'nl' ? 'niet beschikbaar' : 'not available'}: ${status.reason ?? ''}`,
  );
}

/** The coverage note as a line of the text output. */
export function coverageLine(coverage: CoverageStatement, lang: TextLang): string {
  return `${lang === 'nl' ? 'Dekking' : 'Coverage'}: ${coverage.note}`;
}
