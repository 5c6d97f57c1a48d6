// Cohost operator console: one live-room socket, a feed of what happens in the room, a composer.
// Everything received is rendered with textContent, never as HTML. Frames are queued and drawn once per
// animation frame, and the feed keeps only the last MAX_ROWS rows, so a chat flood cannot freeze the page.
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

function tag(text, className) {
  return el("span", "tag" + (className ? " " + className : ""), text);
}

function ms(value) {
  return (value < 10 ? value.toFixed(1) : Math.round(value)) + " ms";
}

function clock() {
  return new Date().toLocaleTimeString([], { hour12: false });
}

function row(kind) {
  const li = el("li", "row " + kind);
  li.appendChild(el("time", "at", clock()));
  return li;
}

function append(li) {
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

function onMessage(f, receivedAt) {
  counts.messages++;
  const viewer = f.viewer || {};
  const isHost = f.role === "host";
  const name = isHost ? "Host" : viewer.name || viewer.id || "viewer";
  const li = row(isHost ? "message host" : f.role === "moderator" ? "message moderator" : "message");
  li.dataset.id = f.id;

  const head = el("p", "head");
  head.appendChild(el("strong", "who", name));
  if (f.role === "moderator") head.appendChild(tag("moderator"));
  if (viewer.country) head.appendChild(el("span", "muted", viewer.country));
  if (f.lang) head.appendChild(tag(f.lang, "lang"));
  if (f.intent) head.appendChild(tag(f.intent, "intent"));
  li.appendChild(head);
  li.appendChild(el("p", "text", f.text));
  if (f.gist && f.gist !== f.text) li.appendChild(el("p", "gist", "≈ " + f.gist));
  const outcome = el("p", "outcome");
  li.appendChild(outcome);
  append(li);

  const mine = sent.get(f.id);
  if (mine) {
    sent.delete(f.id);
    if ($("text").value === mine.text) $("text").value = "";
  }
  messages.set(f.id, { row: li, outcome, name, arrivedAt: mine ? mine.at : receivedAt });
}

function setOutcome(messageId, className, text) {
  const m = messages.get(messageId);
  if (m) {
    m.outcome.className = "outcome " + className;
    m.outcome.textContent = text;
  } else {
    note(className, messageId + ": " + text);
  }
}

function onStarted(f, receivedAt) {
  counts.replies++;
  const askers = (f.inReplyTo || []).map((id) => messages.get(id)).filter(Boolean);
  const asked = askers.map((m) => m.arrivedAt);
  const r = { askers: askers.map((m) => m.name), asked: asked.length ? Math.min(...asked) : null, chunks: "" };

  const li = row("reply streaming");
  li.dataset.id = f.replyId;
  const head = el("p", "head");
  head.appendChild(el("strong", "who", "Co-host"));
  // AI disclosure: the server marks every reply; say so wherever a reply is shown.
  if (f.ai) head.appendChild(tag("AI", "ai"));
  if (f.lang) head.appendChild(tag(f.lang, "lang"));
  if (f.intent) head.appendChild(tag(f.intent, "intent"));
  r.to = el("span", "muted", "");
  head.appendChild(r.to);
  head.appendChild(el("span", "muted rid", f.replyId));
  li.appendChild(head);
  r.text = el("p", "text", "");
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
  (f.inReplyTo || []).forEach((id) => setOutcome(id, "answered", "answered by " + f.replyId));
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
  const r = replies.get(f.replyId);
  if (!r) return;
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
  r.row.classList.remove("streaming");
  r.row.classList.add("cancelled");
  r.text.textContent = f.delivered || "";
  r.meta.textContent = "Cancelled (" + f.reason + ") · " + latency(r, receivedAt, "cancelled at") +
    (f.delivered ? " · only the text above was delivered" : " · nothing was delivered");
}

function onJoined(f) {
  counts.joined++;
  const r = replies.get(f.replyId);
  const m = messages.get(f.inReplyTo);
  if (r && m) {
    r.askers.push(m.name);
    showAskers(r);
  }
  setOutcome(f.inReplyTo, "joined", "joined reply " + f.replyId + " (same question, answered once)");
}

function onSkipped(f) {
  counts.skipped++;
  setOutcome(f.inReplyTo, "skipped", "skipped: " + f.reason + " — " + (SKIP_REASONS[f.reason] || "no reason given"));
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
};

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
}

function connect(room, key) {
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  const url = scheme + "//" + location.host + "/v1/rooms/" + encodeURIComponent(room) + "/live" +
    (key ? "?key=" + encodeURIComponent(key) : "");
  const ws = new WebSocket(url);
  socket = ws;
  let opened = false;
  status.textContent = "Connecting to " + room + "…";
  ws.onopen = () => {
    opened = true;
    setConnected(true);
    $("speaking").checked = false;
    status.textContent = "Connected to room " + room;
    note("system", "Connected to room " + room);
    remember(room);
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
  if (send(sku ? { type: "product.showing", sku } : { type: "product.showing" })) {
    note("system", sku ? "Showing product " + sku : "No product on screen");
  }
});

// ---------- start ----------

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
  const room = new URLSearchParams(location.search).get("room");
  if (room) {
    $("room").value = room;
    if (!$("key").required) connect(room, "");
  }
})();
