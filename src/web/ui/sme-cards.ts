import type { ContactPointRecord, FundRecord } from '../api/sme-types.js';
import { href } from '../app/router.js';
import { formatNumber, lang, nameOf, t } from '../i18n/i18n.js';
import type { MessageKey } from '../i18n/messages-nl.js';
import { h, type Child } from './dom.js';
import { fact } from './fact.js';

/** The translated label of a contact channel, a fund instrument or a fund target. */
export function smeLabel(kind: 'channel' | 'instrument' | 'target', value: string): string {
  return t(`sme.${kind}.${value.replace(/ /g, '-')}` as MessageKey);
}

/** A language code as its name in the page's language (nl -> Nederlands / Dutch). */
function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([lang()], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * A fact whose value is a web address, shown as a link; nothing without an address. A source's
 * address (a deep link, often long) runs over the card's width; a website's stays among the
 * short facts.
 */
function linkFact(label: string, url: string | null, long = false): HTMLElement | null {
  if (!url) return null;
  const item = fact(label, h('a', { class: 'utrecht-link', href: url }, url));
  return long ? wide(item) : item;
}

/** The places a contact point serves: over the card's width when more than a few. */
function servesFact(places: string): HTMLElement {
  const item = fact(t('sme.field.serves'), places);
  return places.length > 40 ? wide(item, true) : item;
}

/**
 * A fact over the card's whole width: a sentence or a long address in one narrow column of the
 * facts grid would run to a dozen lines; `prose` sets it as running text rather than a figure.
 */
function wide(item: HTMLElement, prose = false): HTMLElement {
  item.classList.add('rk-facts__item--wide');
  if (prose) item.classList.add('rk-facts__item--prose');
  return item;
}

/**
 * The card of an SME record: its name, its status when it is not published, its facts, and with
 * `editPath` the link to the page that edits it.
 */
function smeCard(
  record: Pick<ContactPointRecord | FundRecord, 'name' | 'status'>,
  testId: string,
  facts: readonly Child[],
  editPath: string | null,
): HTMLElement {
  return h(
    'li',
    { class: 'rk-card', 'data-testid': testId },
    h('p', { class: 'rk-card__title' }, record.name),
    record.status !== 'published'
      ? h('p', { class: 'rk-small' }, h('strong', null, t(`sme.status.${record.status}`)))
      : null,
    h('dl', { class: 'rk-facts' }, ...facts),
    editPath
      ? h(
          'p',
          { class: 'rk-small' },
          h(
            'a',
            { class: 'utrecht-link', href: href(editPath) },
            t('sme.edit', { name: record.name }),
          ),
        )
      : null,
  );
}

/** An amount in its own currency, compact when large. */
function formatAmount(value: number, currency: string): string {
  return new Intl.NumberFormat(lang() === 'nl' ? 'nl-NL' : 'en-GB', {
    style: 'currency',
    currency,
    notation: Math.abs(value) >= 1e6 ? 'compact' : 'standard',
    maximumFractionDigits: Math.abs(value) >= 1e6 ? 1 : 0,
  }).format(value);
}

/**
 * A contact point with everything an entrepreneur needs to reach it: organisation, what it helps
 * with, visiting address, phone and e-mail as links, website, opening hours, channels and languages
 * by name, the areas it serves, and the source. `editLink` adds a link to its edit page.
 */
export function contactPointCard(c: ContactPointRecord, editLink = false): HTMLElement {
  const address = [c.address, [c.postcode, c.town].filter(Boolean).join(' ')].filter(Boolean);
  const serves = [...c.municipalities.map((m) => m.name), ...c.regions.map(nameOf)];
  return smeCard(
    c,
    'contact-point',
    [
      c.helps_with
        ? wide(fact(t('sme.field.helpsWith'), c.helps_with, 'contact-helps-with'), true)
        : null,
      c.organisation ? fact(t('sme.field.organisation'), c.organisation) : null,
      address.length
        ? fact(
            t('sme.field.address'),
            h(
              'address',
              { class: 'rk-address' },
              ...address.flatMap((l, i) => (i ? [h('br'), l] : [l])),
            ),
            'contact-address',
          )
        : null,
      c.phone
        ? fact(
            t('sme.field.phone'),
            h(
              'a',
              { class: 'utrecht-link', href: `tel:${c.phone.replace(/[^+0-9]/g, '')}` },
              c.phone,
            ),
            'contact-phone',
          )
        : null,
      c.email
        ? fact(
            t('sme.field.email'),
            h('a', { class: 'utrecht-link', href: `mailto:${c.email}` }, c.email),
            'contact-email',
          )
        : null,
      linkFact(t('sme.field.website'), c.website),
      c.opening_hours ? fact(t('sme.field.openingHours'), c.opening_hours) : null,
      c.channels.length
        ? fact(
            t('sme.field.channels'),
            c.channels.map((ch) => smeLabel('channel', ch)).join(', '),
            'contact-channels',
          )
        : null,
      c.languages.length
        ? fact(t('sme.field.languages'), c.languages.map(languageName).join(', '))
        : null,
      serves.length ? servesFact(serves.join(', ')) : null,
      c.smes_served_per_year !== null
        ? fact(
            t('sme.field.served'),
            t('sme.served', {
              n: formatNumber(c.smes_served_per_year),
              year: c.smes_served_year ?? '',
            }),
          )
        : null,
      linkFact(t('sme.field.source'), c.source_url, true),
    ],
    editLink ? `/mkb/contactpunten/${encodeURIComponent(c.id)}` : null,
  );
}

/** A regional fund: size in its currency, instruments and targets by name, regions, period, source. */
export function fundCard(f: FundRecord, editLink = false): HTMLElement {
  const period = [f.period_start, f.period_end].filter(Boolean).join(' – ');
  return smeCard(
    f,
    'fund',
    [
      f.manager ? fact(t('sme.fund.manager'), f.manager) : null,
      f.size !== null ? fact(t('sme.fund.size'), formatAmount(f.size, f.currency ?? 'EUR')) : null,
      f.instruments.length
        ? fact(
            t('sme.fund.instruments'),
            f.instruments.map((i) => smeLabel('instrument', i)).join(', '),
          )
        : null,
      f.targets.length
        ? fact(t('sme.fund.targets'), f.targets.map((i) => smeLabel('target', i)).join(', '))
        : null,
      f.target_sectors.length ? fact(t('sme.fund.sectors'), f.target_sectors.join(', ')) : null,
      f.regions.length ? fact(t('sme.fund.regions'), f.regions.map(nameOf).join(', ')) : null,
      period ? fact(t('sme.fund.period'), period) : null,
      linkFact(t('sme.field.website'), f.website),
      linkFact(t('sme.field.source'), f.source_url, true),
    ],
    editLink ? `/mkb/fondsen/${encodeURIComponent(f.id)}` : null,
  );
}
