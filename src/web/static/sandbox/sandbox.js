// The sandbox page: renders what each pane received (from /sandbox/api/stream)
// and sends the users' actions to /sandbox/api/*. Every value reaches the DOM
// through textContent or a checked href, never as HTML.
"use strict";

(() => {
  const STATUS = {
    invited: "已邀约", confirmed: "已确认", reschedule_requested: "申请改期中", rescheduled: "已改期",
    cancelled: "已取消", checked_in: "已签到", no_show: "未到场", completed: "已完成",
  };
  const WEEKDAYS = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];
  const DIVIDER_GAP_MS = 5 * 60_000;

  /** Page state: the items by pane, and the last state from the server. */
  const model = { items: [], ids: new Set(), state: null, clockBase: 0, clockAt: 0 };

  const $ = (id) => document.getElementById(id);

  /** createElement with a class and text (text via textContent only). */
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  const isHttp = (url) => /^https?:\/\//i.test(url);
  const isKfLink = (url) => /\/kfid\/[^?]+\?(.*&)?scene_param=/.test(url);

  // ---- time -------------------------------------------------------------
  function parts(iso) {
    const tz = model.state ? model.state.timeZone : "Asia/Shanghai";
    const f = new Intl.DateTimeFormat("en-CA", { timeZone: tz, year: "numeric", month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit", second: "2-digit", weekday: "short", hourCycle: "h23" });
    const p = Object.fromEntries(f.formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
    const weekday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(p.weekday);
    return { m: Number(p.month), d: Number(p.day), hh: p.hour, mm: p.minute, ss: p.second, weekday };
  }
  const fmtDay = (iso) => { const p = parts(iso); return `${p.m}月${p.d}日（${WEEKDAYS[p.weekday]}）`; };
  const fmtTime = (iso) => { const p = parts(iso); return `${p.hh}:${p.mm}`; };
  const fmtClock = (iso) => { const p = parts(iso); return `${fmtDay(iso)} ${p.hh}:${p.mm}:${p.ss}`; };

  // ---- rendering ----------------------------------------------------------
  /** Plain text with http(s) links made clickable; kf links open in the candidate pane. */
  function linkified(text) {
    const frag = document.createDocumentFragment();
    const re = /https?:\/\/[^\s<>"'（）]+/g;
    let last = 0;
    for (const m of text.matchAll(re)) {
      if (m.index > last) frag.append(document.createTextNode(text.slice(last, m.index)));
      frag.append(link(m[0], isKfLink(m[0]) ? shortKfLink(m[0]) : m[0]));
      last = m.index + m[0].length;
    }
    if (last < text.length) frag.append(document.createTextNode(text.slice(last)));
    return frag;
  }

  /** kf links are long: show the account host and the one-time code. */
  function shortKfLink(href) {
    const url = new URL(href);
    return `${url.host}/kfid/…?scene_param=${url.searchParams.get("scene_param")}`;
  }

  function link(href, label) {
    const a = el("a", "", label);
    if (!isHttp(href)) return el("span", "", label);
    a.href = href;
    a.rel = "noopener noreferrer";
    a.target = "_blank";
    if (isKfLink(href)) {
      a.classList.add("kf-link");
      a.title = "在候选人的微信中打开此链接";
      a.addEventListener("click", (e) => {
        e.preventDefault();
        act("/sandbox/api/candidate/enter", { link: href });
      });
    }
    return a;
  }

  function inlines(list, parent) {
    for (const i of list) {
      if (i.t === "text") parent.append(linkified(i.v));
      else if (i.t === "b") inlines(i.c, parent.appendChild(el("strong")));
      else if (i.t === "font") inlines(i.c, parent.appendChild(el("span", `font-${i.color}`)));
      else if (i.t === "code") parent.append(el("code", "", i.v));
      else if (i.t === "at") parent.append(el("span", "mention", `@${i.name}`));
      else if (i.t === "a") { const a = link(i.href, ""); inlines(i.c, a); parent.append(a); }
    }
    return parent;
  }

  function markdown(blocks) {
    const box = el("div", "md");
    for (const b of blocks) {
      const tag = b.t === "h" ? `h${Math.min(6, Math.max(1, b.level))}` : b.t === "quote" ? "blockquote" : "p";
      box.append(inlines(b.c, el(tag)));
    }
    return box;
  }

  function menu(body) {
    const box = el("div");
    if (body.head) box.append(linkified(body.head));
    const list = el("div", "menu-items");
    for (const item of body.items) {
      if (item.id) {
        const b = el("button", "menu-item", item.text);
        b.type = "button";
        b.dataset.menuId = item.id;
        b.addEventListener("click", () => act("/sandbox/api/candidate/tap", { menuId: item.id }, b));
        list.append(b);
      } else if (item.url) list.append(link(item.url, item.text));
      else list.append(el("div", "menu-line", item.text));
    }
    box.append(list);
    if (body.tail) box.append(el("div", "menu-tail", body.tail));
    return box;
  }

  function card(c, update) {
    const view = update && update.card ? update.card : c;
    const box = el("div", "card");
    box.dataset.taskId = c.taskId;
    box.append(el("div", "card-source", "面试助手"));
    box.append(el("div", "card-title", view.title));
    if (view.desc) box.append(el("div", "card-desc", view.desc));
    if (view.sub) box.append(el("div", "card-sub", view.sub));
    if (view.fields.length) {
      const dl = el("dl", "card-fields");
      for (const f of view.fields) dl.append(el("dt", "", f.key), el("dd", "", f.value));
      box.append(dl);
    }
    if (update && !update.card) {
      box.append(el("div", "card-done", update.label));
    } else if (view.buttons.length) {
      const row = el("div", "card-buttons");
      for (const btn of view.buttons) {
        const b = el("button", `card-btn${btn.style === 1 ? " primary" : ""}`, btn.text);
        b.type = "button";
        b.dataset.key = btn.key;
        b.addEventListener("click", () => act("/sandbox/api/recruiter/click", { taskId: c.taskId, eventKey: btn.key }, row));
        row.append(b);
      }
      box.append(row);
    }
    return box;
  }

  const AVATARS = {
    candidate: { in: ["avatar-kf", "招"], out: ["avatar-candidate", null] },
    recruiter: { in: ["avatar-app", "面"], out: ["avatar-recruiter", null] },
    hr: { in: ["avatar-robot", "🤖"], out: ["avatar-recruiter", null] },
  };

  function avatar(pane, side) {
    const [cls, label] = AVATARS[pane][side];
    const who = pane === "candidate" ? (model.state ? model.state.candidate.nickname : "我") : model.state ? model.state.recruiter.name : "我";
    return el("div", `avatar ${cls}`, label || who.slice(0, 1));
  }

  function bubbleOf(item, updates) {
    const b = item.body;
    if (b.kind === "card") return card(b.card, updates.get(b.card.taskId));
    const bubble = el("div", "bubble");
    if (b.kind === "text") {
      bubble.append(linkified(b.text));
      if (b.mentions.length) {
        const line = el("div", "mentions");
        for (const name of b.mentions) line.append(el("span", "mention", `@${name}`), document.createTextNode(" "));
        bubble.append(line);
      }
    } else if (b.kind === "menu") bubble.append(menu(b));
    else if (b.kind === "markdown") bubble.append(markdown(b.blocks));
    else bubble.append(document.createTextNode(b.text || ""));
    return bubble;
  }

  function row(item, updates) {
    if (item.side === "note" || item.body.kind === "notice") {
      const note = el("div", "note");
      note.append(linkified(item.body.text || ""));
      return note;
    }
    const msg = el("div", `msg ${item.side}`);
    msg.dataset.itemId = item.id;
    msg.dataset.kind = item.body.kind;
    const col = el("div", "msg-col");
    if (item.pane === "hr" && item.side === "in") {
      const sender = el("div", "sender", "面试提醒机器人");
      sender.append(el("span", "robot-tag", "机器人"));
      col.append(sender);
    }
    col.append(bubbleOf(item, updates));
    msg.append(avatar(item.pane, item.side), col);
    return msg;
  }

  const EMPTY = {
    candidate: "候选人还没有打开面试链接。\n点击上方「演示」开始，或在招聘官窗口输入 /invite。",
    recruiter: "以招聘官身份输入斜杠指令，例如 /invite、/approve、/checkin。",
    hr: "HR 群里还没有提醒。\n候选人取消、迟到、未签到时，群机器人会在这里 @ 招聘官。",
  };

  function renderPane(pane) {
    const body = $(`${pane}-body`);
    const atBottom = body.scrollHeight - body.scrollTop - body.clientHeight < 40;
    const current = model.state ? model.state.candidate.externalUserId : null;
    const items = model.items.filter((i) => i.pane === pane && (pane !== "candidate" || i.peer === current));
    const updates = new Map();
    for (const i of items) if (i.body.kind === "card_update") updates.set(i.body.taskId, i.body);
    const nodes = [];
    let lastAt = 0;
    for (const item of items) {
      if (item.body.kind === "card_update") continue;
      const at = Date.parse(item.at);
      if (at - lastAt > DIVIDER_GAP_MS) nodes.push(el("div", "time-divider", `${fmtDay(item.at)} ${fmtTime(item.at)}`));
      lastAt = at;
      nodes.push(row(item, updates));
    }
    if (nodes.length === 0) nodes.push(el("div", "empty", EMPTY[pane]));
    body.replaceChildren(...nodes);
    if (atBottom || nodes.length < 3) body.scrollTop = body.scrollHeight;
  }

  function renderAll() {
    for (const pane of ["candidate", "recruiter", "hr"]) renderPane(pane);
  }

  function renderState() {
    const s = model.state;
    if (!s) return;
    model.clockBase = Date.parse(s.now);
    model.clockAt = performance.now();
    tick();
    $("clock-hour").disabled = !s.movable;
    $("clock-next").disabled = !s.movable || !s.jobs;
    $("clock-next").title = s.jobs ? "跳到下一个定时任务并执行" : "定时任务尚未接入（#5）";
    $("clock-interview").disabled = !s.movable || !s.interview;
    const iv = s.interview;
    $("interview-info").textContent = iv ? `面试：${iv.candidateName} · ${iv.position} · ${fmtDay(iv.scheduledAt)}${fmtTime(iv.scheduledAt)} · ${STATUS[iv.status] || iv.status}` : "当前候选人暂无面试";
    $("job-info").textContent = s.jobs ? (s.nextJobAt ? `下一个任务：${fmtDay(s.nextJobAt)}${fmtTime(s.nextJobAt)}` : "没有待执行的任务") : "定时任务：待接入（#5）";
    $("recruiter-name").textContent = `${s.recruiter.name}（${s.recruiter.userId}）`;
    const select = $("candidate-select");
    select.replaceChildren(...s.candidates.map((c) => {
      const o = el("option", "", `${c.nickname} · ${c.externalUserId}`);
      o.value = c.externalUserId;
      return o;
    }), Object.assign(el("option", "", "＋ 新的微信用户"), { value: "" }));
    select.value = s.candidate.externalUserId;
    const dash = $("dashboard-link");
    if (s.dashboardUrl && isHttp(new URL(s.dashboardUrl, location.href).href)) {
      dash.href = s.dashboardUrl;
      dash.target = "_blank";
      dash.classList.remove("is-disabled");
      dash.removeAttribute("aria-disabled");
      dash.title = "在新窗口打开 HR 看板";
      $("dashboard-token").textContent = s.dashboardToken ? `访问令牌：${s.dashboardToken}` : "";
    }
  }

  function tick() {
    if (!model.state) return;
    const elapsed = model.state.ticking ? performance.now() - model.clockAt : 0;
    $("clock-now").textContent = fmtClock(new Date(model.clockBase + elapsed).toISOString());
  }

  // ---- actions ------------------------------------------------------------
  let toastTimer;
  function toast(message) {
    const t = $("toast");
    t.textContent = message;
    t.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => { t.hidden = true; }, 4000);
  }

  /** POSTs an action; `busy` (a button or container) is disabled meanwhile. */
  async function act(path, body, busy) {
    const controls = busy ? (busy.tagName === "BUTTON" ? [busy] : [...busy.querySelectorAll("button")]) : [];
    controls.forEach((c) => { c.disabled = true; });
    try {
      const res = await fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body || {}) });
      const json = await res.json().catch(() => ({}));
      if (!res.ok) throw new Error(json.message || `请求失败（${res.status}）`);
      return json;
    } catch (err) {
      toast(err.message);
      return undefined;
    } finally {
      controls.forEach((c) => { c.disabled = false; });
    }
  }

  function bindForm(formId, inputId, path) {
    $(formId).addEventListener("submit", async (e) => {
      e.preventDefault();
      const input = $(inputId);
      const text = input.value.trim();
      if (!text) return;
      input.value = "";
      const ok = await act(path, { text });
      if (!ok) input.value = text;
    });
  }

  bindForm("candidate-form", "candidate-input", "/sandbox/api/candidate/say");
  bindForm("recruiter-form", "recruiter-input", "/sandbox/api/recruiter/say");
  $("candidate-enter").addEventListener("click", (e) => act("/sandbox/api/candidate/enter", {}, e.currentTarget));
  $("candidate-select").addEventListener("change", (e) => {
    const value = e.currentTarget.value;
    act("/sandbox/api/candidate/switch", value ? { externalUserId: value } : {});
  });
  for (const chip of document.querySelectorAll("#recruiter-chips .chip")) {
    chip.addEventListener("click", () => {
      const input = $("recruiter-input");
      input.value = chip.dataset.fill;
      input.focus();
    });
  }
  $("clock-hour").addEventListener("click", (e) => act("/sandbox/api/clock", { action: "advance", minutes: 60 }, e.currentTarget));
  $("clock-next").addEventListener("click", (e) => act("/sandbox/api/clock", { action: "next_job" }, e.currentTarget));
  $("clock-interview").addEventListener("click", (e) => act("/sandbox/api/clock", { action: "interview", beforeMinutes: 30 }, e.currentTarget));
  $("demo").addEventListener("click", (e) => act("/sandbox/api/demo", {}, e.currentTarget));

  // ---- live updates -------------------------------------------------------
  function connect() {
    const source = new EventSource("/sandbox/api/stream");
    source.addEventListener("snapshot", (e) => {
      const data = JSON.parse(e.data);
      model.items = data.items;
      model.ids = new Set(data.items.map((i) => i.id));
      model.state = data.state;
      renderState();
      renderAll();
      document.body.dataset.ready = "true";
    });
    source.addEventListener("item", (e) => {
      const item = JSON.parse(e.data);
      if (model.ids.has(item.id)) return;
      model.ids.add(item.id);
      model.items.push(item);
      renderPane(item.pane);
    });
    source.addEventListener("state", (e) => {
      const before = model.state ? model.state.candidate.externalUserId : null;
      model.state = JSON.parse(e.data);
      renderState();
      if (before !== model.state.candidate.externalUserId) renderPane("candidate");
      document.body.dataset.clock = model.state.now;
    });
  }
  connect();
  setInterval(tick, 1000);
})();
