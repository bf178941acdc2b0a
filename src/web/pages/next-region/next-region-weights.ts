import { sendJson } from '../../api/client.js';
import type { NextVisitWeights } from '../../api/visit-types.js';
import { NEXT_VISIT_PARTS } from '../../app/next-visit-weights.js';
import type { Viewer } from '../../app/permissions.js';
import { navigate } from '../../app/router.js';
import { formatNumber, t } from '../../i18n/i18n.js';
import { h } from '../../ui/dom.js';
import { setFlash } from '../../ui/flash.js';
import { button } from '../../ui/form-controls.js';
import { actionForm } from '../../ui/action-form.js';
import { notice } from '../../ui/notice.js';
import { signInNotice } from '../../ui/sign-in-notice.js';
import { writeForm } from '../../ui/write-form.js';
import { weightParam } from './next-region-try.js';
import { pageSection } from '../../ui/page-section.js';
import { formWeights, weightFields, weightLabels } from './next-region-weight-fields.js';

/** The weights as text, for those who may not change them, with how to get that right. */
export function weightsView(weights: NextVisitWeights, viewer: Viewer): HTMLElement {
  return pageSection(
    'weights-heading',
    t('nextRegion.weights'),
    h(
      'dl',
      { class: 'rk-details', 'data-testid': 'weights' },
      NEXT_VISIT_PARTS.map((p) => [
        h('dt', null, t(`nextRegion.part.${p}`)),
        h('dd', null, formatNumber(weights[p] ?? 0, 2)),
      ]),
    ),
    viewer
      ? h(
          'div',
          { 'data-testid': 'no-edit-notice' },
          notice(
            'info',
            h('p', { class: 'utrecht-paragraph' }, t('nextRegion.weights.notAllowed')),
          ),
        )
      : signInNotice(t('nextRegion.weights.signIn')),
  );
}

export function weightsForm(weights: NextVisitWeights, trying: boolean): HTMLElement {
  const labels = weightLabels();
  const form = actionForm(
    { labelledBy: 'weights-heading', testId: 'weights-form', row: true },
    [weightFields('weight', weights, labels)],
    button(t('nextRegion.weights.save'), { id: 'weights-save' }),
  );
  writeForm(form, {
    labels,
    check: () => formWeights(form, labels).ok,
    send: () => {
      const result = formWeights(form, labels);
      return sendJson<NextVisitWeights>(
        'PUT',
        '/api/next-visit/weights',
        result.ok ? result.weights : {},
      );
    },
    onDone: () => {
      setFlash(t('nextRegion.weights.saved'));
      // The saved weights are now everyone's: the address no longer carries tried ones.
      const url = new URL(window.location.href);
      for (const p of NEXT_VISIT_PARTS) url.searchParams.delete(weightParam(p));
      navigate(url.pathname + url.search, { replace: true });
    },
  });
  return pageSection(
    'weights-heading',
    t('nextRegion.weights'),
    h(
      'p',
      { class: 'utrecht-paragraph' },
      t(trying ? 'nextRegion.weights.lead.trying' : 'nextRegion.weights.lead'),
    ),
    h('p', { class: 'utrecht-paragraph' }, t('nextRegion.connect.explain')),
    form,
  );
}
