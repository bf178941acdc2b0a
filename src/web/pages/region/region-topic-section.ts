import { t } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/messages-nl.js';
import { h, type Child } from '../../ui/dom.js';

/** One of the three topics of a visit, numbered, with its lead and its figures. */
export function topicSection(topic: 1 | 2 | 3, children: Child[]): HTMLElement {
  return h(
    'section',
    { class: 'rk-topic', id: `topic-${topic}`, 'aria-labelledby': `topic-${topic}-heading` },
    h(
      'h2',
      { class: 'utrecht-heading-2 rk-topic__heading', id: `topic-${topic}-heading` },
      h('span', { class: 'rk-topic__number' }, String(topic)),
      t(`topic.${topic}`),
    ),
    h('p', { class: 'utrecht-paragraph rk-topic__lead' }, t(`topic.${topic}.lead` as MessageKey)),
    children,
  );
}
