// depeches: the page works without this script; it adds search as you
// type, keyboard use and dragging over the histogram. The server renders
// every state: this script only fetches the page for a URL and swaps the
// results in, so there is one rendering path.
"use strict";
(function () {
  const form = document.getElementById("search-form");
  const box = document.getElementById("q");
  let timer = null;
  let inflight = null;
  let current = -1;

  // The page's URL for the form as it stands.
  function formUrl() {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      if (String(value).trim() !== "") params.append(name, value);
    }
    const qs = params.toString();
    // The page the form belongs to: the passages (/) or the claims.
    const path = new URL(form.getAttribute("action") || "/", location.href).pathname;
    return path + (qs ? "?" + qs : "");
  }

  // Fetches the page at `url` and swaps in its results and facets.
  async function show(url, push) {
    if (inflight) inflight.abort();
    inflight = new AbortController();
    let response;
    try {
      response = await fetch(url, { signal: inflight.signal, headers: { Accept: "text/html" } });
    } catch (e) {
      return; // aborted by newer typing
    }
    const html = await response.text();
    const doc = new DOMParser().parseFromString(html, "text/html");
    const main = doc.getElementById("main");
    const facets = doc.getElementById("facets");
    if (!main) return;
    // The live region stays in the document, its text changed, so that
    // screen readers announce the new count.
    const liveStatus = document.getElementById("status");
    const newStatus = main.querySelector("#status");
    document.getElementById("main").replaceWith(main);
    if (liveStatus && newStatus) {
      newStatus.replaceWith(liveStatus);
      liveStatus.textContent = newStatus.textContent;
    }
    const old = document.getElementById("facets");
    if (old && facets) old.replaceWith(facets);
    document.title = doc.title;
    if (push) history.pushState(null, "", url);
    else history.replaceState(null, "", url);
    current = -1;
    wire();
  }

  // Search as you type, debounced; a query that does not parse yet (an
  // open quote) shows its 400 page in place, and the next key fixes it.
  if (form && box) {
    box.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { show(formUrl(), false); }, 250);
    });
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      clearTimeout(timer);
      show(formUrl(), true);
    });
    const sort = document.getElementById("sort");
    if (sort) sort.addEventListener("change", function () { show(formUrl(), true); });
  }
  window.addEventListener("popstate", function () { show(location.pathname + location.search, false); });

  function cards() { return Array.from(document.querySelectorAll("#hits .card")); }

  function focusCard(i) {
    const list = cards();
    if (list.length === 0) return;
    current = Math.max(0, Math.min(list.length - 1, i));
    list.forEach(function (c, j) { c.classList.toggle("current", j === current); });
    const link = list[current].querySelector("a.open");
    if (link) link.focus();
    list[current].scrollIntoView({ block: "nearest" });
  }

  document.addEventListener("keydown", function (e) {
    const t = e.target;
    const typing = t && (t.tagName === "INPUT" || t.tagName === "SELECT" || t.tagName === "TEXTAREA");
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === "/" && !typing && box) {
      e.preventDefault();
      box.focus();
      box.select();
    } else if (e.key === "Escape" && t === box) {
      box.blur();
    } else if (!typing && (e.key === "j" || e.key === "k")) {
      e.preventDefault();
      focusCard(current + (e.key === "j" ? 1 : -1));
    }
  });

  // Histogram: press on a month, drag, release: the months in between
  // become the date range. A press and release on one month is its link.
  function wireHistogram() {
    const svg = document.querySelector("#histogram svg");
    if (!svg) return;
    const months = (svg.dataset.months || "").split(",");
    const base = svg.dataset.base || "/";
    const n = months.length;
    const box = svg.viewBox.baseVal;
    const bar = parseFloat(svg.dataset.bar) || box.width / n;
    let start = null;
    let brush = null;
    function index(ev) {
      const r = svg.getBoundingClientRect();
      const x = (ev.clientX - r.left) / r.width * box.width;
      return Math.max(0, Math.min(n - 1, Math.floor(x / bar)));
    }
    function draw(a, b) {
      const lo = Math.min(a, b), hi = Math.max(a, b);
      if (!brush) {
        brush = document.createElementNS("http://www.w3.org/2000/svg", "rect");
        brush.setAttribute("class", "brush");
        brush.setAttribute("y", "0");
        brush.setAttribute("height", String(box.height - 16));
        svg.appendChild(brush);
      }
      brush.setAttribute("x", String(lo * bar));
      brush.setAttribute("width", String((hi - lo + 1) * bar));
    }
    svg.addEventListener("pointerdown", function (ev) {
      if (ev.button !== 0) return;
      start = index(ev);
      draw(start, start);
      svg.setPointerCapture(ev.pointerId);
      ev.preventDefault();
    });
    svg.addEventListener("pointermove", function (ev) {
      if (start !== null) draw(start, index(ev));
    });
    svg.addEventListener("pointerup", function (ev) {
      if (start === null) return;
      const end = index(ev);
      const lo = Math.min(start, end), hi = Math.max(start, end);
      start = null;
      const sep = base.indexOf("?") >= 0 ? "&" : "?";
      show(base + sep + "from=" + months[lo] + "&to=" + months[hi], true);
    });
    // The pointer handlers choose; the links are for keyboards and no-JS.
    svg.addEventListener("click", function (ev) {
      if (ev.detail > 0) ev.preventDefault();
    });
  }

  function wire() { wireHistogram(); }
  wire();
})();
