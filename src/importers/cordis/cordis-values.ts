import { CORDIS_ACTIVITY_HELIX, type HelixRole } from '../../domain/helix-role.js';

/** A field read: its value, or why it was refused. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const AMOUNT = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;

/**
 * A euro amount as CORDIS writes it: `317625`, `317625.5`, `1234567,8` (comma decimals in the
 * older semicolon files), `7.66444e+06`; empty and `NA` (R's missing value, in the eunets
 * extract) are null.
 *
 * @example parseAmount('1234,5') -> { ok: true, value: 1234.5 }
 */
export function parseAmount(text: string | undefined): Parsed<number | null> {
  const t = (text ?? '').trim();
  if (t === '' || t === 'NA') return { ok: true, value: null };
  const normal = /^-?\d+,\d+$/.test(t) ? t.replace(',', '.') : t;
  if (!AMOUNT.test(normal)) return { ok: false, reason: `"${t}" is not an amount in euro` };
  return { ok: true, value: Number(normal) };
}

/** An ISO date (`2019-05-01`, or the date part of `2019-05-01 00:00:00`); empty and `NA` are null. */
export function parseDate(text: string | undefined): Parsed<string | null> {
  const t = (text ?? '').trim();
  if (t === '' || t === 'NA') return { ok: true, value: null };
  const m = /^(\d{4}-\d{2}-\d{2})([ T][\d:.]+Z?)?$/.exec(t);
  if (!m) return { ok: false, reason: `"${t}" is not a date (expected YYYY-MM-DD)` };
  return { ok: true, value: m[1]! };
}

/** The helix role of a CORDIS activity type (PRC, REC, HES, PUB, OTH). */
export function parseActivityType(
  text: string | undefined,
): Parsed<{ type: string; role: HelixRole }> {
  const t = (text ?? '').trim().toUpperCase();
  const role = CORDIS_ACTIVITY_HELIX[t];
  if (!role)
    return {
      ok: false,
      reason: `"${text ?? ''}" is not a CORDIS activity type (PRC, REC, HES, PUB, OTH)`,
    };
  return { ok: true, value: { type: t, role } };
}

/** A PIC (participant identification code): digits only. */
export function parsePic(text: string | undefined): Parsed<string> {
  const t = (text ?? '').trim();
  if (!/^\d{1,12}$/.test(t)) return { ok: false, reason: `"${t}" is not a PIC (digits)` };
  return { ok: true, value: t };
}

/** A record number (rcn) or grant number: digits only. */
export function parseRcn(text: string | undefined): Parsed<string> {
  const t = (text ?? '').trim();
  if (!/^\d{1,12}$/.test(t)) return { ok: false, reason: `"${t}" is not a record number (digits)` };
  return { ok: true, value: t };
}

/** The actor id of an organisation with this PIC: `PIC999854661`. */
export function actorIdOfPic(pic: string): string {
  return `PIC${pic}`;
}

/**
 * The project id of a CORDIS project: the framework programme and the record number,
 * `H2020-221856` (Horizon 2020), `HORIZON-<rcn>`, `FP7-<rcn>`.
 */
export function projectIdOf(rcn: string, programme = 'H2020'): string {
  return `${programme}-${rcn}`;
}
