// mutasi serve: the page. Plain JS, no framework, no external request.
// State lives on the server per tab (a session); this script keeps the
// page's settings and decisions and asks for a new plan when they change.
"use strict";

// The page's words come from the server's message catalogue
// (GET /api/messages?lang=), the same as the command line's: no second
// dictionary here. The plan's own texts (reasons, warnings, problems,
// errors) come rendered in the page's language with each answer.
const S = {
  lang: "id", msgs: {}, session: "", token: new URLSearchParams(location.search).get("token") || "",
  state: null, plan: null, settings: {}, pins: [], forbids: [], seq: 0, inflight: null,
  timer: 0, lastChange: -1e9, renderToken: 0, explainNIP: "", alts: null,
  // frontier is the frontier on screen and frontierKey the settings it was
  // traced under (the budget aside): another setting makes it out of date.
  frontier: null, frontierKey: "",
  // goodDate is the date of the plan on screen; dateError the message of a
  // date the field holds but the plan refused; failed is set while the
  // latest solve failed. Either makes the plan on screen out of date.
  goodDate: "", dateError: "", failed: false,
};
// perf records the round trips from a settings change to the plan on
// screen, for the browser test and the curious (window.mutasiPerf).
const perf = { pending: new Map(), samples: [], complete: true };
window.mutasiPerf = perf;

const $ = (sel) => document.querySelector(sel);
const t = (k) => (S.msgs[k] ?? k);
// num writes x with d decimals and the page language's decimal mark.
const num = (x, d) => { const s = Number(x).toFixed(d); return S.lang === "id" ? s.replace(".", ",") : s; };
// day writes a YYYY-MM-DD date as decrees do: "1 Maret 2027".
const day = (iso) => {
  const [y, m, d] = iso.split("-").map(Number);
  if (!y || !m || !d) return iso;
  return new Intl.DateTimeFormat(S.lang === "id" ? "id-ID" : "en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })
    .format(new Date(Date.UTC(y, m - 1, d)));
};
// comp names a score component or weight: the page's own word, else the
// catalogue's.
const comp = (c) => S.msgs["c_" + c] ?? S.msgs["component." + c] ?? c;

function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") e.className = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? "" : v);
  }
  for (const c of kids.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

function api(path, params) {
  const u = new URL(path, location.href);
  if (S.session) u.searchParams.set("session", S.session);
  u.searchParams.set("lang", S.lang);
  for (const [k, v] of Object.entries(params || {})) u.searchParams.set(k, v);
  return u;
}

async function call(method, path, params, body, signal) {
  const headers = {};
  if (S.token) headers["X-Mutasi-Token"] = S.token;
  let payload = body;
  if (body && !(body instanceof FormData)) {
    headers["Content-Type"] = "application/json";
    payload = JSON.stringify(body);
  }
  const resp = await fetch(api(path, params), { method, headers, body: payload, signal, credentials: "same-origin" });
  let data = null;
  try { data = await resp.json(); } catch (e) { data = { error: resp.status + " " + resp.statusText }; }
  return { ok: resp.ok, status: resp.status, data };
}

function status(msg) { $("#status").textContent = msg; }

function showError(msg) {
  const box = $("#error");
  box.hidden = !msg;
  box.textContent = msg || "";
}

function postLabel(p) {
  if (!p) return "–";
  return p.name + (p.unit && !p.name.toLowerCase().includes(p.unit.toLowerCase()) ? ", " + p.unit : "");
}

// Move labels come from the server (the lampiran's words), so that the page
// and the CLI say the same; the catalogue's t_* words are the fallback.
function typeName(type) {
  const l = S.state && S.state.labels && S.state.labels[S.lang];
  return (l && l[type]) || t("t_" + type);
}
function typeLabel(m) { return (m.label && m.label[S.lang === "id" ? 0 : 1]) || typeName(m.type); }

// ---- state from the server ------------------------------------------------

function applyState(st) {
  S.state = st;
  S.session = st.session || S.session;
  S.seq = Math.max(S.seq, st.seq || 0);
  S.settings = {};
  for (const s of st.settings || []) S.settings[s.key] = s.value;
  S.pins = [...(st.pins || [])];
  S.forbids = [...(st.forbids || [])];
  S.plan = st.plan;
  S.alts = null;
  S.failed = !st.plan;
  if (st.plan) { S.goodDate = st.plan.date; S.dateError = ""; }
  $("#roster-name").textContent = st.roster ? st.roster + " · " + st.counts[0] + " / " + st.counts[1] + " " + t("loaded_rows") : "";
  renderProblems();
  renderTune();
  renderDecisions();
  renderPlan();
  renderAlts();
  updateDownloads();
  showError(st.error || "");
}

async function newSession() {
  status(t("loading"));
  const r = await call("POST", "api/session");
  applyState(r.data);
  status(r.ok ? t("ready") : "");
}

// ---- load -----------------------------------------------------------------

async function upload(sample) {
  const fd = new FormData();
  if (sample) {
    fd.append("sample", "1");
  } else {
    let n = 0;
    for (const id of ["officials", "positions", "workbook", "selection"]) {
      const f = $("#file-" + id).files[0];
      if (f) { fd.append(id, f, f.name); n++; }
    }
    if (n === 0) { showError(t("choose_files")); return; }
  }
  status(t("loading"));
  // An upload keeps the plan date on screen.
  const r = await call("POST", "api/load", S.goodDate ? { date: S.goodDate } : {}, fd);
  if (r.data && r.data.session) {
    applyState(r.data);
  } else {
    showError(r.data.error);
  }
  status(r.ok ? t("ready") : "");
}

function renderProblems() {
  const box = $("#problems");
  box.replaceChildren();
  const ps = (S.state && S.state.problems) || [];
  if (!ps.length) return;
  box.append(el("h3", {}, t("problems") + " (" + ps.length + ")"));
  const tb = el("tbody");
  for (const p of ps) {
    tb.append(el("tr", { class: p.severity },
      el("td", {}, t("sev_" + p.severity)), el("td", {}, p.file), el("td", { class: "num" }, p.row || ""),
      el("td", {}, p.column), el("td", {}, p.value), el("td", {}, p.reason)));
  }
  box.append(el("table", { id: "problem-table" },
    el("thead", {}, el("tr", {}, ["severity", "file", "row", "column", "value", "reason"].map((k) => el("th", {}, t(k))))), tb));
}

// ---- tune -----------------------------------------------------------------

function renderTune() {
  const ws = $("#weights");
  ws.replaceChildren();
  for (const s of (S.state && S.state.settings) || []) {
    if (!s.key.startsWith("weights.")) continue;
    const name = s.key.slice(8);
    const id = "w-" + name;
    const out = el("output", { for: id }, num(S.settings[s.key], 2));
    const input = el("input", { type: "range", id, min: "0", max: "5", step: "0.05", value: S.settings[s.key],
      "data-key": s.key, title: s.doc });
    input.addEventListener("input", () => {
      S.settings[s.key] = input.value;
      out.textContent = num(input.value, 2);
      schedule();
    });
    ws.append(el("div", { class: "weight" }, el("label", { for: id }, el("span", {}, t("w_" + name)), out), input));
  }
  const rs = $("#rules");
  rs.replaceChildren();
  for (const r of (S.state && S.state.rules) || []) {
    const id = "r-" + r.key.replace(/\W/g, "-");
    const box = el("input", { type: "checkbox", id, "data-key": r.key });
    box.checked = S.settings[r.key] === "true";
    box.addEventListener("change", () => { S.settings[r.key] = String(box.checked); schedule(0); });
    rs.append(el("label", { class: "rule", for: id, title: r.source }, box, el("code", {}, r.code),
      el("span", { class: "muted" }, t("rule_" + r.code.toLowerCase().replace(/-/g, "_")))));
  }
  // The rules' parameters (months, ages, the JPM floor), folded away.
  const ps = $("#params");
  ps.replaceChildren(el("summary", {}, t("params")));
  for (const s of (S.state && S.state.settings) || []) {
    const v = S.settings[s.key];
    if (!s.key.startsWith("rules.") || v === "true" || v === "false" || s.key === "rules.max_moves") continue;
    const id = "p-" + s.key.slice(6);
    const input = el("input", { type: "number", id, value: v, min: "0", step: s.key.endsWith("_value") ? "0.01" : "1", "data-key": s.key });
    input.addEventListener("change", () => { S.settings[s.key] = input.value; schedule(0); });
    ps.append(el("label", { class: "param", for: id, title: s.doc }, el("span", {}, t("p_" + s.key.slice(6))), input));
  }
  const mm = $("#max-moves");
  const budget = S.settings["rules.max_moves"];
  mm.value = budget && budget !== "none" ? budget : "";
  mm.placeholder = t("no_limit");
  const d = $("#plan-date");
  if (!S.dateError) d.value = S.settings["date"] || "";
  renderDateError();
}

// setMaxMoves sets the move budget (empty: none) and solves.
function setMaxMoves(v) {
  const n = String(v).trim();
  S.settings["rules.max_moves"] = n === "" ? "none" : n;
  $("#max-moves").value = n;
  schedule(0);
}

// renderDateError marks the date field when it holds a date the plan
// refused, with the reason next to it.
function renderDateError() {
  const d = $("#plan-date");
  const box = $("#date-error");
  d.setAttribute("aria-invalid", S.dateError ? "true" : "false");
  box.hidden = !S.dateError;
  box.textContent = S.dateError;
}

// setDate takes a new value of the date field: a well-formed date is sent
// for a new plan; anything else is refused in place without asking the
// server, and the plan on screen is marked out of date until a valid date
// solves. An emptied field goes back to the plan's date.
function setDate(value) {
  if (value === "") value = S.goodDate;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    S.dateError = t("bad_date");
    S.dateErrorLocal = true;
    renderDateError();
    renderPlan();
    return;
  }
  S.settings["date"] = value;
  schedule(0);
}

// schedule asks for a new plan. A change after a quiet moment is sent at
// once; changes that follow quickly (a slider being dragged) are debounced,
// so that a drag sends one request per pause rather than one per pixel, and
// a newer request aborts the one in flight (the server cancels its solve).
function schedule(delay) {
  const seq = ++S.seq;
  const now = performance.now();
  perf.pending.set(seq, now);
  clearTimeout(S.timer);
  const quiet = !S.inflight && now - S.lastChange > 150;
  S.lastChange = now;
  if (quiet || delay === 0) { solve(seq); return; }
  S.timer = setTimeout(() => solve(seq), delay ?? 40);
}

async function solve(seq) {
  if (S.inflight) S.inflight.abort();
  const ctl = new AbortController();
  S.inflight = ctl;
  status(t("solving"));
  const tSend = performance.now();
  let r;
  try {
    r = await call("POST", "api/solve", {}, { seq, set: S.settings, pins: S.pins, forbids: S.forbids }, ctl.signal);
  } catch (e) {
    if (e.name === "AbortError") return;
    if (S.inflight === ctl) S.inflight = null;
    showError(String(e));
    status("");
    return;
  }
  if (seq !== S.seq) return; // a newer request is on its way
  S.inflight = null;
  if (!r.ok) {
    if (r.status === 404) { await newSession(); return; }
    if (r.status === 503) return;
    S.failed = true;
    if (r.data.key === "date") {
      // The plan refused the date: say so at the field, and go on with
      // the plan's date so that the other settings still solve.
      S.dateError = r.data.error;
      S.dateErrorLocal = false;
      S.settings["date"] = S.goodDate;
      renderDateError();
    } else {
      showError(r.data.error);
    }
    renderPlan();
    status("");
    return;
  }
  const tRecv = performance.now();
  showError("");
  S.failed = false;
  S.goodDate = r.data.plan.date;
  if (S.dateError && $("#plan-date").value === S.goodDate) { S.dateError = ""; renderDateError(); }
  S.plan = r.data.plan;
  S.pins = r.data.pins;
  S.forbids = r.data.forbids;
  S.alts = null;
  if (S.frontier && frontierKey() !== S.frontierKey) S.frontier = null;
  renderPlan();
  renderDecisions();
  renderAlts();
  renderFrontier();
  updateDownloads();
  if (S.explainNIP) explain(S.explainNIP);
  const ms = r.data.ms;
  void document.body.offsetHeight; // lay out now, to measure it
  const tDrawn = performance.now();
  requestAnimationFrame(() => {
    const started = perf.pending.get(seq);
    // The round trip counts from the first change since the last plan.
    let first = started;
    for (const [k, v] of perf.pending) if (k <= seq) { first = Math.min(first, v); perf.pending.delete(k); }
    const rt = performance.now() - first;
    perf.samples.push({ seq, first, roundTrip: rt, full: perf.complete ? rt : undefined, server: ms, moves: S.plan.moves.length,
      wait: tSend - first, fetch: tRecv - tSend, render: tDrawn - tRecv, frame: performance.now() - tDrawn });
    status(t("ready") + " · " + Math.round(rt) + " ms (" + t("server") + " " + Math.round(ms) + " ms)");
  });
}

// ---- decisions ------------------------------------------------------------

function nameOf(nip) {
  const m = S.plan && S.plan.moves.find((x) => x.nip === nip);
  return m ? m.name : "";
}

function renderDecisions() {
  const ul = $("#decisions");
  ul.replaceChildren();
  const items = [...S.pins.map((d) => ["pin", d]), ...S.forbids.map((d) => ["forbid", d])];
  if (!items.length) { ul.append(el("li", { class: "empty" }, t("no_decisions"))); return; }
  for (const [kind, d] of items) {
    const [nip, post] = d.split("=");
    const label = nameOf(nip) + " (" + nip + ") " + (kind === "pin" ? "→ " : "≠ ") + (post === "-" ? t("release") : post);
    ul.append(el("li", { "data-kind": kind, "data-decision": d },
      el("span", {}, el("b", { class: "badge " + kind }, t(kind === "pin" ? "pinned" : "forbidden")), " ", label),
      el("button", { type: "button", title: t("remove"), onclick: () => removeDecision(kind, d) }, "×")));
  }
}

function addDecision(kind, nip, post) {
  const d = nip + "=" + (post || "-");
  if (kind === "pin") {
    S.pins = S.pins.filter((x) => !x.startsWith(nip + "="));
    S.pins.push(d);
  } else if (!S.forbids.includes(d)) {
    S.forbids.push(d);
  }
  renderDecisions();
  schedule(0);
}

function removeDecision(kind, d) {
  if (kind === "pin") S.pins = S.pins.filter((x) => x !== d);
  else S.forbids = S.forbids.filter((x) => x !== d);
  renderDecisions();
  schedule(0);
}

// ---- plan -----------------------------------------------------------------

function card(label, value, cls) {
  return el("div", { class: "card " + (cls || "") }, el("b", {}, value), el("span", {}, label));
}

// FIRST_ROWS is how many rows of the plan fill a projected screen.
const FIRST_ROWS = 40;

function renderPlan() {
  const sum = $("#summary");
  const tb = $("#plan tbody");
  sum.replaceChildren();
  tb.replaceChildren();
  const p = S.plan;
  if (!p) { sum.append(t("no_plan")); $("#vacant").replaceChildren(); return; }
  const s = p.summary;
  const pct = (x) => num(x * 100, 1) + "%";
  // The plan on screen is out of date while a refused value stands in a
  // field or the latest solve failed: its certificate is then no claim.
  const stale = !!S.dateError || S.failed;
  $("#plan").classList.toggle("stale", stale);
  $("#stale").hidden = !stale;
  $("#stale").textContent = stale ? t("stale_note") : "";
  const cert = stale ? card(t("certificate"), t("stale"), "bad stale") :
    card(t("certificate"), p.optimal ? t("optimal") : t("not_optimal"), p.optimal ? "ok" : "bad");
  sum.append(...[
    card(typeName("promote"), s.promote), card(typeName("rotate"), s.rotate), card(typeName("fill"), s.fill),
    s.demote ? card(typeName("demote"), s.demote) : null,
    card(typeName("release"), s.release), s.retire ? card(typeName("retire"), s.retire) : null,
    s.unplaced ? card(typeName("unplaced"), s.unplaced) : null,
    card(typeName("stay"), s.stay), card(t("vacant"), s.vacant),
    card(t("changed"), p.changed, p.changed ? "changed" : ""),
    card(t("mean_jpm"), pct(s.mean_jpm_before) + " → " + pct(s.mean_jpm_after)),
    cert, card(t("objective"), num(p.objective, 3)),
    p.budget ? card(t("budget_card"), p.budget.moves + " / " + p.budget.max_moves + " · " + t("budget_gap") + " " +
      num(p.budget.gap, 3), p.budget.gap > 5e-4 ? "changed" : "") : null].filter(Boolean));
  const showStays = $("#show-stays").checked;
  const onlyChanged = $("#only-changed").checked;
  const rows = [];
  let n = 0;
  for (const m of p.moves) {
    if (onlyChanged && !m.before) continue;
    if (!showStays && !m.before && (m.type === "stay" || m.type === "unplaced" || m.type === "retire")) continue;
    n++;
    const isPinned = S.pins.some((d) => d.startsWith(m.nip + "="));
    const to = el("td", {}, postLabel(m.to));
    if (m.before) to.append(el("span", { class: "before" }, t("before") + ": " + (m.before.to ? postLabel(m.before.to) : t("no_post")) +
      " (" + typeName(m.before.type) + ")"));
    rows.push(el("tr", { class: m.before ? "changed" : "", "data-nip": m.nip, title: m.before ? m.before.reason : null },
      el("td", { class: "num" }, n),
      el("td", {}, el("button", { type: "button", class: "who", onclick: () => explain(m.nip) }, m.name), el("span", { class: "nip" }, m.nip)),
      el("td", {}, m.rank), el("td", {}, m.from ? postLabel(m.from) : (m.outside || postLabel(null))), to,
      el("td", { class: "type-" + m.type }, typeLabel(m), isPinned ? el("b", { class: "badge pin" }, t("pinned")) : null),
      el("td", { class: "num" }, num(m.score, 3)),
      el("td", { class: "num" }, m.jpm === null ? "–" : Math.round(m.jpm * 100) + "%"),
      el("td", { class: "actions" },
        el("button", { type: "button", class: "pin", title: t("pin_title"), onclick: () => addDecision("pin", m.nip, m.to && m.to.id) }, t("pin")),
        m.to ? el("button", { type: "button", class: "forbid", title: t("forbid_title"), onclick: () => addDecision("forbid", m.nip, m.to.id) }, t("forbid")) : null)));
  }
  // The first screenful is drawn at once and the other rows just after
  // that frame, so that a new plan is on screen without waiting for the
  // layout of hundreds of rows below it.
  const token = ++S.renderToken;
  tb.append(...rows.slice(0, FIRST_ROWS));
  perf.complete = rows.length <= FIRST_ROWS;
  if (!perf.complete) {
    requestAnimationFrame(() => setTimeout(() => {
      if (token !== S.renderToken) return;
      tb.append(...rows.slice(FIRST_ROWS));
      perf.complete = true;
      const last = perf.samples[perf.samples.length - 1];
      if (last && last.full === undefined) last.full = performance.now() - last.first;
    }, 0));
  }
  const vb = $("#vacant");
  vb.replaceChildren();
  if (p.vacant.length) {
    vb.append(el("h3", {}, t("vacant_posts") + " (" + p.vacant.length + ")"),
      el("ul", {}, p.vacant.map((v) => el("li", {}, postLabel(v) + (v.reason ? " — " + v.reason : ""),
        (v.acting || []).length ? el("ol", { class: "acting" }, v.acting.map((a) =>
          el("li", {}, t("acting") + ": " + a.name + " (" + a.nip + ", " + (a.post ? a.post.id : "eselon " + a.eselon) + ") — " + a.reason))) : null))));
  }
  const ub = $("#upcoming");
  ub.replaceChildren();
  if ((p.upcoming_vacancies || []).length) {
    ub.append(el("h3", {}, t("upcoming_posts") + " (" + p.upcoming_vacancies.length + ")"),
      el("ul", {}, p.upcoming_vacancies.map((u) => el("li", {}, day(u.date) + " · " + postLabel(u) + " — " + u.holder + " (" + u.nip + ")"))));
  }
  renderApproval();
}

// renderApproval shows in the header what the CLI's first line says: the
// plan needs the Minister of Home Affairs' approval, and why.
function renderApproval() {
  const a = $("#approval");
  const p = S.plan;
  const lines = p && p.approval && p.approval.required ? p.approval_text[S.lang === "id" ? 0 : 1] : [];
  a.hidden = !lines.length;
  a.textContent = lines.length ? t("approval_needed") : "";
  a.title = lines.join("\n");
}

// ---- explain --------------------------------------------------------------

async function explain(nip) {
  S.explainNIP = nip;
  const r = await call("GET", "api/explain", { nip });
  const body = $("#explain-body");
  body.replaceChildren();
  $("#explain").hidden = false;
  document.body.classList.add("explaining");
  $("#explain-title").textContent = t("explain_title");
  if (!r.ok) { body.append(el("p", {}, r.data.error)); return; }
  const x = r.data;
  const m = x.move;
  $("#explain-title").textContent = t("explain_title") + ": " + m.name;
  body.append(el("p", { class: "muted" }, m.nip + " · " + m.rank + " · " + t("status") + ": " + t(x.status)),
    el("p", {}, el("b", {}, t("move") + ": "), postLabel(m.from) + " → " + (m.to ? postLabel(m.to) : t("no_post")) +
      " (" + typeName(m.type) + "), " + t("col_score").toLowerCase() + " " + num(m.score, 3)));
  const comps = Object.keys(m.components).sort();
  body.append(el("h3", {}, t("components")), el("table", {}, el("tbody", {},
    comps.map((c) => el("tr", {}, el("td", {}, comp(c)), el("td", { class: "num" }, num(m.components[c], 3)))))));
  if (x.against && x.competencies.length) {
    body.append(el("h3", {}, t("competencies") + " " + postLabel(x.against) + " — JPM " +
      (m.jpm === null ? "–" : Math.round(m.jpm * 100) + "% " + (m.jpm_category || ""))),
    el("table", {}, el("thead", {}, el("tr", {}, el("th", {}, ""), el("th", {}, ""), el("th", {}, t("actual")),
      el("th", {}, t("required")), el("th", {}, t("gap")))),
    el("tbody", {}, x.competencies.map((c) => el("tr", {}, el("td", {}, c.code), el("td", {}, c.name),
      el("td", { class: "num" }, c.actual), el("td", { class: "num" }, c.required),
      el("td", { class: "num " + (c.gap < 0 ? "gap-neg" : "") }, (c.gap > 0 ? "+" : "") + c.gap))))));
  }
  if (x.status_reasons.length) {
    body.append(el("ul", {}, x.status_reasons.map((v) => el("li", {}, v.rule + ": " + v.reason))));
  }
  body.append(el("h3", {}, t("constraints")));
  body.append(el("ul", {}, x.constraints.length ? x.constraints.map((c) =>
    el("li", {}, el("code", {}, c.rule), " — " + c.posts + " " + t("posts") + ", " + t("eg") + " " + c.post + ": " + c.example)) :
    el("li", { class: "muted" }, "–")));
  body.append(el("h3", {}, t("alternatives")));
  const alts = m.alternatives || [];
  if (!alts.length) {
    body.append(el("p", { class: "muted" }, t("none_open")));
  } else {
    body.append(el("table", {}, el("thead", {}, el("tr", {}, el("th", {}, t("place")), el("th", {}, t("col_score")),
      el("th", {}, "JPM"), el("th", {}, t("gap")), el("th", {}, ""))),
    el("tbody", {}, alts.map((a) => el("tr", {}, el("td", {}, a.post ? postLabel(a.post) : t("release")),
      el("td", { class: "num" }, num(a.score, 3)), el("td", { class: "num" }, a.post ? Math.round(a.jpm * 100) + "%" : "–"),
      el("td", { class: "num" }, num(a.gap, 3)),
      el("td", {}, el("button", { type: "button", class: "pin-alt", onclick: () => addDecision("pin", m.nip, a.post && a.post.id) }, t("pin_here"))))))));
  }
  // Pin to any post of the roster, by id or name.
  const posts = (S.state && S.state.posts) || [];
  const input = el("input", { type: "text", list: "post-list", id: "pin-post", placeholder: t("pin_any") });
  const list = el("datalist", { id: "post-list" }, posts.map((p) => el("option", { value: p.id }, postLabel(p))));
  body.append(el("p", { class: "pin-any" }, input, list,
    el("button", { type: "button", onclick: () => { if (input.value.trim()) addDecision("pin", m.nip, input.value.trim()); } }, t("pin"))));
  for (const [k, xs] of [["reasons", m.reasons], ["warnings", m.warnings]]) {
    if (xs && xs.length) body.append(el("h3", {}, t(k)), el("ul", {}, xs.map((s) => el("li", {}, s))));
  }
  // The solver's own estimate (a committee reads the plan's reasons and
  // alternatives above); folded away, as explain --detail on the command line.
  if (x.flips.length) {
    body.append(el("details", { class: "solver-details" }, el("summary", {}, t("solver_details")),
      el("h3", {}, t("flips")), el("ul", {}, x.flips.map((f) =>
        el("li", {}, comp(f.weight) + ": " + num(f.current, 2) + " → " + (f.at < 0 ? "–" : num(f.at, 3)) + " (" + (f.to ? f.to.id : t("release")) + ")"))),
      el("p", { class: "muted" }, x.flip_note)));
  }

}

// ---- alternatives ---------------------------------------------------------

async function loadAlts() {
  status(t("solving"));
  const r = await call("GET", "api/alternatives", { k: "3" });
  status(t("ready"));
  if (!r.ok) { showError(r.data.error); return; }
  S.alts = r.data;
  renderAlts();
}

function renderAlts() {
  const box = $("#alternatives");
  box.replaceChildren();
  if (!S.alts) return;
  if (!S.alts.length) { box.append(el("p", { class: "muted" }, t("no_alts"))); return; }
  for (const a of S.alts) {
    const gap = a.gap < 5e-7 ? t("tie") : num(a.gap, 3) + " " + t("lower");
    box.append(el("div", { class: "alt" }, el("h3", {}, t("alt_plan") + " " + a.rank + ": " + num(a.objective, 3) + " (" + gap + ")"),
    el("ul", {}, a.changes.map((c) => el("li", {}, c.name + " (" + c.nip + "): " + (c.plan ? postLabel(c.plan) : t("no_post")) +
      " → " + (c.other ? postLabel(c.other) : t("no_post")))))));
  }
}

// ---- frontier -------------------------------------------------------------

async function loadFrontier() {
  status(t("solving"));
  const r = await call("GET", "api/frontier");
  status(t("ready"));
  if (!r.ok) { showError(r.data.error); return; }
  S.frontier = r.data;
  S.frontierKey = frontierKey();
  renderFrontier();
}

// frontierKey identifies the settings a frontier depends on: all but the
// move budget.
function frontierKey() {
  const s = { ...S.settings };
  delete s["rules.max_moves"];
  return JSON.stringify([s, S.pins, S.forbids]);
}

// renderFrontier draws the frontier as an SVG chart, one point per number
// of moves on it: clicking a point sets that number as the budget.
function renderFrontier() {
  const box = $("#frontier");
  box.replaceChildren();
  const f = S.frontier;
  if (!f || !f.points.length) return;
  // The SVG namespace, read from a parsed <svg> rather than written out: the
  // page names no URL.
  const NS = new DOMParser().parseFromString("<svg></svg>", "text/html").querySelector("svg").namespaceURI;
  const svg = (tag, attrs, ...kids) => {
    const e = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    for (const c of kids) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return e;
  };
  const W = 520, H = 220, L = 56, R = 12, T = 12, B = 36;
  const xs = f.points.map((p) => p.moves), ys = f.points.map((p) => p.objective);
  const x0 = Math.min(...xs), x1 = Math.max(...xs, x0 + 1);
  const y0 = Math.min(...ys), y1 = Math.max(...ys, y0 + 1e-6);
  const X = (m) => L + (m - x0) / (x1 - x0) * (W - L - R);
  const Y = (o) => T + (y1 - o) / (y1 - y0) * (H - T - B);
  const chart = svg("svg", { viewBox: "0 0 " + W + " " + H, class: "frontier-chart", role: "img", "aria-label": t("frontier_title") });
  chart.append(svg("line", { x1: L, y1: H - B, x2: W - R, y2: H - B, stroke: "#888" }),
    svg("line", { x1: L, y1: T, x2: L, y2: H - B, stroke: "#888" }),
    svg("text", { x: (L + W - R) / 2, y: H - 6, "text-anchor": "middle", "font-size": "12" }, t("frontier_moves")),
    svg("text", { x: 12, y: (T + H - B) / 2, "text-anchor": "middle", "font-size": "12",
      transform: "rotate(-90 12 " + (T + H - B) / 2 + ")" }, t("frontier_objective")),
    svg("text", { x: L - 4, y: Y(y1) + 4, "text-anchor": "end", "font-size": "11" }, num(y1, 1)),
    svg("text", { x: L - 4, y: Y(y0) + 4, "text-anchor": "end", "font-size": "11" }, num(y0, 1)),
    svg("text", { x: X(x0), y: H - B + 14, "text-anchor": "middle", "font-size": "11" }, x0),
    svg("text", { x: X(x1), y: H - B + 14, "text-anchor": "middle", "font-size": "11" }, x1),
    svg("polyline", { points: f.points.map((p) => X(p.moves) + "," + Y(p.objective)).join(" "),
      fill: "none", stroke: "#1f77b4", "stroke-width": "2" }));
  const cur = S.plan && S.plan.budget ? S.plan.budget.moves : null;
  for (const [k, p] of f.points.entries()) {
    const per = k > 0 ? num((f.points[k - 1].objective - p.objective) / (f.points[k - 1].moves - p.moves), 3) + " " + t("per_move") : "";
    const dot = svg("circle", { cx: X(p.moves), cy: Y(p.objective), r: p.moves === cur ? "6" : "4",
      fill: p.moves === cur ? "#d62728" : "#1f77b4", class: "frontier-point", "data-moves": p.moves, tabindex: "0" },
    svg("title", {}, p.moves + " " + t("frontier_moves") + ": " + num(p.objective, 3) + (per ? " (" + per + ")" : "")));
    const pick = () => setMaxMoves(p.moves);
    dot.addEventListener("click", pick);
    dot.addEventListener("keydown", (ev) => { if (ev.key === "Enter") pick(); });
    chart.append(dot);
  }
  box.append(el("h3", {}, t("frontier_title")), chart, el("p", { class: "muted" }, t("frontier_hint")));
}

// ---- downloads and language -----------------------------------------------

function updateDownloads() {
  for (const what of ["pdf", "xlsx", "csv", "json", "policy"]) {
    const params = { what, lang: S.lang };
    if (S.token) params.token = S.token;
    const a = $("#dl-" + what);
    a.href = api("api/download", params).toString();
    a.toggleAttribute("aria-disabled", !S.plan);
  }
}

// loadMessages fetches the page's words in S.lang and puts them on the
// page's fixed labels.
async function loadMessages() {
  const r = await call("GET", "api/messages");
  if (r.ok) S.msgs = r.data;
  document.documentElement.lang = S.lang;
  for (const e of document.querySelectorAll("[data-i18n]")) e.textContent = t(e.dataset.i18n);
  // The switch names the other language in that language, as switches do.
  $("#lang-toggle").textContent = S.lang === "id" ? "English" : "Bahasa Indonesia";
}

// applyLang switches the page to S.lang: its words, then the texts the
// server renders (problems, reasons, warnings, errors), fetched again from
// the session's state; the settings, decisions and plan stay as they are.
async function applyLang() {
  await loadMessages();
  if (S.session) {
    const r = await call("GET", "api/state");
    if (r.ok && r.data) {
      const st = r.data;
      S.state = { ...S.state, problems: st.problems, labels: st.labels, roster: st.roster, error: st.error };
      if (st.plan && S.plan && st.plan.date === S.plan.date) S.plan = st.plan;
      $("#roster-name").textContent = st.roster ? st.roster + " · " + st.counts[0] + " / " + st.counts[1] + " " + t("loaded_rows") : "";
      if (!S.failed) showError(st.error || "");
    }
  }
  if (S.state) {
    renderProblems(); renderTune(); renderDecisions(); renderPlan(); renderAlts(); renderFrontier(); updateDownloads();
  }
  if (S.dateError && S.dateErrorLocal) { S.dateError = t("bad_date"); renderDateError(); }
  if (S.explainNIP && !$("#explain").hidden) explain(S.explainNIP);
}

document.addEventListener("DOMContentLoaded", () => {
  $("#load-form").addEventListener("submit", (ev) => { ev.preventDefault(); upload(false); });
  $("#btn-sample").addEventListener("click", () => upload(true));
  $("#show-stays").addEventListener("change", renderPlan);
  $("#only-changed").addEventListener("change", renderPlan);
  $("#btn-alts").addEventListener("click", loadAlts);
  $("#btn-frontier").addEventListener("click", loadFrontier);
  $("#max-moves").addEventListener("change", (ev) => setMaxMoves(ev.target.value));
  $("#btn-base").addEventListener("click", async () => {
    const r = await call("POST", "api/base");
    if (r.ok) { const keep = { ...S.settings }; applyState(r.data); S.settings = keep; renderTune(); }
  });
  $("#plan-date").addEventListener("change", (ev) => setDate(ev.target.value));
  const closeExplain = () => {
    $("#explain").hidden = true;
    document.body.classList.remove("explaining");
    S.explainNIP = "";
  };
  $("#explain-close").addEventListener("click", closeExplain);
  document.addEventListener("keydown", (ev) => { if (ev.key === "Escape" && !$("#explain").hidden) closeExplain(); });
  $("#lang-toggle").addEventListener("click", () => { S.lang = S.lang === "id" ? "en" : "id"; applyLang(); });
  loadMessages().then(newSession);
});
