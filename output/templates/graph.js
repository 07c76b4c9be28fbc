/* stancegraph viewer: draws the JSON in #sg-data with vis-network and wires the controls.
   Article text only ever reaches the page through textContent or DOM properties, never
   through innerHTML, and the page's CSP forbids any other script and any request. */
(function () {
  "use strict";

  var D = JSON.parse(document.getElementById("sg-data").textContent);
  /* A site's pages share the words (assets/viewer.js) and the article text (assets/text.js);
     a self-contained page carries both itself. */
  if (!D.ui) D.ui = window.stancegraphUI;
  var C = D.columns;
  var col = function (table, name) { return C[table].indexOf(name); };
  var A_ID = col("actors", "id"), A_KIND = col("actors", "kind"), A_EN = col("actors", "en"),
      A_AR = col("actors", "ar"), A_X = col("actors", "x"), A_Y = col("actors", "y");
  var E_FROM = col("edges", "from"), E_TO = col("edges", "to"), E_TYPE = col("edges", "type"),
      E_ST = col("edges", "stances"), E_BEND = col("edges", "bend"),
      E_LANGS = col("edges", "langs");
  var S_DOC = col("stances", "doc"), S_DATE = col("stances", "date"),
      S_TEXT = col("stances", "text");

  /* Article text comes after this script (a second block, or assets/text.js), so the browser
     draws the graph before parsing it: read it once the document has loaded. */
  var T = null;
  var text = function () {
    if (T === null) {
      var shared = window.stancegraphText;
      T = shared ? { columns: shared.columns, stances: shared.stances, docs: shared.docs }
                 : JSON.parse(document.getElementById("sg-text").textContent);
      var tc = function (table, name) { return T.columns[table].indexOf(name); };
      T.EV = tc("stances", "evidence"); T.LANG = tc("stances", "lang");
      T.SPK = tc("stances", "speaker"); T.REP = tc("stances", "reported_by");
      T.CONF = tc("stances", "confidence");
      T.OUTLET = tc("docs", "outlet"); T.URL = tc("docs", "url"); T.TITLE = tc("docs", "title");
    }
    return T;
  };
  var whenLoaded = function (fn) {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", fn, { once: true });
    } else {
      fn();
    }
  };

  var FSI = "\u2068", PDI = "\u2069";
  var iso = function (s) { return FSI + s + PDI; };
  var FONT = '"Noto Sans", "Noto Sans Arabic", "DejaVu Sans", Arial, sans-serif';
  var POLARITY = { cooperative: "#2166ac", neutral: "#8c8c8c", conflictual: "#d6604d" };
  var KIND = {
    state: { shape: "dot", color: "#4e79a7" },
    organization: { shape: "square", color: "#f28e2b" },
    bloc: { shape: "diamond", color: "#59a14f" },
    group: { shape: "triangle", color: "#b07aa1" },
    unknown: { shape: "dot", color: "#9d9d9d" }
  };
  var MAX_DIALOG = 1000;  /* an edge with more stances lists the first 1,000 by date */
  var lang = D.lang === "ar" ? "ar" : "en";
  var large = !!D.large;          /* plain edges: straight, unlabelled, hidden while moving */
  var fixed = large || !!D.fixed;  /* positions computed in Python: no physics */
  var $ = function (id) { return document.getElementById(id); };
  var ui = function (key) { return (D.ui[lang] && D.ui[lang][key]) || key; };
  var count = function (n, one, many) { return n + " " + ui(n === 1 ? one : many); };

  var actorIndex = {};
  D.actors.forEach(function (a, i) { actorIndex[a[A_ID]] = i; });
  var actorName = function (id, l) {
    var i = actorIndex[id];
    if (i !== undefined) return D.actors[i][(l || lang) === "ar" ? A_AR : A_EN];
    var n = D.names[id];
    return n ? n[(l || lang) === "ar" ? 1 : 0] : id;
  };
  var typeLabel = function (t) { var x = D.types[t]; return x ? x[lang === "ar" ? 1 : 0] : t; };
  var typePolarity = function (t) { var x = D.types[t]; return x ? x[2] : "neutral"; };

  /* ---- filters ---------------------------------------------------------------------- */
  var allDates = D.stances.map(function (s) { return s[S_DATE]; }).filter(Boolean).sort();
  var minDate = allDates[0] || "", maxDate = allDates[allDates.length - 1] || "";
  $("sg-from").value = minDate; $("sg-to").value = maxDate;
  $("sg-from").min = $("sg-to").min = minDate; $("sg-from").max = $("sg-to").max = maxDate;

  var typesBox = $("sg-types");
  Object.keys(D.types).sort(function (a, b) {
    return typeLabel(a).localeCompare(typeLabel(b));
  }).forEach(function (t) {
    var label = document.createElement("label");
    var box = document.createElement("input");
    box.type = "checkbox"; box.name = "sg-type"; box.value = t; box.checked = true;
    var sw = document.createElement("span");
    sw.className = "sg-swatch sg-" + typePolarity(t);
    var text = document.createElement("span");
    text.className = "sg-type-label"; text.dataset.type = t; text.textContent = typeLabel(t);
    label.appendChild(box); label.appendChild(sw); label.appendChild(text);
    typesBox.appendChild(label);
  });

  var checkedValues = function (name) {
    var on = {};
    document.querySelectorAll('input[name="' + name + '"]').forEach(function (b) {
      if (b.checked) on[b.value] = true;
    });
    return on;
  };
  var filterState = function () {
    return {
      from: $("sg-from").value || "", to: $("sg-to").value || "",
      undated: $("sg-undated").checked,
      types: checkedValues("sg-type"), polarity: checkedValues("sg-polarity")
    };
  };
  var stanceVisible = function (f, s) {
    var d = s[S_DATE];
    if (!d) return f.undated;
    return (!f.from || d >= f.from) && (!f.to || d <= f.to);
  };
  var edgeWidth = function (docs) { return Math.min(12, 1 + 2 * Math.log2(Math.max(1, docs))); };
  var nodeSize = function (deg) { return Math.min(60, 10 + 3 * Math.sqrt(deg)); };

  /* For each edge under filter f: the stances shown and their number of documents. */
  var edgeState = function (f, e) {
    var shown = [], docs = {}, nd = 0;
    if (f.types[e[E_TYPE]] && f.polarity[typePolarity(e[E_TYPE])]) {
      e[E_ST].forEach(function (si) {
        var s = D.stances[si];
        if (stanceVisible(f, s)) {
          shown.push(si);
          if (!docs[s[S_DOC]]) { docs[s[S_DOC]] = true; nd++; }
        }
      });
    }
    return { stances: shown, docs: nd };
  };

  /* ---- vis-network data ---------------------------------------------------------------- */
  var degree = D.actors.map(function () { return 0; });
  D.edges.forEach(function (e) { degree[e[E_FROM]]++; degree[e[E_TO]]++; });

  var nodeItem = function (a, i) {
    var k = KIND[a[A_KIND]] || KIND.unknown;
    var item = {
      id: a[A_ID], label: a[lang === "ar" ? A_AR : A_EN], shape: k.shape,
      color: { background: k.color, border: "#333333",
               highlight: { background: k.color, border: "#000000" } },
      size: nodeSize(degree[i])
    };
    if (a[A_X] !== null && a[A_X] !== undefined) { item.x = a[A_X]; item.y = a[A_Y]; }
    if (D.focus === a[A_ID]) { item.borderWidth = 4; item.font = { size: 18, bold: true }; }
    return item;
  };
  var edgeItem = function (e, i) {
    var pol = typePolarity(e[E_TYPE]);
    var docs = {};
    e[E_ST].forEach(function (si) { docs[D.stances[si][S_DOC]] = true; });
    var item = {
      id: i, from: D.actors[e[E_FROM]][A_ID], to: D.actors[e[E_TO]][A_ID],
      color: POLARITY[pol],
      width: edgeWidth(Object.keys(docs).length)
    };
    if (!large) {
      item.label = typeLabel(e[E_TYPE]);
      item.smooth = { enabled: true, type: "curvedCW", roundness: 0.12 + 0.18 * e[E_BEND] };
    }
    return item;
  };

  var nodes = new vis.DataSet(D.actors.map(nodeItem));
  var edges = new vis.DataSet(D.edges.map(edgeItem));
  var options = {
    autoResize: true,
    nodes: { font: { face: FONT, size: 14, strokeWidth: 3, strokeColor: "#ffffff" },
             borderWidth: 1 },
    edges: {
      arrows: { to: { enabled: !large, scaleFactor: 0.6 } },
      font: { face: FONT, size: 11, align: "middle", strokeWidth: 0,
              background: "rgba(255,255,255,0.85)" },
      smooth: large ? false : { enabled: true, type: "curvedCW", roundness: 0.15 },
      selectionWidth: 2, hoverWidth: 0.5
    },
    layout: { improvedLayout: !fixed, randomSeed: 7 },
    physics: fixed ? false : {
      solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -80, springLength: 140, avoidOverlap: 0.4 },
      stabilization: { enabled: true, iterations: 300, updateInterval: 50, fit: true }
    },
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: large,
                   hideEdgesOnZoom: large, keyboard: false, multiselect: false }
  };
  var container = $("sg-graph");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  if (!fixed) {
    /* Once settled, stop the simulation so nodes stay where the analyst drags them. */
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
    });
  }

  /* A large graph opens zoomed out so far that arrowheads are about a pixel, yet drawing
     them triples the cost of every frame: they appear once the analyst zooms in. */
  var arrowsOn = !large;
  var syncArrows = function () {
    if (!large) return;
    var scale = network.getScale();
    var want = arrowsOn ? scale > 0.35 : scale >= 0.45;  /* hysteresis: no flicker */
    if (want !== arrowsOn) {
      arrowsOn = want;
      network.setOptions({ edges: { arrows: { to: { enabled: want, scaleFactor: 0.6 } } } });
    }
  };
  network.on("zoom", syncArrows);

  /* ---- counts and status ------------------------------------------------------------- */
  var drawnCounts = function () {
    var n = 0, m = 0, id;
    for (id in network.body.nodes) {
      if (Object.prototype.hasOwnProperty.call(network.body.nodes, id) &&
          network.body.nodes[id].options.hidden !== true) n++;
    }
    for (id in network.body.edges) {
      var ed = network.body.edges[id];
      if (Object.prototype.hasOwnProperty.call(network.body.edges, id) &&
          ed.options.hidden !== true && ed.connected &&
          ed.from.options.hidden !== true && ed.to.options.hidden !== true) m++;
    }
    return { nodes: n, edges: m };
  };
  var status = function (text) { $("sg-status").textContent = text || ""; };
  var showCounts = function () {
    var c = drawnCounts();
    status(c.nodes + " " + ui("n_actors") + " · " + c.edges + " " + ui("edges") + " " +
           ui("shown"));
  };

  var applyFilters = function () {
    var f = filterState();
    var deg = D.actors.map(function () { return 0; });
    var edgeUpdates = [];
    D.edges.forEach(function (e, i) {
      var st = edgeState(f, e);
      var hidden = st.stances.length === 0;
      if (!hidden) { deg[e[E_FROM]]++; deg[e[E_TO]]++; }
      var cur = edges.get(i);
      var width = edgeWidth(st.docs);
      if (!!cur.hidden !== hidden || (!hidden && cur.width !== width)) {
        edgeUpdates.push({ id: i, hidden: hidden, width: width });
      }
    });
    var nodeUpdates = [];
    D.actors.forEach(function (a, i) {
      var hidden = deg[i] === 0 && degree[i] > 0 && a[A_ID] !== D.focus;
      var cur = nodes.get(a[A_ID]);
      var size = nodeSize(deg[i]);
      if (!!cur.hidden !== hidden || (!hidden && cur.size !== size)) {
        nodeUpdates.push({ id: a[A_ID], hidden: hidden, size: size });
      }
    });
    if (edgeUpdates.length) edges.update(edgeUpdates);
    if (nodeUpdates.length) nodes.update(nodeUpdates);
    showCounts();
  };

  ["sg-from", "sg-to", "sg-undated"].forEach(function (id) {
    $(id).addEventListener("change", applyFilters);
  });
  document.querySelectorAll('input[name="sg-polarity"]').forEach(function (b) {
    b.addEventListener("change", applyFilters);
  });
  typesBox.addEventListener("change", applyFilters);
  var setAllTypes = function (on) {
    document.querySelectorAll('input[name="sg-type"]').forEach(function (b) { b.checked = on; });
    applyFilters();
  };
  var resetFilters = function () {
    $("sg-from").value = minDate; $("sg-to").value = maxDate; $("sg-undated").checked = true;
    document.querySelectorAll('input[name="sg-polarity"]').forEach(function (b) {
      b.checked = true;
    });
    setAllTypes(true);
  };
  $("sg-types-all").addEventListener("click", function () { setAllTypes(true); });
  $("sg-types-none").addEventListener("click", function () { setAllTypes(false); });

  /* ---- language ------------------------------------------------------------------------ */
  var fillActorList = function () {
    var list = $("sg-actor-list");
    while (list.firstChild) list.removeChild(list.firstChild);
    D.actors.forEach(function (a) {
      var o = document.createElement("option");
      o.value = a[lang === "ar" ? A_AR : A_EN];
      o.label = a[A_ID];
      list.appendChild(o);
    });
  };
  var setLang = function (l) {
    lang = l === "ar" ? "ar" : "en";
    $("sg-lang").value = lang;
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === "ar" ? "rtl" : "ltr";
    document.querySelectorAll("[data-i18n]").forEach(function (el) {
      el.textContent = ui(el.dataset.i18n);
    });
    /* the panel's type labels and the actor tables' cells carry their ids */
    document.querySelectorAll("[data-type]").forEach(function (el) {
      el.textContent = typeLabel(el.dataset.type);
    });
    document.querySelectorAll("[data-actor]").forEach(function (el) {
      el.textContent = actorName(el.dataset.actor);
    });
    nodes.update(D.actors.map(function (a) {
      return { id: a[A_ID], label: a[lang === "ar" ? A_AR : A_EN] };
    }));
    if (!large) {
      edges.update(D.edges.map(function (e, i) { return { id: i, label: typeLabel(e[E_TYPE]) }; }));
    }
    fillActorList();
    whenLoaded(fillUntargeted);
    showCounts();
  };
  $("sg-lang").value = lang;
  $("sg-lang").addEventListener("change", function () { setLang($("sg-lang").value); });
  fillActorList();

  /* ---- actor search and node info ----------------------------------------------------- */
  var findActor = function (q) {
    q = (q || "").trim().toLowerCase();
    if (!q) return null;
    var exact = null, partial = null;
    D.actors.forEach(function (a) {
      var names = [a[A_ID], a[A_EN], a[A_AR]].map(function (s) { return String(s).toLowerCase(); });
      if (names.indexOf(q) >= 0 && exact === null) exact = a[A_ID];
      else if (partial === null && names.some(function (s) { return s.indexOf(q) >= 0; })) {
        partial = a[A_ID];
      }
    });
    return exact !== null ? exact : partial;
  };
  var nodeInfo = function (id) {
    var box = $("sg-node-info");
    while (box.firstChild) box.removeChild(box.firstChild);
    var i = actorIndex[id];
    if (i === undefined) { box.hidden = true; return; }
    var a = D.actors[i];
    var h = document.createElement("h2");
    h.textContent = a[lang === "ar" ? A_AR : A_EN];
    box.appendChild(h);
    var p = document.createElement("p");
    var other = a[lang === "ar" ? A_EN : A_AR];
    p.textContent = iso(other) + " · " + ui(KIND[a[A_KIND]] ? a[A_KIND] : "unknown") + " · " +
      a[A_ID] + " · " + network.getConnectedEdges(id).length + " " + ui("degree");
    box.appendChild(p);
    var link = D.links[id];
    if (link) {
      var l = document.createElement("a");
      l.href = link; l.textContent = ui("open_actor");
      box.appendChild(l);
    }
    box.hidden = false;
  };
  var search = function () {
    var id = findActor($("sg-search").value);
    if (id === null) { status(ui("no_match")); return; }
    if (nodes.get(id).hidden) resetFilters();  /* show what was searched for */
    network.selectNodes([id]);
    network.focus(id, { scale: 1.2, animation: large ? false : { duration: 400 } });
    syncArrows();
    nodeInfo(id);
  };
  $("sg-search").addEventListener("change", search);
  $("sg-search").addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { ev.preventDefault(); search(); }
  });

  /* ---- hover tip (our own: vis-network's tooltips are not used for any text) --------- */
  var tip = $("sg-tip");
  tip.dir = "auto";
  var showTip = function (text, params) {
    var r = container.getBoundingClientRect();
    tip.textContent = text;
    tip.hidden = false;
    tip.style.left = Math.round(r.left + params.pointer.DOM.x + 14) + "px";
    tip.style.top = Math.round(r.top + params.pointer.DOM.y + 14) + "px";
  };
  var hideTip = function () { tip.hidden = true; };
  var edgeTitle = function (i) {
    var e = D.edges[i];
    var arrow = lang === "ar" ? " \u2190 " : " \u2192 ";  /* points the way the line reads */
    return iso(actorName(D.actors[e[E_FROM]][A_ID])) + arrow + iso(typeLabel(e[E_TYPE])) +
      arrow + iso(actorName(D.actors[e[E_TO]][A_ID]));
  };
  /* Documents behind an edge by the language of their evidence: "sources: Arabic 1, English 1" */
  var sourcesByLang = function (e) {
    var per = e[E_LANGS] || {};
    var parts = Object.keys(per).map(function (l) {
      return (l ? ui("lang_" + l) : "?") + " " + per[l];
    });
    return parts.length ? ui("sources") + ": " + parts.join(", ") : "";
  };
  network.on("hoverEdge", function (params) {
    var e = D.edges[params.edge];
    var st = edgeState(filterState(), e);
    var langs = sourcesByLang(e);
    showTip(edgeTitle(params.edge) + "\n" + count(st.stances.length, "stance", "stances") +
            ", " + count(st.docs, "document", "documents") + (langs ? "\n" + langs : ""),
            params);
  });
  network.on("hoverNode", function (params) {
    var i = actorIndex[params.node];
    var a = D.actors[i];
    showTip(a[lang === "ar" ? A_AR : A_EN] + "\n" + ui(KIND[a[A_KIND]] ? a[A_KIND] : "unknown") +
            " · " + network.getConnectedEdges(params.node).length + " " + ui("degree"), params);
  });
  network.on("blurEdge", hideTip);
  network.on("blurNode", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);

  /* ---- edge dialog -------------------------------------------------------------------- */
  var el = function (tag, text, cls) {
    var x = document.createElement(tag);
    if (text !== undefined && text !== null) x.textContent = text;
    if (cls) x.className = cls;
    return x;
  };
  var httpUrl = function (u) { return typeof u === "string" && /^https?:\/\//i.test(u); };
  /* One supporting stance: the evidence sentence in its own direction, then who said it,
     where and when, and a link to the source when it is an http(s) URL. */
  var stanceItem = function (si) {
    var X = text(), s = D.stances[si], t = X.stances[s[S_TEXT]], doc = X.docs[s[S_DOC]];
    var li = el("li");
    var q = el("blockquote", t[X.EV], "sg-evidence-text");
    var sl = t[X.LANG] || "";
    if (sl) q.lang = sl;
    q.dir = /^(ar|fa|he|ur)\b/.test(sl) ? "rtl" : (sl ? "ltr" : "auto");
    li.appendChild(q);
    var meta = [];
    if (t[X.SPK]) meta.push(ui("speaker") + ": " + iso(t[X.SPK]));
    if (t[X.REP]) meta.push(ui("reported_by") + ": " + iso(actorName(t[X.REP])));
    if (doc[X.OUTLET]) meta.push(ui("outlet") + ": " + iso(doc[X.OUTLET]));
    meta.push(ui("date") + ": " + iso(s[S_DATE] || ui("undated_label")));
    if (t[X.CONF] !== null && t[X.CONF] !== undefined) {
      meta.push(ui("confidence") + ": " + iso(String(t[X.CONF])));
    }
    var m = el("p", meta.join(" · "), "sg-meta");
    if (httpUrl(doc[X.URL])) {
      m.appendChild(document.createTextNode(" · "));
      var a = el("a", doc[X.TITLE] || doc[X.URL]);
      a.href = doc[X.URL]; a.target = "_blank"; a.rel = "noopener noreferrer";
      a.dir = "auto";
      m.appendChild(a);
    } else if (doc[X.TITLE]) {
      m.appendChild(document.createTextNode(" · "));
      m.appendChild(el("cite", doc[X.TITLE]));
    }
    li.appendChild(m);
    return li;
  };
  var openEdge = function (i) { whenLoaded(function () { showEdge(i); }); };
  var showEdge = function (i) {
    var e = D.edges[i];
    var st = edgeState(filterState(), e);
    if (st.stances.length === 0) st = { stances: e[E_ST], docs: 0 };
    $("sg-dialog-title").textContent = edgeTitle(i);
    var langs = sourcesByLang(e);
    $("sg-dialog-sub").textContent = ui(typePolarity(e[E_TYPE])) + " · " +
      count(st.stances.length, "stance", "stances") + (langs ? " · " + langs : "");
    var list = $("sg-evidence");
    while (list.firstChild) list.removeChild(list.firstChild);
    /* the page carries the text of a sample of each edge's stances (null for the rest) */
    var withText = st.stances.filter(function (si) { return D.stances[si][S_TEXT] !== null; });
    withText.slice(0, MAX_DIALOG).forEach(function (si) { list.appendChild(stanceItem(si)); });
    var rest = st.stances.length - Math.min(withText.length, MAX_DIALOG);
    if (rest > 0) {
      var more = el("li", rest + " " + ui("more") + "; " + ui("list_all") + ":", "sg-more");
      more.appendChild(el("code", "stancegraph query stances_behind_edge -p holder=" +
        D.actors[e[E_FROM]][A_ID] + " -p target=" + D.actors[e[E_TO]][A_ID] +
        " -p concept=" + e[E_TYPE]));
      list.appendChild(more);
    }
    $("sg-pair").textContent = "";
    $("sg-evidence").hidden = false;
    var btn = $("sg-pair-button");
    btn.hidden = false;
    btn.onclick = function () {
      showPair(D.actors[e[E_FROM]][A_ID], D.actors[e[E_TO]][A_ID]);
    };
    hideTip();
    if (!$("sg-dialog").open) $("sg-dialog").showModal();
  };

  /* ---- a pair's timeline: stances month by month, both directions ------------------- */
  var SVG = "http://www.w3.org/2000/svg";
  var svgEl = function (tag, attrs, text) {
    var x = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { x.setAttribute(k, attrs[k]); });
    if (text !== undefined) x.textContent = text;
    return x;
  };
  var POLS = ["cooperative", "neutral", "conflictual"];
  /* {months: [...], rows: {month: [dirAB, dirBA]}} each dir [coop, neutral, confl, sumG, n] */
  var pairMonths = function (a, b) {
    var rows = {}, undated = 0;
    D.edges.forEach(function (e) {
      var f = D.actors[e[E_FROM]][A_ID], t = D.actors[e[E_TO]][A_ID];
      var dir = f === a && t === b ? 0 : (f === b && t === a ? 1 : -1);
      if (dir < 0) return;
      var g = D.types[e[E_TYPE]] ? D.types[e[E_TYPE]][3] : null;
      var p = POLS.indexOf(typePolarity(e[E_TYPE]));
      e[E_ST].forEach(function (si) {
        var d = D.stances[si][S_DATE];
        if (!d) { undated++; return; }
        var m = d.slice(0, 7);
        if (!rows[m]) rows[m] = [[0, 0, 0, 0, 0], [0, 0, 0, 0, 0]];
        var r = rows[m][dir];
        r[p < 0 ? 1 : p]++;
        if (g !== null && g !== undefined) { r[3] += g; r[4]++; }
      });
    });
    var keys = Object.keys(rows).sort(), months = [];
    if (keys.length) {
      var y = +keys[0].slice(0, 4), mo = +keys[0].slice(5, 7);
      var last = keys[keys.length - 1];
      for (;;) {  /* every month of the span, so that gaps show as gaps */
        var k = y + "-" + (mo < 10 ? "0" : "") + mo;
        months.push(k);
        if (k >= last || months.length > 600) break;
        mo++; if (mo > 12) { mo = 1; y++; }
      }
    }
    return { months: months, rows: rows, undated: undated };
  };
  var COLORS = { cooperative: POLARITY.cooperative, neutral: POLARITY.neutral,
                 conflictual: POLARITY.conflictual };
  var pairChart = function (a, b, pm) {
    var W = 640, H = 230, L = 34, R = 34, T = 10, B = 40;
    var n = Math.max(pm.months.length, 1), slot = (W - L - R) / n, bw = Math.max(2, slot / 2 - 1);
    var max = 1;
    pm.months.forEach(function (m) {
      (pm.rows[m] || []).forEach(function (r) { max = Math.max(max, r[0] + r[1] + r[2]); });
    });
    var svg = svgEl("svg", { viewBox: "0 0 " + W + " " + H, width: "100%", role: "img",
                              "class": "sg-pair-chart", direction: "ltr" });
    var yc = function (v) { return T + (H - T - B) * (1 - v / max); };
    var yg = function (g) { return T + (H - T - B) * (1 - (g + 10) / 20); };
    svg.appendChild(svgEl("line", { x1: L, x2: W - R, y1: yg(0), y2: yg(0), stroke: "#ccc",
                                    "stroke-dasharray": "3 3" }));
    svg.appendChild(svgEl("text", { x: 2, y: T + 8, "font-size": 10 }, String(max)));
    svg.appendChild(svgEl("text", { x: W - R + 3, y: T + 8, "font-size": 10 }, "+10"));
    svg.appendChild(svgEl("text", { x: W - R + 3, y: H - B, "font-size": 10 }, "−10"));
    pm.months.forEach(function (m, i) {
      var x0 = L + i * slot;
      [0, 1].forEach(function (dir) {
        var r = (pm.rows[m] || [[0, 0, 0, 0, 0], [0, 0, 0, 0, 0]])[dir], acc = 0;
        var x = x0 + dir * (bw + 1);
        POLS.forEach(function (p, pi) {
          if (!r[pi]) return;
          var rect = svgEl("rect", { x: x, width: bw, y: yc(acc + r[pi]),
            height: yc(acc) - yc(acc + r[pi]), fill: COLORS[p],
            opacity: dir === 0 ? 1 : 0.55, "data-month": m, "data-dir": dir });
          rect.appendChild(svgEl("title", {}, m + " · " +
            iso(actorName(dir === 0 ? a : b)) + " → " + iso(actorName(dir === 0 ? b : a)) +
            " · " + ui(p) + ": " + r[pi]));
          svg.appendChild(rect);
          acc += r[pi];
        });
        if (r[4]) {
          svg.appendChild(svgEl("circle", { cx: x + bw / 2, cy: yg(r[3] / r[4]), r: 3,
            fill: "#111", stroke: "#fff", "class": "sg-goldstein" }));
        }
      });
      if (n <= 24 || i % Math.ceil(n / 24) === 0) {
        svg.appendChild(svgEl("text", { x: x0 + slot / 2, y: H - B + 14, "font-size": 9,
          "text-anchor": "end", transform: "rotate(-45 " + (x0 + slot / 2) + " " +
          (H - B + 14) + ")" }, m));
      }
    });
    return svg;
  };
  var showPair = function (a, b) {
    var pm = pairMonths(a, b);
    $("sg-dialog-title").textContent = iso(actorName(a)) + " ⇄ " + iso(actorName(b)) +
      " · " + ui("pair_timeline");
    $("sg-dialog-sub").textContent = ui("timeline_note");
    $("sg-evidence").hidden = true;
    $("sg-pair-button").hidden = true;
    var box = $("sg-pair");
    box.textContent = "";
    var legend = el("p", null, "sg-pair-legend");
    [0, 1].forEach(function (dir) {
      legend.appendChild(el("span", (dir === 0 ? "▮ " : "▯ ") + iso(actorName(dir ? b : a)) +
                            " → " + iso(actorName(dir ? a : b)) + "  "));
    });
    box.appendChild(legend);
    box.appendChild(pairChart(a, b, pm));
    var table = el("table", null, "sg-pair-table");
    var head = el("tr");
    [ui("month"), iso(actorName(a)) + " → " + iso(actorName(b)),
     iso(actorName(b)) + " → " + iso(actorName(a))].forEach(function (h) {
      head.appendChild(el("th", h));
    });
    table.appendChild(head);
    var cell = function (r) {
      if (!(r[0] + r[1] + r[2])) return "–";
      return POLS.map(function (p, i) { return r[i] ? ui(p) + " " + r[i] : ""; })
        .filter(Boolean).join(", ") +
        (r[4] ? " · " + ui("mean_goldstein") + " " + (r[3] / r[4]).toFixed(2) : "");
    };
    pm.months.forEach(function (m) {
      var r = pm.rows[m];
      if (!r) return;
      var tr = el("tr");
      tr.appendChild(el("td", m));
      tr.appendChild(el("td", cell(r[0])));
      tr.appendChild(el("td", cell(r[1])));
      table.appendChild(tr);
    });
    box.appendChild(table);
    if (pm.undated) box.appendChild(el("p", pm.undated + " " + ui("undated_label")));
    if (!$("sg-dialog").open) $("sg-dialog").showModal();
  };
  var pairFromHash = function () {
    var m = /^#pair=([^|&]+)\|([^&]+)$/.exec(location.hash);
    if (!m) return;
    var a = decodeURIComponent(m[1]), b = decodeURIComponent(m[2]);
    if (actorIndex[a] !== undefined && actorIndex[b] !== undefined) showPair(a, b);
  };
  network.on("click", function (params) {
    if (params.nodes.length) { nodeInfo(params.nodes[0]); return; }
    if (params.edges.length) openEdge(params.edges[0]);
  });
  network.on("doubleClick", function (params) {
    if (params.nodes.length && D.links[params.nodes[0]] && params.nodes[0] !== D.focus) {
      window.location.href = D.links[params.nodes[0]];
    }
  });

  /* ---- an actor's stances without a target actor ---------------------------------- */
  var fillUntargeted = function () {
    var list = $("sg-untargeted");
    if (!list) return;
    while (list.firstChild) list.removeChild(list.firstChild);
    (D.untargeted || []).forEach(function (u) {
      var li = stanceItem(u[1]);
      var head = el("p");
      head.appendChild(el("span", null, "sg-swatch sg-" + typePolarity(u[0])));
      head.appendChild(document.createTextNode(typeLabel(u[0])));
      li.insertBefore(head, li.firstChild);
      list.appendChild(li);
    });
    if (D.untargeted_more) {
      list.appendChild(el("li", D.untargeted_more + " " + ui("more"), "sg-more"));
    }
  };
  whenLoaded(fillUntargeted);

  /* ---- ready ---------------------------------------------------------------------------- */
  /* ---- on a phone the panel is a drawer over the graph -------------------------------- */
  var toggle = $("sg-panel-toggle");
  if (toggle) {
    toggle.addEventListener("click", function () {
      var open = $("sg-panel").classList.toggle("sg-open");
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
    });
  }

  window.stancegraph = {
    network: network, nodes: nodes, edges: edges, data: D,
    drawnCounts: drawnCounts, openEdge: openEdge, setLang: setLang, applyFilters: applyFilters,
    showPair: showPair, pairMonths: pairMonths,
    arrows: function () { return arrowsOn; }
  };
  network.once("afterDrawing", function () {
    window.stancegraph.readyAt = performance.now();
    pairFromHash();
    document.body.dataset.ready = "1";
    if (D.focus && actorIndex[D.focus] !== undefined) network.selectNodes([D.focus]);
    showCounts();
    syncArrows();  /* a "large" graph with few actors may open close enough for arrows */
  });
  if (lang !== "en") setLang(lang);
})();
