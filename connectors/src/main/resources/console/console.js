// Cohost operator console: one live-room socket, a feed of what happens in the room, a composer, the product on
// screen, the handoff queue. Everything received is rendered with textContent, never as HTML. Frames are queued and
// drawn once per animation frame, and the feed keeps only the last MAX_ROWS rows, so a chat flood cannot freeze the
// page. Frame names are the wire module's (ClientFrame, ServerFrame).
"use strict";

const MAX_ROWS = 500;
const SKIP_REASONS = {
  duplicate: "this viewer's question is already being answered",
  spam: "looks like spam (links, floods, empty or oversized)",
  rate_limited: "sent too fast, or the room was too busy to answer in time",
  off_topic: "not a question for the co-host",
  chatter: "asks nothing (a backchannel, laughter, praise)",
  banned: "says a word or asks a topic the store's rules ban in the viewer's market",
  failed: "the engine failed on it (see the server log)",
};

const $ = (id) => document.getElementById(id);
const feed = $("feed");
const status = $("status");

let socket = null;
let seq = 0;
let queue = [];
let drawScheduled = false;
/** While the room's transcript is being fetched, frames wait in the queue so history comes first. */
let historyPending = false;
let hostSpeaking = false;
/** message id -> {row, outcome, name, arrivedAt}; reply id -> {row, text, ...}; stream id -> transcript row */
const messages = new Map();
const replies = new Map();
const transcripts = new Map();
/** ids this page sent, with the send time and text (the input is cleared when the server echoes them) */
const sent = new Map();
const counts = { messages: 0, replies: 0, joined: 0, skipped: 0, cancelled: 0, errors: 0 };

// ---------- small DOM helpers (text only) ----------

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

/** What someone said, in its own direction (Arabic right to left inside the English page). */
function said(text) {
  const p = el("p", "text", text);
  p.dir = "auto";
  return p;
}

function tag(text, className) {
  return el("span", "tag" + (className ? " " + className : ""), text);
}

function ms(value) {
  return (value < 10 ? value.toFixed(1) : Math.round(value)) + " ms";
}

function clock() {
  return new Date().toLocaleTimeString([], { hour12: false });
}

function row(kind, at) {
  const li = el("li", "row " + kind);
  li.appendChild(el("time", "at", at ? new Date(at).toLocaleTimeString([], { hour12: false }) : clock()));
  return li;
}

function button(label, onClick) {
  const b = el("button", "small", label);
  b.type = "button";
  b.addEventListener("click", onClick);
  return b;
}

function append(li) {
  li.hidden = !shown(li);
  feed.appendChild(li);
  while (feed.childElementCount > MAX_ROWS) {
    forget(feed.firstElementChild);
    feed.firstElementChild.remove();
  }
}

function forget(li) {
  const id = li.dataset.id;
  if (!id) return;
  if (li.classList.contains("reply")) replies.delete(id);
  else if (li.classList.contains("transcript")) transcripts.delete(id);
  else messages.delete(id);
}

function note(kind, text) {
  const li = row(kind);
  li.appendChild(el("p", "text", text));
  append(li);
}

// ---------- rendering room events ----------

function onMessage(f, receivedAt, at) {
  if (messages.has(f.id)) return; // already shown from the room's history
  counts.messages++;
  const viewer = f.viewer || {};
  const isHost = f.role === "host";
  const name = isHost ? "Host" : viewer.name || viewer.id || "viewer";
  const li = row(isHost ? "message host" : f.role === "moderator" ? "message moderator" : "message", at);
  li.dataset.id = f.id;
  li.dataset.lang = f.lang || "";
  li.dataset.intent = f.intent || "";
  if (f.lang) offer("filter-lang", f.lang);
  if (f.intent) offer("filter-intent", f.intent);

  const head = el("p", "head");
  head.appendChild(el("strong", "who", name));
  if (f.role === "moderator") head.appendChild(tag("moderator"));
  if (viewer.country) head.appendChild(el("span", "muted", viewer.country));
  if (f.lang) head.appendChild(tag(f.lang, "lang"));
  if (f.intent) head.appendChild(tag(f.intent, "intent"));
  li.appendChild(head);
  // Click-to-ask: any message can be answered now, even one the room skipped or held.
  head.appendChild(button("Answer now", () => send({ type: "message.answer", id: f.id })));
  li.appendChild(said(f.text));
  if (f.gist && f.gist !== f.text) li.appendChild(el("p", "gist", "≈ " + f.gist));
  const outcome = el("p", "outcome");
  const earlier = el("p", "earlier");
  li.append(outcome, earlier);
  pending(li, outcome);
  append(li);

  const mine = sent.get(f.id);
  if (mine) {
    sent.delete(f.id);
    if ($("text").value === mine.text) $("text").value = "";
  }
  messages.set(f.id, { row: li, head, outcome, earlier, before: [], name, arrivedAt: mine ? mine.at : receivedAt });
}

/** A message without an outcome yet is waiting, or held while the host speaks. */
function pending(li, outcome) {
  li.dataset.outcome = "waiting";
  outcome.className = "outcome " + (hostSpeaking ? "held" : "waiting");
  outcome.textContent = hostSpeaking ? "held: the host is speaking" : "waiting for an answer";
}

/**
 * A message's outcome. One answered again (Answer now) keeps its one row: the latest outcome, and the ones before it
 * on a line of their own ("earlier: skipped: rate_limited"), as the room's transcript lists it.
 */
function setOutcome(messageId, className, text, short) {
  const m = messages.get(messageId);
  if (m) {
    if (m.outcome.textContent === text) return; // told again (a reply naming a message already marked answered by it)
    if (m.row.dataset.outcome !== "waiting" && m.short) {
      m.before.push(m.short);
      m.earlier.textContent = "earlier: " + m.before.join(" · ");
    }
    m.short = short || text;
    m.outcome.className = "outcome " + className;
    m.outcome.textContent = text;
    m.row.dataset.outcome = className;
    m.row.hidden = !shown(m.row);
  } else {
    note(className, messageId + ": " + text);
  }
}

/** A reply begins; {@code fromHistory}: replayed from the transcript, whose message turns carry the outcomes. */
function onStarted(f, receivedAt, at, fromHistory) {
  if (replies.has(f.replyId)) return;
  counts.replies++;
  const askers = (f.inReplyTo || []).map((id) => messages.get(id)).filter(Boolean);
  const asked = askers.map((m) => m.arrivedAt).filter((t) => t !== null);
  const r = { askers: askers.map((m) => m.name), asked: asked.length ? Math.min(...asked) : null, chunks: "",
    askerIds: [...(f.inReplyTo || [])] };

  const li = row("reply streaming", at);
  li.dataset.id = f.replyId;
  li.dataset.lang = f.lang || "";
  li.dataset.intent = f.intent || "";
  li.dataset.outcome = "reply";
  const head = el("p", "head");
  head.appendChild(el("strong", "who", "Co-host"));
  // AI disclosure: the server marks every reply; say so wherever a reply is shown.
  if (f.ai) head.appendChild(tag("AI", "ai"));
  if (f.lang) head.appendChild(tag(f.lang, "lang"));
  if (f.intent) head.appendChild(tag(f.intent, "intent"));
  r.to = el("span", "muted", "");
  head.appendChild(r.to);
  head.appendChild(el("span", "muted rid", f.replyId));
  r.stop = button("Stop", () => send({ type: "reply.stop", replyId: f.replyId }));
  head.appendChild(r.stop);
  li.appendChild(head);
  r.text = said("");
  li.appendChild(r.text);
  r.host = el("p", "gist");
  r.sources = el("p", "sources");
  r.meta = el("p", "meta", "streaming…");
  li.append(r.host, r.sources, r.meta);
  r.firstMs = r.asked === null ? null : receivedAt - r.asked;
  r.row = li;
  replies.set(f.replyId, r);
  showAskers(r);
  append(li);
  if (fromHistory) return;
  for (const m of askers) understood(m, f.lang, f.intent);
  (f.inReplyTo || []).forEach((id) => setOutcome(id, "answered", "answered by " + f.replyId));
}

/** A message skipped before it was understood, then answered now: its row gets the language and intent it has now. */
function understood(m, lang, intent) {
  if (m.row.dataset.lang || !lang) return;
  m.row.dataset.lang = lang;
  m.row.dataset.intent = intent || "";
  const answer = m.head.querySelector("button");
  m.head.insertBefore(tag(lang, "lang"), answer);
  offer("filter-lang", lang);
  if (intent) {
    m.head.insertBefore(tag(intent, "intent"), answer);
    offer("filter-intent", intent);
  }
}

function showAskers(r) {
  r.to.textContent = r.askers.length ? "→ " + r.askers.join(", ") : "";
}

// Measured in this browser from the question's arrival: sent from this page, or echoed by the server.
function latency(r, receivedAt, end) {
  if (r.asked === null) return end;
  return "first words " + ms(r.firstMs) + " · " + end + " " + ms(receivedAt - r.asked);
}

function onDelta(f) {
  const r = replies.get(f.replyId);
  if (!r) return;
  r.chunks += f.text || "";
  r.text.textContent = r.chunks;
}

function onDone(f, receivedAt) {
  // A reply that started before this console joined: shown from its end.
  if (!replies.has(f.replyId)) onStarted({ replyId: f.replyId, lang: f.lang, intent: f.intent, ai: true }, null);
  const r = replies.get(f.replyId);
  r.stop.remove();
  r.row.classList.remove("streaming");
  r.text.textContent = f.text || r.chunks;
  if (f.hostText && f.hostText !== f.text) r.host.textContent = "Host: " + f.hostText;
  const sources = f.sources || [];
  r.sources.textContent = sources.length
    ? "Sources: " + sources.map((s) => s.kind + " " + s.id).join(", ")
    : "Sources: none";
  r.meta.textContent = latency(r, receivedAt, "complete");
}

function onCancelled(f, receivedAt) {
  counts.cancelled++;
  const r = replies.get(f.replyId);
  if (!r) {
    note("cancelled", "Reply " + f.replyId + " cancelled (" + f.reason + ")");
    return;
  }
  r.stop.remove();
  r.row.classList.remove("streaming");
  r.row.classList.add("cancelled");
  r.row.dataset.outcome = "cut";
  r.row.hidden = !shown(r.row);
  r.text.textContent = f.delivered || "";
  r.meta.textContent = "Cancelled (" + f.reason + ") · " + latency(r, receivedAt, "cancelled at") +
    (f.delivered ? " · only the text above was delivered" : " · nothing was delivered");
  // its askers were not answered in full: their rows say so, not just "answered by"
  for (const id of r.askerIds) {
    const m = messages.get(id);
    if (m && m.outcome.textContent.endsWith(f.replyId)) m.outcome.textContent += " — cut (" + f.reason + ")";
  }
}

function onJoined(f) {
  counts.joined++;
  const r = replies.get(f.replyId);
  const m = messages.get(f.inReplyTo);
  if (r && m) {
    r.askers.push(m.name);
    r.askerIds.push(f.inReplyTo);
    showAskers(r);
  }
  setOutcome(f.inReplyTo, "joined", "joined reply " + f.replyId + " (same question, answered once)",
    "joined " + f.replyId);
}

function onSkipped(f) {
  counts.skipped++;
  setOutcome(f.inReplyTo, "skipped", "skipped: " + f.reason + " — " + (SKIP_REASONS[f.reason] || "no reason given"),
    "skipped: " + f.reason);
}

function onTranscript(f) {
  let li = transcripts.get(f.stream);
  if (!li) {
    li = row("transcript");
    li.dataset.id = f.stream;
    li.appendChild(el("p", "head", "Speech " + f.stream));
    li.appendChild(el("p", "text"));
    transcripts.set(f.stream, li);
    append(li);
  }
  li.lastElementChild.textContent = f.text + (f.final ? "" : " …");
  if (f.final) transcripts.delete(f.stream);
}

function onError(f) {
  counts.errors++;
  note("error", "Error " + f.code + ": " + f.message);
  // a Take refused (a teammate, maybe on another node, took it first): said where it was clicked too
  const h = f.inReplyTo && handoffs.get(f.inReplyTo);
  if (h) {
    h.querySelector(".refused")?.remove();
    h.appendChild(el("p", "error-text refused", f.message));
  }
}

// The room's state: the host's hold (replies wait while the host speaks) and the product on screen.
function onRoomState(f) {
  hostSpeaking = !!f.hostSpeaking;
  $("speaking").checked = hostSpeaking;
  $("hold").hidden = !hostSpeaking;
  document.body.classList.toggle("holding", hostSpeaking);
  for (const m of messages.values()) {
    if (m.row.dataset.outcome === "waiting") pending(m.row, m.outcome);
  }
  showProduct(f.sku, f.product);
}

function money(amount, currency) {
  try {
    return new Intl.NumberFormat(undefined, { style: "currency", currency }).format(amount);
  } catch (e) {
    return amount + " " + currency;
  }
}

const STOCK = {
  in_stock: "in stock",
  out_of_stock: "out of stock",
  backorder: "out of stock, still sold (backorder)",
  not_tracked: "on sale, stock not tracked",
};

function stockText(stock) {
  const words = STOCK[stock.state] || stock.state;
  return stock.state === "in_stock" && stock.units !== null ? words + " · " + stock.units + " units" : words;
}

function showProduct(sku, p) {
  const card = $("product");
  card.hidden = !sku;
  if (!sku) return card.replaceChildren();
  if (!p) return card.replaceChildren(el("p", "error-text", "SKU " + sku + " is not in the store's KB"));
  const price = p.price.min === p.price.max ? money(p.price.min, p.price.currency)
    : money(p.price.min, p.price.currency) + " – " + money(p.price.max, p.price.currency);
  const stock = el("p", "stock " + p.stock.state, stockText(p.stock));
  const parts = [el("h3", "title", p.title), el("p", "muted", [p.brand, p.sku].filter(Boolean).join(" · ")),
    el("p", "price", price), stock];
  if (p.variants.length) {
    const list = el("ul", "variants");
    for (const v of p.variants) {
      list.appendChild(el("li", "", (v.options || v.sku) + " — " + money(v.price, p.price.currency) + " — " +
        stockText(v.stock)));
    }
    const details = el("details");
    details.append(el("summary", "", p.variants.length + " variants"), list);
    parts.push(details);
  }
  card.replaceChildren(...parts);
}

// The handoff queue: who asked what, in their language and the host's, and who took it (seen by every console).
const handoffs = new Map();

function onHandoff(f) {
  let li = handoffs.get(f.id);
  if (!li) {
    li = el("li", "handoff");
    li.dataset.id = f.id;
    handoffs.set(f.id, li);
    $("handoffs").appendChild(li);
  }
  const viewer = f.viewer || {};
  const head = el("p", "head");
  head.append(el("strong", "who", viewer.name || viewer.id || "viewer"));
  if (viewer.country) head.appendChild(el("span", "muted", viewer.country));
  if (f.lang) head.appendChild(tag(f.lang, "lang"));
  const parts = [head, said(f.text)];
  if (f.gist) parts.push(el("p", "gist", "≈ " + f.gist));
  li.classList.toggle("taken", !!f.takenBy);
  parts.push(f.takenBy ? el("p", "taken-by", "Taken by " + f.takenBy)
    : button("Take", () => send({ type: "handoff.take", id: f.id, by: $("operator").value.trim() || "Operator" })));
  li.replaceChildren(...parts);
  const open = [...handoffs.values()].filter((h) => !h.classList.contains("taken")).length;
  $("handoff-count").textContent = "(" + open + " open of " + handoffs.size + ")";
  $("no-handoffs").hidden = true;
}

const handlers = {
  "message": onMessage,
  "reply.started": onStarted,
  "reply.delta": onDelta,
  "reply.done": onDone,
  "reply.cancelled": onCancelled,
  "joined": onJoined,
  "skipped": onSkipped,
  "transcript": onTranscript,
  "error": onError,
  "room.state": onRoomState,
  "handoff": onHandoff,
  "notice": onNotice,
};

// A message from the co-host to the whole room that answers nobody (the store's periodic AI reminder).
function onNotice(f) {
  const li = row("notice");
  const head = el("p", "head");
  head.appendChild(el("strong", "who", "Co-host"));
  if (f.ai) head.appendChild(tag("AI", "ai"));
  head.appendChild(tag(f.kind || "notice", "intent"));
  li.append(head, said(f.text));
  append(li);
}

// ---------- the room's history (its transcript), replayed when the console (re)opens a room ----------

function whenOf(turn) {
  const t = Date.parse(turn.at);
  return isNaN(t) ? null : t;
}

function showHistory(turns) {
  if (!turns.length) return;
  note("system", "History: " + turns.length + " earlier turns of this room");
  const askersOf = new Map();
  for (const t of turns) {
    if (t.role === "cohost") {
      onStarted({ replyId: t.id, lang: t.lang, intent: t.intent, ai: true, inReplyTo: askersOf.get(t.id) || [] },
        null, whenOf(t), true);
      // cut (stopped, host spoke, room closed) or withheld by the store's rules: as reply.cancelled showed it live
      const cancelled = t.status === "cut" || t.status === "withheld";
      if (cancelled) onCancelled({ replyId: t.id, reason: t.detail, delivered: t.text }, null);
      else onDone({ replyId: t.id, text: t.text, lang: t.lang, sources: t.sources, hostText: t.hostText }, null);
      replies.get(t.id).meta.textContent = cancelled ? "Cancelled (" + t.detail + ") · from the transcript"
        : "from the transcript";
      continue;
    }
    onMessage({ id: t.id, role: t.role, viewer: t.speaker, text: t.text, lang: t.lang, intent: t.intent,
      gist: t.gist }, null, whenOf(t));
    // a message answered again (Answer now) is listed once, with its earlier outcomes before the latest
    for (const o of [...(t.earlier || []), t]) historyOutcome(t.id, o.status, o.detail, askersOf);
  }
}

function historyOutcome(id, status, detail, askersOf) {
  if (status === "received") {
    askersOf.set(detail, [...(askersOf.get(detail) || []), id]);
    setOutcome(id, "answered", "answered by " + detail);
  } else if (status === "joined") {
    counts.joined++;
    askersOf.set(detail, [...(askersOf.get(detail) || []), id]); // the reply shows every asker it went to
    setOutcome(id, "joined", "joined reply " + detail + " (same question, answered once)", "joined " + detail);
  } else if (status === "skipped") {
    onSkipped({ inReplyTo: id, reason: detail });
  }
  // "held" (waiting while the host speaks) is no outcome: the row stays pending, as a live one does
}

async function loadHistory(room, key) {
  historyPending = true;
  try {
    const res = await fetch(roomUrl(room, ""), { headers: key ? { Authorization: "Bearer " + key } : {} });
    if (res.ok) {
      showHistory((await res.json()).turns || []);
      feed.scrollTop = feed.scrollHeight; // the latest first in view, as live events keep it
    }
    else if (res.status !== 404) note("error", "Could not load the room's history (HTTP " + res.status + ")");
  } catch (e) {
    note("error", "Could not load the room's history: " + e.message);
  }
  historyPending = false;
  draw();
}

function roomUrl(room, tail) {
  return "/v1/rooms/" + encodeURIComponent(room) + tail;
}

// ---------- filters ----------

function offer(selectId, value) {
  const select = $(selectId);
  if ([...select.options].some((o) => o.value === value)) return;
  const o = document.createElement("option");
  o.value = o.textContent = value;
  select.appendChild(o);
}

/** Whether a feed row passes the filters; notes and errors show only when no filter is set. */
function shown(li) {
  const lang = $("filter-lang").value, intent = $("filter-intent").value, outcome = $("filter-outcome").value;
  if (!lang && !intent && !outcome) return true;
  if (li.dataset.outcome === undefined) return false;
  if (lang && li.dataset.lang !== lang) return false;
  if (intent && li.dataset.intent !== intent) return false;
  if (outcome === "reply") return li.dataset.outcome === "reply" || li.dataset.outcome === "cut";
  return !outcome || li.dataset.outcome === outcome;
}

$("filters").addEventListener("change", () => {
  for (const li of feed.children) li.hidden = !shown(li);
});
$("filters").addEventListener("submit", (ev) => ev.preventDefault());

// ---------- batching ----------

function enqueue(frame, receivedAt) {
  queue.push([frame, receivedAt]);
  if (!drawScheduled) {
    drawScheduled = true;
    // Hidden tabs get no animation frames; a timer keeps the queue short there.
    if (document.hidden) setTimeout(draw, 250);
    else requestAnimationFrame(draw);
  }
}

function draw() {
  drawScheduled = false;
  if (historyPending) return; // drawn once the history is in
  const batch = queue;
  queue = [];
  const stick = feed.scrollTop + feed.clientHeight >= feed.scrollHeight - 40;
  for (const [frame, receivedAt] of batch) {
    const handle = handlers[frame.type];
    try {
      if (handle) handle(frame, receivedAt);
      else note("system", "Unknown event " + String(frame.type));
    } catch (e) {
      note("error", "Could not show a " + String(frame.type) + " event: " + e.message);
    }
  }
  $("counts").textContent = counts.messages + " messages · " + counts.replies + " replies · " +
    counts.joined + " joined · " + counts.skipped + " skipped · " + counts.cancelled + " cancelled · " +
    counts.errors + " errors";
  if (stick) feed.scrollTop = feed.scrollHeight;
  else if (batch.length) $("jump").hidden = false;
}

feed.addEventListener("scroll", () => {
  if (feed.scrollTop + feed.clientHeight >= feed.scrollHeight - 40) $("jump").hidden = true;
});
$("jump").addEventListener("click", () => {
  feed.scrollTop = feed.scrollHeight;
  $("jump").hidden = true;
});

// ---------- the socket ----------

function setConnected(on) {
  document.body.classList.toggle("connected", on);
  $("connect-button").textContent = on ? "Disconnect" : "Connect";
  for (const id of ["send", "speaking", "show"]) $(id).disabled = !on;
  $("export").hidden = !on;
}

/** Forgets the previous room: its rows, counts, handoffs and product. */
function reset() {
  feed.replaceChildren();
  queue = [];
  for (const map of [messages, replies, transcripts, handoffs]) map.clear();
  for (const k of Object.keys(counts)) counts[k] = 0;
  $("handoffs").replaceChildren();
  $("handoff-count").textContent = "";
  $("no-handoffs").hidden = false;
  showProduct(null, null);
}

function connect(room, key) {
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  const auth = key ? "?key=" + encodeURIComponent(key) : "";
  const url = scheme + "//" + location.host + roomUrl(room, "/live") + auth;
  const ws = new WebSocket(url);
  socket = ws;
  let opened = false;
  status.textContent = "Connecting to " + room + "…";
  ws.onopen = () => {
    opened = true;
    reset(); // the room's transcript replaces whatever was shown
    setConnected(true);
    $("speaking").checked = false;
    status.textContent = "Connected to room " + room;
    note("system", "Connected to room " + room);
    $("export").href = roomUrl(room, "/transcript.jsonl") + auth;
    $("export").download = "room-" + room + ".jsonl";
    remember(room);
    loadHistory(room, key);
    checkKb();
  };
  ws.onmessage = (ev) => {
    const at = performance.now();
    let frame;
    try {
      frame = JSON.parse(ev.data);
    } catch (e) {
      frame = { type: "error", code: "unreadable", message: "the server sent a frame that is not JSON" };
    }
    enqueue(frame, at);
  };
  ws.onclose = (ev) => {
    if (socket === ws) socket = null;
    setConnected(socket !== null);
    const why = ev.reason ? " (" + ev.code + " " + ev.reason + ")" : ev.code !== 1000 && ev.code !== 1005 ? " (" + ev.code + ")" : "";
    if (opened) {
      if (socket === null) status.textContent = "Disconnected from " + room + why;
      note("system", "Disconnected from room " + room + why);
    } else if (ws.byOperator) {
      status.textContent = "Not connected";
    } else {
      explainRefusal(room, key);
    }
  };
}

// A refused WebSocket upgrade tells the page nothing; the same room over HTTP says why (bad key, bad id...).
async function explainRefusal(room, key) {
  let message = "Could not connect to room " + room;
  try {
    const res = await fetch("/v1/rooms/" + encodeURIComponent(room) + (key ? "?key=" + encodeURIComponent(key) : ""));
    if (res.status !== 404 && !res.ok) {
      const body = await res.json();
      if (body && body.error) message += ": " + body.error.message;
    }
  } catch (e) {
    message += ": the server is not reachable";
  }
  status.textContent = message;
  note("error", message);
}

function send(frame) {
  if (!socket || socket.readyState !== WebSocket.OPEN) {
    status.textContent = "Not connected: connect to a room first";
    return false;
  }
  socket.send(JSON.stringify(frame));
  return true;
}

function newId() {
  return "console-" + Date.now().toString(36) + "-" + (++seq);
}

// A stable viewer id per name, so the server's per-viewer limits see one viewer per name.
function viewerId(name) {
  let h = 5381;
  for (const c of name) h = ((h * 33) ^ c.codePointAt(0)) >>> 0;
  return "v-" + h.toString(36);
}

function remember(room) {
  try {
    const rooms = [room, ...JSON.parse(localStorage.getItem("cohost.rooms") || "[]").filter((r) => r !== room)];
    localStorage.setItem("cohost.rooms", JSON.stringify(rooms.slice(0, 10)));
    listRooms(rooms);
  } catch (e) {
    // storage disabled: the list of recent rooms is a convenience only
  }
}

function listRooms(rooms) {
  const list = $("recent-rooms");
  list.replaceChildren(...rooms.map((r) => {
    const o = document.createElement("option");
    o.value = r;
    return o;
  }));
}

// ---------- the page's controls ----------

$("connect").addEventListener("submit", (ev) => {
  ev.preventDefault();
  if (socket) {
    const ws = socket;
    socket = null;
    ws.byOperator = true;
    ws.close(1000, "operator disconnected");
    return;
  }
  const room = $("room").value.trim();
  if (room) connect(room, $("key").value.trim());
});

function sendingAs() {
  return document.querySelector("input[name=as]:checked").value;
}

document.querySelectorAll("input[name=as]").forEach((radio) => radio.addEventListener("change", () => {
  $("viewer-fields").hidden = sendingAs() !== "viewer";
}));

$("composer").addEventListener("submit", (ev) => {
  ev.preventDefault();
  const text = $("text").value;
  if (!text.trim()) return;
  const id = newId();
  let frame;
  if (sendingAs() === "host") {
    frame = { type: "host", id, text };
  } else {
    const name = $("viewer-name").value.trim() || "Viewer";
    const viewer = { id: viewerId(name), name };
    const lang = $("viewer-lang").value.trim();
    const country = $("viewer-country").value.trim();
    if (lang) viewer.lang = lang;
    if (country) viewer.country = country;
    frame = { type: "chat", id, viewer, text };
  }
  if (sent.size > 1000) sent.clear(); // ids the server refused are never echoed
  sent.set(id, { at: performance.now(), text });
  if (!send(frame)) sent.delete(id);
  $("text").focus();
});

$("speaking").addEventListener("change", (ev) => {
  send({ type: "host.speaking", on: ev.target.checked });
});

$("showing").addEventListener("submit", (ev) => {
  ev.preventDefault();
  const sku = $("sku").value.trim();
  // The card comes back in the room's state, to every console of the room.
  if (send(sku ? { type: "product.showing", sku } : { type: "product.showing" })) {
    note("system", sku ? "Showing product " + sku : "No product on screen");
  }
});

// ---------- start ----------

// ---------- the store's KB (from /health): a banner while its last reload failed ----------

// /health lists a store's KB to its key (in local demo mode, to anyone).
async function checkKb() {
  const key = $("key").value.trim();
  let stores = [];
  try {
    const res = await fetch("/health", { headers: key ? { Authorization: "Bearer " + key } : {} });
    if (!res.ok) return;
    stores = (await res.json()).stores || [];
  } catch (e) {
    return; // the server is unreachable: the socket says so
  }
  const failed = stores.filter((s) => s.lastError);
  $("kb").hidden = failed.length === 0;
  $("kb").textContent = failed.map((s) => "KB of " + s.id + ": the last reload failed (" + s.lastError.summary +
    "); version " + s.kbVersion + " keeps answering").join(" · ");
}

(async function start() {
  try {
    listRooms(JSON.parse(localStorage.getItem("cohost.rooms") || "[]"));
  } catch (e) {
    // no storage: no recent rooms
  }
  try {
    const health = await (await fetch("/health")).json();
    const demo = health.authMode === "local-demo";
    $("key").placeholder = demo ? "not needed (demo mode)" : "required";
    $("key").required = !demo;
  } catch (e) {
    // the socket will say what is wrong
  }
  checkKb();
  setInterval(checkKb, 10000);
  const room = new URLSearchParams(location.search).get("room");
  if (room) {
    $("room").value = room;
    if (!$("key").required) connect(room, "");
  }
})();
