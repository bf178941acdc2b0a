import type {
  DossierBlock,
  DossierDocument,
  DossierFigure,
  DossierItem,
  DossierTable,
} from './dossier-document.js';
import { texts } from './i18n.js';

/** Escapes text for HTML content and attribute values. */
function h(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Text with line breaks kept and web addresses as links. */
function rich(text: string): string {
  return h(text)
    .replace(/\bhttps?:\/\/[^\s<>"]+[^\s<>".,;:)]/g, (url) => `<a href="${url}">${url}</a>`)
    .replace(/\n/g, '<br>');
}

const STYLE = `
*,*::before,*::after{box-sizing:border-box}
html{font-family:"Helvetica Neue",Helvetica,Arial,sans-serif;color:#1a1a1a;background:#fff;line-height:1.5;font-size:100%}
body{margin:0 auto;max-width:52rem;padding:1.5rem}
h1,h2,h3{color:#154273;line-height:1.25}
h1{font-size:2.25rem;margin:.25rem 0}
h2{font-size:1.5rem;margin:2.5rem 0 .75rem;padding-top:.5rem;border-top:3px solid #154273}
h3{font-size:1.15rem;margin:1.75rem 0 .5rem}
a{color:#01689b}
a:focus{outline:3px solid #ffb612;outline-offset:2px}
.kicker{font-weight:bold;color:#4d4d4d;margin:0}
.subtitle{font-size:1.15rem;margin:.25rem 0 1rem}
.lead{font-size:1.1rem}
.note{color:#4d4d4d;font-size:.95rem}
.empty{font-style:italic;border-left:4px solid #8c8c8c;padding-left:.75rem}
.cover{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1.5rem;align-items:start}
.cover figure{margin:0}
dl.facts{display:grid;grid-template-columns:minmax(10rem,34%) 1fr;gap:.35rem 1rem;margin:.5rem 0 1rem}
dl.facts dt{font-weight:bold}
dl.facts dd{margin:0;white-space:pre-line}
figure.chart{margin:1rem 0 1.5rem}
figure.chart svg{max-width:100%;height:auto;display:block}
figcaption{font-size:.95rem;color:#4d4d4d;margin-top:.25rem}
details{margin:.5rem 0}
summary{cursor:pointer;color:#01689b;text-decoration:underline}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.95rem}
caption{text-align:left;font-weight:bold;padding:.25rem 0}
th,td{border-bottom:1px solid #bfbfbf;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#eef3f8}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.item{border-left:4px solid #154273;padding:.25rem 0 .25rem 1rem;margin:1rem 0}
.item h4{margin:0;font-size:1.05rem}
.item p.sub{margin:0 0 .35rem;color:#4d4d4d}
.item dl{margin:0}
.item dt{font-weight:bold;display:inline}
.item dd{display:inline;margin:0}
.item div{margin:.15rem 0}
.source{margin:1rem 0;padding-bottom:.5rem;border-bottom:1px solid #d9d9d9}
.source h3{margin-top:.5rem}
.source dd{word-break:break-word}
nav ol{padding-left:1.25rem}
footer{margin-top:3rem;color:#4d4d4d;font-size:.9rem;border-top:1px solid #bfbfbf;padding-top:.5rem}
@media (max-width:40rem){.cover{grid-template-columns:1fr}dl.facts{grid-template-columns:1fr}}
@media print{body{max-width:none;padding:0}main>section{break-before:page}details>*{display:block}summary{display:none}}
`;

function table(t: DossierTable, id: string): string {
  const cls = (align?: string) => (align === 'right' ? ' class="num"' : '');
  return [
    `<table id="${id}">`,
    `<caption>${h(t.caption)}</caption>`,
    `<thead><tr>${t.columns.map((c) => `<th scope="col"${cls(c.align)}>${h(c.label)}</th>`).join('')}</tr></thead>`,
    '<tbody>',
    ...t.rows.map(
      (row) =>
        `<tr>${row
          .map((cell, i) =>
            i === 0 && t.columns[0]?.align !== 'right'
              ? `<th scope="row">${rich(cell)}</th>`
              : `<td${cls(t.columns[i]?.align)}>${rich(cell)}</td>`,
          )
          .join('')}</tr>`,
    ),
    '</tbody>',
    '</table>',
  ].join('\n');
}

function figure(f: DossierFigure, tableLabel: string): string {
  return [
    `<figure class="chart" id="figure-${f.id}">`,
    f.svg,
    `<figcaption>${h(f.caption)}</figcaption>`,
    f.table
      ? `<details><summary>${h(tableLabel)}</summary>\n${table(f.table, `table-${f.id}`)}\n</details>`
      : '',
    '</figure>',
  ].join('\n');
}

function items(list: readonly DossierItem[]): string {
  return list
    .map((item) =>
      [
        '<div class="item">',
        `<h4>${h(item.title)}</h4>`,
        item.subtitle ? `<p class="sub">${h(item.subtitle)}</p>` : '',
        '<dl>',
        ...item.lines.map((l) => `<div><dt>${h(l.label)}:</dt> <dd>${rich(l.text)}</dd></div>`),
        '</dl>',
        '</div>',
      ].join('\n'),
    )
    .join('\n');
}

function block(b: DossierBlock, tableLabel: string, n: number): string {
  switch (b.kind) {
    case 'heading':
      return `<h3>${h(b.text)}</h3>`;
    case 'paragraph':
      return `<p${b.tone ? ` class="${b.tone}"` : ''}>${rich(b.text)}</p>`;
    case 'facts':
      return `<dl class="facts">${b.items.map((i) => `<dt>${h(i.label)}</dt><dd>${rich(i.value)}</dd>`).join('')}</dl>`;
    case 'figure':
      return figure(b.figure, tableLabel);
    case 'table':
      return table(b.table, `table-${n}`);
    case 'items':
      return items(b.items);
    case 'source':
      return [
        '<div class="source">',
        `<h3>${h(b.title)}</h3>`,
        '<dl class="facts">',
        ...b.lines.map((l) => `<dt>${h(l.label)}</dt><dd>${rich(l.text)}</dd>`),
        '</dl>',
        '</div>',
      ].join('\n');
  }
}

/**
 * The dossier as one self-contained HTML file: inline CSS and SVG, no scripts and no external
 * requests; the `lang` attribute, one h2 per section, and a table behind every chart.
 *
 * @example
 * await writeFile('twente.html', renderDossierHtml(dossierDocument(model, 'nl')));
 */
export function renderDossierHtml(doc: DossierDocument): string {
  const x = texts(doc.lang);
  const tableLabel = x.t('table.caption');
  let n = 0;
  const cover = doc.cover;
  return [
    '<!doctype html>',
    `<html lang="${doc.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="Regiokracht">`,
    `<title>${h(doc.title)}</title>`,
    `<style>${STYLE.trim()}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<p class="kicker">${h(cover.kicker)}</p>`,
    `<h1>${h(cover.title)}</h1>`,
    `<p class="subtitle">${h(cover.subtitle)}</p>`,
    '<div class="cover">',
    cover.map ? figure(cover.map, tableLabel) : `<p class="empty">${h(cover.mapNote ?? '')}</p>`,
    '<div>',
    `<h2>${h(cover.visitHeading)}</h2>`,
    cover.visit.length
      ? `<dl class="facts">${cover.visit.map((v) => `<dt>${h(v.label)}</dt><dd>${h(v.value)}</dd>`).join('')}</dl>`
      : `<p class="empty">${h(cover.visitNote ?? '')}</p>`,
    `<p class="note">${h(cover.note)}</p>`,
    '</div>',
    '</div>',
    '</header>',
    `<nav aria-labelledby="toc-title"><h2 id="toc-title">${h(x.t('doc.toc'))}</h2><ol>${doc.sections
      .map((s) => `<li><a href="#${s.id}">${h(s.title)}</a></li>`)
      .join('')}</ol></nav>`,
    '<main>',
    ...doc.sections.map((s) =>
      [
        `<section id="${s.id}" aria-labelledby="${s.id}-title">`,
        `<h2 id="${s.id}-title">${h(s.title)}</h2>`,
        ...s.blocks.map((b) => block(b, tableLabel, n++)),
        '</section>',
      ].join('\n'),
    ),
    '</main>',
    `<footer><p>${h(doc.footer)}. ${h(cover.note)}</p></footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
