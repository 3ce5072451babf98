// The Newsfacet page: asks /api/query the questions the command line takes, and shows the answer.
// Every piece of article text reaches the page as a text node (textContent, createTextNode), never as
// markup; the only markup in the data, a snippet's <b> marks, is taken apart here, not parsed by the browser.
'use strict';

const PAGE = 20;
const CSV_ROWS = 1000; // the most hits a page of an answer may have (QueryLimits.MAX_PAGE)
// A facet dimension and the field of the question that filters by it, with the field's other names.
const FIELDS = {
  speaker: ['speaker'], kind: ['kind'], category: ['category'], claimant: ['claimant'], outlet: ['outlet'],
  agency: ['agency'], person: ['person'], organization: ['organization', 'organisation', 'org'],
  location: ['location', 'place'], published: ['on']
};
// Dimensions whose filter takes one value: ticking another replaces it.
const SINGLE = new Set(['kind', 'category', 'published']);
const TITLES = {
  speaker: 'Speaker', kind: 'Kind', category: 'Category', claimant: 'Claimed by', outlet: 'Outlet',
  agency: 'Agency', dateline: 'Dateline', published: 'Published', person: 'People', organization: 'Organisations',
  location: 'Places'
};

const $ = (id) => document.getElementById(id);
let chart = null;
let asked = 0; // the latest question: an answer that arrives after a newer question is dropped

/** An element with attributes and children; a string child becomes a text node. */
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'onclick' || k === 'onchange') e[k] = v; else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined) continue;
    e.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return e;
}

function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }

/** What the address asks for: a question, a page of it, or an article. */
function state() {
  const p = new URLSearchParams(location.hash.slice(1));
  return { q: p.get('q') || '', offset: Number(p.get('offset') || 0), copies: p.get('copies') === 'true',
    article: p.get('article') };
}

function go(next) {
  const s = Object.assign(state(), { article: null }, next);
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.offset) p.set('offset', String(s.offset));
  if (s.copies) p.set('copies', 'true');
  if (s.article) p.set('article', s.article);
  location.hash = p.toString();
}

async function getJson(url) {
  const r = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await r.json().catch(() => ({ error: 'the server answered ' + r.status }));
  if (!r.ok) throw new Error(body.error || ('the server answered ' + r.status));
  return body;
}

// ---- the question as the filter state: field:"value" tokens in it are the selected facet values ----

/** A value as the question can hold it between quotation marks: no quotation mark of any kind in it. */
function plain(value) { return value.replace(/["\u201c\u201d\u201e]/g, ''); }

function token(field, value) { return field + ':"' + plain(value) + '"'; }

function names(fields) { return '(?:' + fields.join('|') + ')'; }

/** The values of these fields that the question holds, lower-cased and without quotation marks. */
function selected(q, fields) {
  const out = new Set();
  const re = new RegExp('(?:^|\\s)' + names(fields) + ':(?:"([^"]*)"|(\\S+))', 'gi');
  for (const m of q.matchAll(re)) out.add(plain(m[1] !== undefined ? m[1] : m[2]).toLowerCase());
  return out;
}

function toggle(q, fields, dim, value, on) {
  if (on) {
    const base = SINGLE.has(dim) ? withoutField(q, fields) : q;
    return (base + ' ' + token(fields[0], value)).trim();
  }
  const esc = plain(value).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp('(^|\\s)' + names(fields) + ':(?:"' + esc + '"|' + esc + ')(?=\\s|$)', 'gi');
  return q.replace(re, ' ').replace(/\s+/g, ' ').trim();
}

/** The question without any value of this field. */
function withoutField(q, fields) {
  const re = new RegExp('(^|\\s)' + names(fields) + ':(?:"[^"]*"|\\S+)', 'gi');
  return q.replace(re, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Drill sideways: the counts of a dimension that the question filters by are those of the question
 * without that filter, so that the other values stay in view and can be added.
 */
async function sideways(q, copies, facets) {
  await Promise.all(facets.map(async (f) => {
    const fields = FIELDS[f.dim];
    if (!fields || selected(q, fields).size === 0) return;
    const wider = withoutField(q, fields);
    if (!wider) return;
    try {
      const a = await getJson('/api/query?' + new URLSearchParams({ q: wider, limit: 1, copies }));
      const same = a.items.find((i) => i.type === 'facet' && i.dim === f.dim);
      if (same) f.counts = same.counts;
    } catch (e) {
      // the drill-down counts stay
    }
  }));
}

// ---- answering ----

async function run() {
  const mine = ++asked;
  const s = state();
  $('q').value = s.q;
  $('copies').checked = s.copies;
  document.querySelector('main').classList.toggle('reading', !!s.article);
  $('article').hidden = !s.article;
  if (s.article) return showArticle(s.article);
  for (const id of ['readAs', 'results', 'facets', 'pages', 'chart']) clear($(id));
  $('summary').textContent = '';
  $('csv').hidden = true;
  $('error').hidden = true;
  if (chart) { chart.destroy(); chart = null; }
  if (!s.q) { $('summary').textContent = 'Ask a question above.'; return; }
  const url = '/api/query?' + new URLSearchParams({ q: s.q, limit: PAGE, offset: s.offset, copies: s.copies });
  let answer;
  try {
    answer = await getJson(url);
    await sideways(s.q, s.copies, answer.items.filter((i) => i.type === 'facet'));
  } catch (e) {
    if (mine !== asked) return;
    $('error').textContent = e.message;
    $('error').hidden = false;
    return;
  }
  if (mine !== asked) return;
  for (const line of answer.readAs) $('readAs').append(el('li', {}, 'Read as ' + line));
  const items = answer.items.filter((i) => i.type !== 'facet');
  const facets = answer.items.filter((i) => i.type === 'facet');
  const shown = { quotes: 'quotation', figures: 'figure', articles: 'article', groups: 'figure' }[answer.answer];
  $('summary').textContent = answer.total.toLocaleString('en') + ' ' + shown + (answer.total === 1 ? '' : 's')
    + (answer.answer === 'groups' ? ' in ' + items.length + ' group' + (items.length === 1 ? '' : 's') : '');
  if (answer.suggestions.length) {
    $('summary').append(el('span', { class: 'muted' }, ' (did you mean: ',
      answer.suggestions.map((n, i) => [i ? ', ' : '', el('a', { href: '#', onclick: (ev) => {
        ev.preventDefault(); go({ q: n, offset: 0 });
      } }, n)]), ')'));
  }
  if (answer.total > 0) {
    // The whole answer, not this page: as many rows as an answer may have, for a spreadsheet.
    $('csv').href = '/api/query?' + new URLSearchParams({ q: s.q, limit: CSV_ROWS, offset: 0, copies: s.copies,
      format: 'csv' });
    $('csv').title = 'Up to ' + CSV_ROWS.toLocaleString('en') + (answer.answer === 'groups' ? ' figures a group' : ' rows');
    $('csv').hidden = false;
  }
  showFacets(facets, s.q);
  const results = $('results');
  if (answer.answer === 'quotes') results.append(quotes(items));
  if (answer.answer === 'figures') results.append(figureTable(items, null));
  if (answer.answer === 'groups') { results.append(groups(items)); drawChart(items); }
  if (answer.answer === 'articles') results.append(articles(items));
  if (answer.answer !== 'groups') pages(answer.total, s);
}

function showFacets(facets, q) {
  const aside = $('facets');
  for (const f of facets) {
    const fields = FIELDS[f.dim];
    const on = fields ? selected(q, fields) : new Set();
    const box = el('div', { class: 'facet', 'data-dim': f.dim }, el('h3', {}, TITLES[f.dim] || f.dim));
    for (const [value, count] of Object.entries(f.counts)) {
      const input = el('input', { type: 'checkbox', disabled: !fields, checked: on.has(plain(value).toLowerCase()),
        onchange: (ev) => go({ q: toggle(q, fields, f.dim, value, ev.target.checked), offset: 0 }) });
      box.append(el('label', {}, input, el('span', { class: 'value' }, value), el('span', { class: 'count' },
        count.toLocaleString('en'))));
    }
    aside.append(box);
  }
}

function source(o) {
  const outlet = o.outlet || 'no outlet';
  if (!o.agency && o.inferredAgency) return outlet + ' (' + o.inferredAgency + ', inferred)';
  return !o.agency || o.agency === o.outlet ? outlet : outlet + ' (' + o.agency + ')';
}

function articleLink(id, text) {
  return el('a', { href: '#' + new URLSearchParams({ article: id }), class: 'article-link',
    onclick: (ev) => { ev.preventDefault(); go({ article: id }); } }, text);
}

function carriers(o) {
  if (!o.carriedBy || o.carriedBy.length < 2) return null;
  return el('span', { class: 'carriers' }, ' · carried by ' + o.carriedBy.length + ': ',
    o.carriedBy.map((c, i) => [i ? ', ' : '', articleLink(c.articleId, source(c))]));
}

/** Quotations grouped by speaker, each with its outlet, date and article. */
function quotes(items) {
  const wrap = el('div', { id: 'quotes' });
  const bySpeaker = new Map();
  for (const q of items) {
    const who = q.speaker || 'speaker not stated';
    if (!bySpeaker.has(who)) bySpeaker.set(who, []);
    bySpeaker.get(who).push(q);
  }
  for (const [who, list] of bySpeaker) {
    const section = el('section', { class: 'speaker' }, el('h2', {}, who + ' (' + list.length + ')'));
    for (const q of list) {
      const words = q.kind === 'indirect' ? q.text : '\u201c' + q.text + '\u201d' + (q.partial ? ' (partial)' : '');
      section.append(el('blockquote', { class: 'quote ' + q.kind }, words));
      section.append(el('p', { class: 'meta' }, source(q) + ' · ' + (q.published || 'undated') + ' · ',
        articleLink(q.articleId, q.title || 'the article'), carriers(q)));
    }
    wrap.append(section);
  }
  return wrap;
}

/** "at least 10,000 soldiers": the bound or hedge, the value, the unit. */
function quantity(f) {
  const n = (x) => Number(x).toLocaleString('en', { maximumFractionDigits: 2 });
  let value = f.low === f.high ? n(f.low) : n(f.low) + '\u2013' + n(f.high);
  if (f.category === 'percent') value += '%';
  else if (f.unit && !/[\p{L}]$/u.test(f.unit)) value = f.unit + value;
  else if (f.unit) value += ' ' + f.unit;
  if (f.currency && f.unit !== f.currency) value += ' (' + f.currency + ')';
  const hedge = f.bound ? f.bound + ' ' : f.approximate ? 'about ' : '';
  return hedge + value;
}

function figureTable(figures, caption) {
  const head = el('tr', {}, ['Figure', 'Category', 'As written', 'Claimed by', 'Source', 'Date', 'Article']
    .map((h) => el('th', {}, h)));
  const rows = figures.map((f) => el('tr', { class: 'figure-row' },
    el('td', { class: 'num' }, quantity(f)), el('td', {}, f.category), el('td', {}, f.text),
    el('td', {}, f.claimant || 'the article'),
    el('td', {}, source(f), f.independentSources > 0 ? el('div', { class: 'muted' },
      f.independentSources + ' independent source' + (f.independentSources === 1 ? '' : 's')) : null, carriers(f)),
    el('td', { class: 'num' }, f.published || 'undated'), el('td', {}, articleLink(f.articleId, 'read'))));
  return el('table', { class: 'figures' }, caption ? el('caption', {}, caption) : null, el('thead', {}, head),
    el('tbody', {}, rows));
}

/** A comparison: a table per group. */
function groups(items) {
  const wrap = el('div', { id: 'groups' });
  for (const g of items) {
    const name = g.key === null ? '(no ' + g.by + ')' : g.key;
    const more = g.total > g.figures.length ? ' (newest ' + g.figures.length + ' of ' + g.total + ')' : '';
    wrap.append(figureTable(g.figures, name + more));
  }
  return wrap;
}

/** Figures by group over time: a series of points per group, dated figures only. */
function drawChart(items) {
  const day = (d) => Date.parse(d + 'T00:00:00Z') / 1000;
  const dated = items.filter((g) => g.figures.some((f) => f.published));
  if (!dated.length || typeof uPlot === 'undefined') return;
  const categories = new Set(dated.flatMap((g) => g.figures.map((f) => f.category)));
  if (categories.size > 1) {
    // Troops beside money on one axis would mislead: the chart waits for one category.
    $('chart').append(el('p', { class: 'muted' }, 'The chart shows one category at a time: ask for one, '
      + 'such as "' + [...categories][0] + ' figures by ' + items[0].by + '".'));
    return;
  }
  const xs = [...new Set(dated.flatMap((g) => g.figures.filter((f) => f.published).map((f) => day(f.published))))]
    .sort((a, b) => a - b);
  const colours = ['#0b5cad', '#c2410c', '#15803d', '#7e22ce', '#b91c1c', '#0f766e', '#a16207', '#334155'];
  const series = [{}];
  const data = [xs];
  dated.slice(0, colours.length).forEach((g, i) => {
    const ys = xs.map(() => null);
    for (const f of g.figures) {
      if (!f.published) continue;
      const at = xs.indexOf(day(f.published));
      ys[at] = Math.max(ys[at] === null ? -Infinity : ys[at], f.high);
    }
    data.push(ys);
    series.push({ label: g.key === null ? '(none)' : g.key, stroke: colours[i], paths: () => null,
      points: { show: true, size: 9, fill: colours[i] } });
  });
  if (dated.length > colours.length) {
    $('chart').append(el('p', { class: 'muted' }, 'The chart shows the ' + colours.length + ' largest groups of '
      + dated.length + '.'));
  }
  const width = Math.max(320, $('answer').clientWidth - 10);
  chart = new uPlot({ title: 'Figures by ' + items[0].by + ' over time', width, height: 260, series,
    scales: { x: { time: true } }, axes: [{}, { size: 80 }] }, data, $('chart'));
}

/** A snippet's text with its <b> marks as <mark> elements; its six escaped characters read back. */
function snippet(html) {
  const unescape = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'").replace(/&#x2F;/g, '/').replace(/&amp;/g, '&');
  const p = el('p', { class: 'snippet' });
  html.split(/(<b>|<\/b>)/).reduce((inMark, part) => {
    if (part === '<b>') return true;
    if (part === '</b>') return false;
    if (part) p.append(inMark ? el('mark', { class: 'hl' }, unescape(part)) : document.createTextNode(unescape(part)));
    return inMark;
  }, false);
  return p;
}

function articles(items) {
  return el('div', { id: 'articles' }, items.map((a) => el('div', { class: 'hit' },
    el('h2', {}, articleLink(a.id, a.title || '(no title)')),
    el('p', { class: 'muted' }, (a.published || 'undated') + ' · ' + source(a)
      + (a.copyOf ? ' · copy of ' + a.copyOf : a.story !== a.id ? ' · in a story with others' : '')),
    a.snippet ? snippet(a.snippet) : null)));
}

function pages(total, s) {
  const nav = $('pages');
  if (s.offset > 0) nav.append(el('button', { type: 'button', onclick: () => go({ offset: Math.max(0, s.offset - PAGE) }) }, 'Previous'));
  if (s.offset + PAGE < total) nav.append(el('button', { type: 'button', onclick: () => go({ offset: s.offset + PAGE }) }, 'Next'));
}

// ---- the article view ----

async function showArticle(id) {
  const mine = ++asked;
  for (const n of ['articleTitle', 'articleMeta', 'articleText', 'articleQuotes', 'articleFigures']) clear($(n));
  let record;
  let text;
  try {
    const path = '/api/articles/' + encodeURIComponent(id);
    [record, text] = await Promise.all([getJson(path), getJson(path + '/text')]);
  } catch (e) {
    if (mine === asked) $('articleTitle').textContent = e.message;
    return;
  }
  if (mine !== asked) return;
  $('articleTitle').textContent = record.title || '(no title)';
  $('articleMeta').textContent = [record.published || 'undated', source(record), record.dateline,
    record.authors.length ? 'by ' + record.authors.join(', ') : null, record.source].filter(Boolean).join(' · ');
  let para = el('p');
  const body = $('articleText');
  for (const seg of text.segments) {
    const pieces = seg.text.split(/\n\s*\n/);
    pieces.forEach((piece, i) => {
      if (i > 0) { body.append(para); para = el('p'); }
      if (!piece) return;
      if (seg.quote === undefined && seg.figure === undefined) { para.append(document.createTextNode(piece)); return; }
      const q = seg.quote !== undefined ? record.quotes[seg.quote] : null;
      const f = seg.figure !== undefined ? record.figures[seg.figure] : null;
      let node = document.createTextNode(piece);
      if (f) node = el('mark', { class: 'figure', title: f.category + ', claimed by ' + (f.claimant || 'the article') }, node);
      if (q) node = el('mark', { class: 'quote', title: 'said by ' + (q.speaker || 'speaker not stated') }, node);
      para.append(node);
    });
  }
  body.append(para);
  for (const q of record.quotes) {
    $('articleQuotes').append(el('li', {}, el('strong', {}, q.speaker || 'speaker not stated'), ': ',
      q.kind === 'indirect' ? q.text : '\u201c' + q.text + '\u201d'));
  }
  for (const f of record.figures) {
    $('articleFigures').append(el('li', {}, quantity(f) + ' · ' + f.category + ' · claimed by ' + (f.claimant || 'the article')));
  }
  window.scrollTo(0, 0);
}

async function showStats() {
  try {
    const s = await getJson('/api/stats');
    $('stats').textContent = s.articles.toLocaleString('en') + ' articles, ' + (s.earliest || '?') + ' to ' + (s.latest || '?');
  } catch (e) {
    $('stats').textContent = e.message;
  }
}

$('ask').addEventListener('submit', (ev) => { ev.preventDefault(); go({ q: $('q').value.trim(), offset: 0 }); });
$('copies').addEventListener('change', (ev) => { if (state().q) go({ copies: ev.target.checked, offset: 0 }); });
$('back').addEventListener('click', (ev) => { ev.preventDefault(); history.back(); });
$('home').addEventListener('click', (ev) => { ev.preventDefault(); go({ q: '', offset: 0 }); });
window.addEventListener('hashchange', run);
showStats();
run();
