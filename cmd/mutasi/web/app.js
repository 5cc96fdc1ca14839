// mutasi serve: the page. Plain JS, no framework, no external request.
// State lives on the server per tab (a session); this script keeps the
// page's settings and decisions and asks for a new plan when they change.
"use strict";

const I18N = {
  id: {
    title: "Perencanaan Mutasi Pejabat", load: "1. Muat data", officials: "Pejabat (CSV/XLSX)",
    positions: "Jabatan (CSV/XLSX)", workbook: "atau satu workbook (XLSX, sheet pejabat + jabatan)",
    upload: "Unggah", useSample: "Pakai data contoh", tune: "2. Atur bobot dan aturan", rules: "Aturan",
    planDate: "Tanggal rencana", decisions: "Keputusan", download: "Unduh", dlPDF: "Lampiran SK (PDF)", dlXLSX: "Lampiran SK (XLSX)",
    dlCSV: "Lampiran SK (CSV)", dlJSON: "Rencana (JSON)", dlPolicy: "Berkas kebijakan (policy.toml)",
    plan: "3. Rencana", showStays: "tampilkan yang tetap", onlyChanged: "hanya yang berubah",
    makeBase: "Jadikan rencana dasar", showAlts: "3 rencana terbaik berikutnya", colNo: "No", colName: "Nama / NIP",
    colRank: "Gol", colFrom: "Jabatan lama", colTo: "Jabatan baru", colType: "Jenis", colScore: "Skor",
    colActions: "Keputusan", pin: "Kunci", forbid: "Larang", pinTitle: "kunci pejabat ini di jabatan ini",
    forbidTitle: "larang pejabat ini di jabatan ini", noDecisions: "belum ada keputusan",
    remove: "hapus", pinned: "dikunci", forbidden: "dilarang", release: "non-job",
    w_performance: "Kinerja × prioritas jabatan", w_fit: "Kesesuaian kompetensi (JPM)",
    w_tenure: "Masa jabatan", w_talent: "Kotak talenta", w_family: "Rumpun jabatan",
    w_vacancy: "Biaya jabatan kosong", w_release: "Biaya non-job",
    t_promote: "Promosi", t_rotate: "Rotasi", t_fill: "Pengangkatan", t_release: "Non-job",
    t_unplaced: "Tidak ditempatkan", t_stay: "Tetap", vacant: "Kosong", changed: "Berubah",
    meanJPM: "JPM rata-rata", certificate: "Sertifikat", optimal: "optimal ✓", notOptimal: "belum terbukti ✗",
    stale: "kedaluwarsa ✗", staleNote: "Rencana di bawah belum memakai perubahan terakhir: perbaiki isian yang ditandai.",
    badDate: "Tanggal tidak sah (tulis tahun empat angka, mis. 2027-01-04): rencana belum dihitung ulang.",
    objective: "Nilai total", server: "server", before: "Sebelumnya", vacantPosts: "Jabatan kosong",
    problems: "Masalah dalam berkas", file: "Berkas", row: "Baris", column: "Kolom", value: "Nilai",
    reason: "Alasan", severity: "Jenis", loading: "memuat…", solving: "menghitung…", ready: "siap",
    noPlan: "belum ada rencana", explainTitle: "Penjelasan", components: "Komponen skor",
    competencies: "Kompetensi terhadap", actual: "dimiliki", required: "standar", gap: "selisih",
    constraints: "Aturan yang menutup jabatan", posts: "jabatan", alternatives: "Alternatif terbaik",
    place: "Tempat", pinHere: "Kunci di sini", status: "Status", reasons: "Alasan", warnings: "Peringatan",
    flips: "Bobot yang membalik pilihan", noneOpen: "tidak ada tempat lain yang terbuka",
    altPlan: "Rencana alternatif", lower: "lebih rendah", tie: "sama baiknya", noAlts: "tidak ada rencana lain",
    move: "Langkah", noPost: "tanpa jabatan", loadedRows: "pejabat, jabatan", chooseFiles: "pilih berkas dulu",
    sev_error: "galat", sev_warning: "peringatan", pinAny: "kunci di jabatan lain (id)…", free: "bebas dipindah", locked: "terkunci di jabatannya", must_leave: "harus pindah",
    "R-TENURE-MIN": "minimal 2 tahun dalam jabatan", "R-TENURE-MAX": "wajib pindah setelah 5 tahun",
    "R-RANK": "golongan cukup untuk eselon", "R-BUP": "pensiun: keluar; pensiun dalam horizon: tetap sampai itu",
    "R-SANCTION": "hukuman disiplin menurut jenisnya (PP 94/2021)", "R-TRAINING": "peserta PKN II hanya promosi (kebijakan daerah)",
    "R-PROMOTION": "naik satu tingkat, syarat calon JPT dan administrator", "R-JPM-MIN": "JPM minimal",
    "R-FAMILY": "tetap dalam rumpun jabatan", "R-EDUCATION": "administrator dan JPT minimal S1/D4",
    "R-EVALUATION": "hasil evaluasi: tetap, rotasi, istirahat", "R-JPT-SELECTION": "JPT dari hasil seleksi terbuka",
    "R-JPT-ROTATION": "rotasi JPT setelah uji kompetensi", "R-RELEASE-CAUSE": "non-job hanya dengan alasan",
    params: "Parameter aturan", p_tenure_min_months: "bulan minimal dalam jabatan",
    p_tenure_max_months: "bulan maksimal dalam jabatan", p_horizon_months: "horizon pensiun (bulan)",
    p_jpt_max_age: "usia maksimal calon JPT", p_admin_min_months: "bulan minimal sebagai administrator",
    p_pengawas_min_months: "bulan minimal sebagai pengawas",
    p_jpm_min_value: "batas JPM (0–1)",
    c_performance: "kinerja", c_fit: "kesesuaian (JPM)", c_tenure: "masa jabatan", c_talent: "talenta",
    maxMoves: "Jumlah mutasi maksimal", noLimit: "tanpa batas", showFrontier: "Jumlah mutasi dan nilai",
    frontierTitle: "Batas efisien: nilai rencana terbaik menurut jumlah mutasi",
    frontierHint: "Klik titik untuk memakai jumlah itu sebagai batas. Di antara dua titik, rencana terbaik tidak melampaui garis penghubungnya.",
    frontierMoves: "pemangku pindah", frontierObjective: "nilai", budgetCard: "Batas mutasi",
    budgetGap: "selisih dari batas atas", perMove: "per mutasi",
    c_family: "rumpun", c_release: "non-job", c_continuity: "kesinambungan",
    selectionFile: "Hasil seleksi terbuka JPT (CSV/XLSX, opsional)", acting: "Plt",
    upcomingPosts: "Akan lowong (pensiun dalam horizon)", approvalNeeded: "Perlu persetujuan Mendagri",
  },
  en: {
    title: "Civil servant reshuffle planning", load: "1. Load data", officials: "Officials (CSV/XLSX)",
    positions: "Positions (CSV/XLSX)", workbook: "or one workbook (XLSX, sheets officials + positions)",
    upload: "Upload", useSample: "Use the sample", tune: "2. Weights and rules", rules: "Rules",
    planDate: "Plan date", decisions: "Decisions", download: "Download", dlPDF: "Lampiran SK (PDF)", dlXLSX: "Lampiran SK (XLSX)",
    dlCSV: "Lampiran SK (CSV)", dlJSON: "Plan (JSON)", dlPolicy: "Policy file (policy.toml)",
    plan: "3. Plan", showStays: "show stays", onlyChanged: "changed only",
    makeBase: "Make this the base plan", showAlts: "next 3 best plans", colNo: "No", colName: "Name / NIP",
    colRank: "Rank", colFrom: "Current post", colTo: "New post", colType: "Move", colScore: "Score",
    colActions: "Decide", pin: "Pin", forbid: "Forbid", pinTitle: "pin this official to this post",
    forbidTitle: "forbid this official this post", noDecisions: "no decisions yet",
    remove: "remove", pinned: "pinned", forbidden: "forbidden", release: "release",
    w_performance: "Performance × post priority", w_fit: "Competency fit (JPM)",
    w_tenure: "Tenure in post", w_talent: "Talent box", w_family: "Job family",
    w_vacancy: "Cost of a vacant post", w_release: "Cost of a release (non-job)",
    t_promote: "Promotion", t_rotate: "Rotation", t_fill: "Appointment", t_release: "Release",
    t_unplaced: "Not placed", t_stay: "Stays", vacant: "Vacant", changed: "Changed",
    meanJPM: "Mean JPM", certificate: "Certificate", optimal: "optimal ✓", notOptimal: "not proven ✗",
    stale: "out of date ✗", staleNote: "The plan below does not include the last change: correct the field marked.",
    badDate: "Not a valid date (write a four-digit year, e.g. 2027-01-04): the plan was not solved again.",
    objective: "Objective", server: "server", before: "Before", vacantPosts: "Vacant posts",
    problems: "Problems in the files", file: "File", row: "Row", column: "Column", value: "Value",
    reason: "Reason", severity: "Kind", loading: "loading…", solving: "solving…", ready: "ready",
    noPlan: "no plan yet", explainTitle: "Explanation", components: "Score components",
    competencies: "Competencies against", actual: "actual", required: "required", gap: "gap",
    constraints: "Rules that close posts", posts: "posts", alternatives: "Best alternatives",
    place: "Place", pinHere: "Pin here", status: "Status", reasons: "Reasons", warnings: "Warnings",
    flips: "Weights that flip the choice", noneOpen: "no other place is open",
    altPlan: "Alternative plan", lower: "lower", tie: "equally good", noAlts: "no other plan",
    move: "Move", noPost: "no post", loadedRows: "officials, posts", chooseFiles: "choose the files first",
    sev_error: "error", sev_warning: "warning", pinAny: "pin to another post (id)…", free: "free to move", locked: "locked in post", must_leave: "must leave",
    "R-TENURE-MIN": "at least 2 years in post", "R-TENURE-MAX": "must move after 5 years",
    "R-RANK": "rank fits the eselon", "R-BUP": "retired: leaves; retiring within the horizon: stays until then",
    "R-SANCTION": "discipline sanctions by kind (PP 94/2021)", "R-TRAINING": "PKN II trainees: promotion only (regional policy)",
    "R-PROMOTION": "one level up, JPT and administrator requirements", "R-JPM-MIN": "minimum JPM",
    "R-FAMILY": "stay within the job family", "R-EDUCATION": "administrator and JPT: at least S1/D4",
    "R-EVALUATION": "evaluation outcome: tetap, rotasi, istirahat", "R-JPT-SELECTION": "JPT from the open selection",
    "R-JPT-ROTATION": "JPT rotation after a competency test", "R-RELEASE-CAUSE": "non-job only with a cause",
    params: "Rule parameters", p_tenure_min_months: "minimum months in post",
    p_tenure_max_months: "maximum months in post", p_horizon_months: "retirement horizon (months)",
    p_jpt_max_age: "oldest JPT candidate (years)", p_admin_min_months: "minimum months as administrator",
    p_pengawas_min_months: "minimum months as pengawas",
    p_jpm_min_value: "JPM floor (0–1)",
    c_performance: "performance", c_fit: "fit (JPM)", c_tenure: "tenure", c_talent: "talent",
    maxMoves: "Maximum number of moves", noLimit: "no limit", showFrontier: "Moves against objective",
    frontierTitle: "Frontier: the objective of the best plan by number of moves",
    frontierHint: "Click a point to use that number as the budget. Between two points, no plan beats the line joining them.",
    frontierMoves: "holders who move", frontierObjective: "objective", budgetCard: "Move budget",
    budgetGap: "gap to the upper bound", perMove: "per move",
    c_family: "family", c_release: "release", c_continuity: "continuity",
    selectionFile: "JPT open-selection results (CSV/XLSX, optional)", acting: "acting (Plt)",
    upcomingPosts: "Upcoming vacancies (retirement within the horizon)", approvalNeeded: "Minister's approval required",
  },
};

const S = {
  lang: "id", session: "", token: new URLSearchParams(location.search).get("token") || "",
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
const t = (k) => (I18N[S.lang][k] ?? I18N.id[k] ?? k);

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
// and the CLI say the same; the I18N t_* words are the fallback.
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
  $("#roster-name").textContent = st.roster ? st.roster + " · " + st.counts[0] + " / " + st.counts[1] + " " + t("loadedRows") : "";
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
    if (n === 0) { showError(t("chooseFiles")); return; }
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
    const out = el("output", { for: id }, Number(S.settings[s.key]).toFixed(2));
    const input = el("input", { type: "range", id, min: "0", max: "5", step: "0.05", value: S.settings[s.key],
      "data-key": s.key, title: s.doc });
    input.addEventListener("input", () => {
      S.settings[s.key] = input.value;
      out.textContent = Number(input.value).toFixed(2);
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
      el("span", { class: "muted" }, t(r.code))));
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
  mm.placeholder = t("noLimit");
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
    S.dateError = t("badDate");
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
  if (!items.length) { ul.append(el("li", { class: "empty" }, t("noDecisions"))); return; }
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
  if (!p) { sum.append(t("noPlan")); $("#vacant").replaceChildren(); return; }
  const s = p.summary;
  const pct = (x) => (x * 100).toFixed(1) + "%";
  // The plan on screen is out of date while a refused value stands in a
  // field or the latest solve failed: its certificate is then no claim.
  const stale = !!S.dateError || S.failed;
  $("#plan").classList.toggle("stale", stale);
  $("#stale").hidden = !stale;
  $("#stale").textContent = stale ? t("staleNote") : "";
  const cert = stale ? card(t("certificate"), t("stale"), "bad stale") :
    card(t("certificate"), p.optimal ? t("optimal") : t("notOptimal"), p.optimal ? "ok" : "bad");
  sum.append(...[
    card(typeName("promote"), s.promote), card(typeName("rotate"), s.rotate), card(typeName("fill"), s.fill),
    s.demote ? card(typeName("demote"), s.demote) : null,
    card(typeName("release"), s.release), s.retire ? card(typeName("retire"), s.retire) : null,
    s.unplaced ? card(typeName("unplaced"), s.unplaced) : null,
    card(typeName("stay"), s.stay), card(t("vacant"), s.vacant),
    card(t("changed"), p.changed, p.changed ? "changed" : ""),
    card(t("meanJPM"), pct(s.mean_jpm_before) + " → " + pct(s.mean_jpm_after)),
    cert, card(t("objective"), p.objective.toFixed(3)),
    p.budget ? card(t("budgetCard"), p.budget.moves + " / " + p.budget.max_moves + " · " + t("budgetGap") + " " +
      p.budget.gap.toFixed(3), p.budget.gap > 5e-4 ? "changed" : "") : null].filter(Boolean));
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
    if (m.before) to.append(el("span", { class: "before" }, t("before") + ": " + (m.before.to ? postLabel(m.before.to) : t("noPost")) +
      " (" + typeName(m.before.type) + ")"));
    rows.push(el("tr", { class: m.before ? "changed" : "", "data-nip": m.nip, title: m.before ? m.before.reason : null },
      el("td", { class: "num" }, n),
      el("td", {}, el("button", { type: "button", class: "who", onclick: () => explain(m.nip) }, m.name), el("span", { class: "nip" }, m.nip)),
      el("td", {}, m.rank), el("td", {}, m.from ? postLabel(m.from) : (m.outside || postLabel(null))), to,
      el("td", { class: "type-" + m.type }, typeLabel(m), isPinned ? el("b", { class: "badge pin" }, t("pinned")) : null),
      el("td", { class: "num" }, m.score.toFixed(3)),
      el("td", { class: "num" }, m.jpm === null ? "–" : Math.round(m.jpm * 100) + "%"),
      el("td", { class: "actions" },
        el("button", { type: "button", class: "pin", title: t("pinTitle"), onclick: () => addDecision("pin", m.nip, m.to && m.to.id) }, t("pin")),
        m.to ? el("button", { type: "button", class: "forbid", title: t("forbidTitle"), onclick: () => addDecision("forbid", m.nip, m.to.id) }, t("forbid")) : null)));
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
    vb.append(el("h3", {}, t("vacantPosts") + " (" + p.vacant.length + ")"),
      el("ul", {}, p.vacant.map((v) => el("li", {}, postLabel(v) + (v.reason ? " — " + v.reason : ""),
        (v.acting || []).length ? el("ol", { class: "acting" }, v.acting.map((a) =>
          el("li", {}, t("acting") + ": " + a.name + " (" + a.nip + ", " + (a.post ? a.post.id : "eselon " + a.eselon) + ") — " + a.reason))) : null))));
  }
  const ub = $("#upcoming");
  ub.replaceChildren();
  if ((p.upcoming_vacancies || []).length) {
    ub.append(el("h3", {}, t("upcomingPosts") + " (" + p.upcoming_vacancies.length + ")"),
      el("ul", {}, p.upcoming_vacancies.map((u) => el("li", {}, u.date + " · " + postLabel(u) + " — " + u.holder + " (" + u.nip + ")"))));
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
  a.textContent = lines.length ? t("approvalNeeded") : "";
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
  $("#explain-title").textContent = t("explainTitle");
  if (!r.ok) { body.append(el("p", {}, r.data.error)); return; }
  const x = r.data;
  const m = x.move;
  $("#explain-title").textContent = t("explainTitle") + ": " + m.name;
  body.append(el("p", { class: "muted" }, m.nip + " · " + m.rank + " · " + t("status") + ": " + t(x.status)),
    el("p", {}, el("b", {}, t("move") + ": "), postLabel(m.from) + " → " + (m.to ? postLabel(m.to) : t("noPost")) +
      " (" + typeName(m.type) + "), " + t("colScore").toLowerCase() + " " + m.score.toFixed(3)));
  const comps = Object.keys(m.components).sort();
  body.append(el("h3", {}, t("components")), el("table", {}, el("tbody", {},
    comps.map((c) => el("tr", {}, el("td", {}, I18N[S.lang]["c_" + c] ? t("c_" + c) : c), el("td", { class: "num" }, m.components[c].toFixed(3)))))));
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
    el("li", {}, el("code", {}, c.rule), " — " + c.posts + " " + t("posts") + ", e.g. " + c.post + ": " + c.example)) :
    el("li", { class: "muted" }, "–")));
  body.append(el("h3", {}, t("alternatives")));
  const alts = m.alternatives || [];
  if (!alts.length) {
    body.append(el("p", { class: "muted" }, t("noneOpen")));
  } else {
    body.append(el("table", {}, el("thead", {}, el("tr", {}, el("th", {}, t("place")), el("th", {}, t("colScore")),
      el("th", {}, "JPM"), el("th", {}, t("gap")), el("th", {}, ""))),
    el("tbody", {}, alts.map((a) => el("tr", {}, el("td", {}, a.post ? postLabel(a.post) : t("release")),
      el("td", { class: "num" }, a.score.toFixed(3)), el("td", { class: "num" }, a.post ? Math.round(a.jpm * 100) + "%" : "–"),
      el("td", { class: "num" }, a.gap.toFixed(3)),
      el("td", {}, el("button", { type: "button", class: "pin-alt", onclick: () => addDecision("pin", m.nip, a.post && a.post.id) }, t("pinHere"))))))));
  }
  // Pin to any post of the roster, by id or name.
  const posts = (S.state && S.state.posts) || [];
  const input = el("input", { type: "text", list: "post-list", id: "pin-post", placeholder: t("pinAny") });
  const list = el("datalist", { id: "post-list" }, posts.map((p) => el("option", { value: p.id }, postLabel(p))));
  body.append(el("p", { class: "pin-any" }, input, list,
    el("button", { type: "button", onclick: () => { if (input.value.trim()) addDecision("pin", m.nip, input.value.trim()); } }, t("pin"))));
  for (const [k, xs] of [["reasons", m.reasons], ["warnings", m.warnings]]) {
    if (xs && xs.length) body.append(el("h3", {}, t(k)), el("ul", {}, xs.map((s) => el("li", {}, s))));
  }
  if (x.flips.length) {
    body.append(el("h3", {}, t("flips")), el("ul", {}, x.flips.map((f) =>
      el("li", {}, f.weight + ": " + f.current + " → " + (f.at < 0 ? "–" : f.at.toFixed(3)) + " (" + (f.to ? f.to.id : t("release")) + ")"))),
    el("p", { class: "muted" }, x.flip_note));
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
  if (!S.alts.length) { box.append(el("p", { class: "muted" }, t("noAlts"))); return; }
  for (const a of S.alts) {
    const gap = a.gap < 5e-7 ? t("tie") : a.gap.toFixed(3) + " " + t("lower");
    box.append(el("div", { class: "alt" }, el("h3", {}, t("altPlan") + " " + a.rank + ": " + a.objective.toFixed(3) + " (" + gap + ")"),
    el("ul", {}, a.changes.map((c) => el("li", {}, c.name + " (" + c.nip + "): " + (c.plan ? postLabel(c.plan) : t("noPost")) +
      " → " + (c.other ? postLabel(c.other) : t("noPost")))))));
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
  const chart = svg("svg", { viewBox: "0 0 " + W + " " + H, class: "frontier-chart", role: "img", "aria-label": t("frontierTitle") });
  chart.append(svg("line", { x1: L, y1: H - B, x2: W - R, y2: H - B, stroke: "#888" }),
    svg("line", { x1: L, y1: T, x2: L, y2: H - B, stroke: "#888" }),
    svg("text", { x: (L + W - R) / 2, y: H - 6, "text-anchor": "middle", "font-size": "12" }, t("frontierMoves")),
    svg("text", { x: 12, y: (T + H - B) / 2, "text-anchor": "middle", "font-size": "12",
      transform: "rotate(-90 12 " + (T + H - B) / 2 + ")" }, t("frontierObjective")),
    svg("text", { x: L - 4, y: Y(y1) + 4, "text-anchor": "end", "font-size": "11" }, y1.toFixed(1)),
    svg("text", { x: L - 4, y: Y(y0) + 4, "text-anchor": "end", "font-size": "11" }, y0.toFixed(1)),
    svg("text", { x: X(x0), y: H - B + 14, "text-anchor": "middle", "font-size": "11" }, x0),
    svg("text", { x: X(x1), y: H - B + 14, "text-anchor": "middle", "font-size": "11" }, x1),
    svg("polyline", { points: f.points.map((p) => X(p.moves) + "," + Y(p.objective)).join(" "),
      fill: "none", stroke: "#1f77b4", "stroke-width": "2" }));
  const cur = S.plan && S.plan.budget ? S.plan.budget.moves : null;
  for (const [k, p] of f.points.entries()) {
    const per = k > 0 ? ((f.points[k - 1].objective - p.objective) / (f.points[k - 1].moves - p.moves)).toFixed(3) + " " + t("perMove") : "";
    const dot = svg("circle", { cx: X(p.moves), cy: Y(p.objective), r: p.moves === cur ? "6" : "4",
      fill: p.moves === cur ? "#d62728" : "#1f77b4", class: "frontier-point", "data-moves": p.moves, tabindex: "0" },
    svg("title", {}, p.moves + " " + t("frontierMoves") + ": " + p.objective.toFixed(3) + (per ? " (" + per + ")" : "")));
    const pick = () => setMaxMoves(p.moves);
    dot.addEventListener("click", pick);
    dot.addEventListener("keydown", (ev) => { if (ev.key === "Enter") pick(); });
    chart.append(dot);
  }
  box.append(el("h3", {}, t("frontierTitle")), chart, el("p", { class: "muted" }, t("frontierHint")));
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

function applyLang() {
  document.documentElement.lang = S.lang;
  for (const e of document.querySelectorAll("[data-i18n]")) e.textContent = t(e.dataset.i18n);
  $("#lang-toggle").textContent = S.lang === "id" ? "English" : "Bahasa Indonesia";
  if (S.state) {
    renderProblems(); renderTune(); renderDecisions(); renderPlan(); renderAlts(); renderFrontier(); updateDownloads();
  }
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
  applyLang();
  newSession();
});
