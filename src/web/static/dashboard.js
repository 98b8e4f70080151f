/*
 * The HR dashboard in the browser: reads /dashboard/api/*, draws ECharts
 * charts, fills the KPI cards and the upcoming-interviews table, and refreshes
 * on server-sent `update` events. All text reaches the DOM through
 * textContent; ECharts tooltips (HTML) get escaped values only.
 */
(function () {
  "use strict";

  var COLORS = ["#3b6cf6", "#14a37f", "#f2a93b", "#e5484d", "#8e59d9", "#2bb5c8", "#7a8699"];
  var charts = {};
  var known = { position: {}, channel: {}, recruiter: {} };
  var state = { renders: 0 };
  window.__dashboard = { charts: charts, state: state };

  function $(id) {
    return document.getElementById(id);
  }

  function esc(value) {
    return String(value == null ? "" : value).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function pct(value, digits) {
    return value == null ? "—" : (value * 100).toFixed(digits == null ? 1 : digits) + "%";
  }

  function duration(seconds) {
    if (seconds == null) return "—";
    if (seconds < 3600) return Math.round(seconds / 60) + " 分钟";
    if (seconds < 72 * 3600) return (seconds / 3600).toFixed(1) + " 小时";
    return (seconds / 86400).toFixed(1) + " 天";
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = String(text);
    return node;
  }

  /* ---------- query string <-> filter form ---------- */

  function params() {
    var p = new URLSearchParams();
    var days = $("days").value;
    if (days === "custom") {
      p.set("from", $("from").value);
      p.set("to", $("to").value);
    } else p.set("days", days);
    ["position", "channel", "recruiter"].forEach(function (name) {
      if ($(name).value) p.set(name, $(name).value);
    });
    return p;
  }

  function restoreForm() {
    var p = new URLSearchParams(location.search);
    if (p.get("from") && p.get("to")) {
      $("days").value = "custom";
      $("from").value = p.get("from");
      $("to").value = p.get("to");
    } else if (p.get("days")) {
      var option = Array.prototype.some.call($("days").options, function (o) {
        return o.value === p.get("days");
      });
      if (option) $("days").value = p.get("days");
    }
    ["position", "channel", "recruiter"].forEach(function (name) {
      if (p.get(name)) {
        known[name][p.get(name)] = p.get(name);
        syncOptions(name, p.get(name));
      }
    });
    $("custom-range").hidden = $("days").value !== "custom";
  }

  function syncOptions(name, selected) {
    var select = $(name);
    var current = selected != null ? selected : select.value;
    while (select.options.length > 1) select.remove(1);
    Object.keys(known[name])
      .sort()
      .forEach(function (value) {
        var option = el("option", null, known[name][value]);
        option.value = value;
        select.appendChild(option);
      });
    select.value = current;
  }

  function learnOptions(report) {
    report.breakdowns.position.forEach(function (g) {
      known.position[g.key] = g.label;
    });
    report.breakdowns.channel.forEach(function (g) {
      known.channel[g.key === "" ? "未知" : g.key] = g.label;
    });
    report.breakdowns.recruiter.forEach(function (g) {
      known.recruiter[g.key] = g.label;
    });
    ["position", "channel", "recruiter"].forEach(function (name) {
      syncOptions(name);
    });
  }

  /* ---------- KPI cards ---------- */

  function renderKpis(report) {
    var o = report.overall;
    var cards = [
      ["邀约数", o.counts.invited, "近 " + report.window.days + " 天"],
      ["回复率", pct(o.rates.reply), o.counts.replied + " 人回复"],
      ["首次回复中位", duration(o.latency.medianSeconds), "工作时间 " + duration(o.workingLatency.medianSeconds)],
      ["首次回复 P90", duration(o.latency.p90Seconds), "平均 " + duration(o.latency.meanSeconds)],
      ["超 24 小时回复", pct(o.rates.lateReply), "占已回复"],
      ["确认率", pct(o.rates.confirm), "改期率 " + pct(o.rates.reschedule)],
      ["取消率", pct(o.rates.cancel), o.counts.cancelled + " 场取消"],
      ["签到率", pct(o.rates.checkIn), "完成 " + pct(o.rates.completion)],
      ["爽约率", pct(o.rates.noShow), o.counts.noShow + " 人爽约", "warn"],
      ["转人工", report.handoffs, "窗口耗尽 " + report.kfWindowExhausted + " 次"],
      ["高风险提醒", report.highRiskAlerts, "已提醒招聘负责人"],
    ];
    var box = $("kpis");
    box.textContent = "";
    cards.forEach(function (c) {
      var card = el("div", "kpi" + (c[3] ? " " + c[3] : ""));
      card.appendChild(el("div", "kpi-label", c[0]));
      card.appendChild(el("div", "kpi-value", c[1]));
      card.appendChild(el("div", "kpi-sub", c[2]));
      box.appendChild(card);
    });
  }

  /* ---------- charts ---------- */

  function chart(id) {
    if (!charts[id]) charts[id] = echarts.init($(id), null, { renderer: "canvas" });
    return charts[id];
  }

  function empty(hasData) {
    return hasData ? { show: false } : { show: true, text: "暂无数据", left: "center", top: "middle", textStyle: { color: "#9aa4b2", fontSize: 14, fontWeight: "normal" } };
  }

  function drawFunnel(report) {
    var invited = report.funnel[0] ? report.funnel[0].count : 0;
    chart("chart-funnel").setOption(
      {
        color: COLORS,
        title: empty(invited > 0),
        tooltip: {
          trigger: "item",
          formatter: function (p) {
            return esc(p.name) + "：" + esc(p.value) + "（" + esc(pct(invited ? p.value / invited : null)) + "）";
          },
        },
        series: [
          {
            name: "漏斗",
            type: "funnel",
            sort: "none",
            left: "8%",
            width: "84%",
            minSize: "18%",
            gap: 3,
            label: {
              position: "inside",
              formatter: function (p) {
                return p.name + "  " + p.value;
              },
            },
            data: report.funnel.map(function (s) {
              return { name: s.label, value: s.count };
            }),
          },
        ],
      },
      true,
    );
  }

  function drawChannels(report) {
    var groups = report.breakdowns.channel;
    var metric = function (key) {
      return groups.map(function (g) {
        return g.rates[key] == null ? null : +(g.rates[key] * 100).toFixed(1);
      });
    };
    chart("chart-channels").setOption(
      {
        color: [COLORS[0], COLORS[1], COLORS[2], COLORS[3]],
        title: empty(groups.length > 0),
        legend: { top: 0 },
        grid: { left: 40, right: 10, top: 36, bottom: 30 },
        tooltip: {
          trigger: "axis",
          formatter: function (items) {
            var g = groups[items[0].dataIndex];
            return (
              esc(g.label) +
              "（邀约 " +
              esc(g.counts.invited) +
              "）<br>" +
              items
                .map(function (i) {
                  return esc(i.seriesName) + "：" + (i.value == null ? "—" : esc(i.value) + "%");
                })
                .join("<br>")
            );
          },
        },
        xAxis: { type: "category", data: groups.map(function (g) { return g.label; }), axisLabel: { interval: 0, fontSize: 11 } },
        yAxis: { type: "value", max: 100, axisLabel: { formatter: "{value}%" } },
        series: [
          { name: "回复率", type: "bar", data: metric("reply") },
          { name: "确认率", type: "bar", data: metric("confirm") },
          { name: "取消率", type: "bar", data: metric("cancel") },
          { name: "爽约率", type: "bar", data: metric("noShow") },
        ],
      },
      true,
    );
  }

  var WEEKDAYS = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];
  var WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0];

  function drawHeatmap(report) {
    var cells = report.heatmap;
    var hours = cells.map(function (c) { return c.hour; });
    var lo = Math.min.apply(null, hours.concat([9]));
    var hi = Math.max.apply(null, hours.concat([18]));
    var hourList = [];
    for (var h = lo; h <= hi; h++) hourList.push(h);
    var max = 0;
    var data = cells.map(function (c) {
      var value = c.noShowRate == null ? "-" : +(c.noShowRate * 100).toFixed(1);
      if (value !== "-" && value > max) max = value;
      return { value: [hourList.indexOf(c.hour), WEEK_ORDER.indexOf(c.weekday), value], cell: c };
    });
    chart("chart-heatmap").setOption(
      {
        title: empty(cells.length > 0),
        grid: { left: 44, right: 16, top: 10, bottom: 62 },
        tooltip: {
          formatter: function (p) {
            var c = p.data.cell;
            return (
              esc(WEEKDAYS[c.weekday]) + " " + esc(String(c.hour).padStart(2, "0")) + ":00<br>爽约率：" + esc(c.noShowRate == null ? "—" : pct(c.noShowRate)) +
              "<br>爽约 " + esc(c.noShow) + " / 已知出勤 " + esc(c.noShow + c.attended) + "（邀约 " + esc(c.invited) + "）"
            );
          },
        },
        xAxis: { type: "category", data: hourList.map(function (x) { return String(x).padStart(2, "0") + ":00"; }), splitArea: { show: true } },
        yAxis: { type: "category", data: WEEK_ORDER.map(function (d) { return WEEKDAYS[d]; }), inverse: true, splitArea: { show: true } },
        visualMap: { min: 0, max: Math.max(10, Math.ceil(max / 10) * 10), calculable: false, orient: "horizontal", left: "center", bottom: 4, itemWidth: 12, itemHeight: 160, text: ["爽约率高", "低"], textGap: 8, inRange: { color: ["#eef4ff", "#f6c26b", "#e5484d"] } },
        series: [{ name: "爽约率", type: "heatmap", data: data, label: { show: true, fontSize: 10, formatter: function (p) { return p.value[2] === "-" ? "" : p.value[2] + "%"; } } }],
      },
      true,
    );
  }

  function drawLatency(report) {
    var bins = report.latencyHistogram;
    var total = bins.reduce(function (s, b) { return s + b.count; }, 0);
    chart("chart-latency").setOption(
      {
        color: [COLORS[0]],
        title: empty(total > 0),
        grid: { left: 40, right: 10, top: 20, bottom: 30 },
        tooltip: { trigger: "axis", formatter: function (items) { return esc(items[0].name) + "：" + esc(items[0].value) + " 人"; } },
        xAxis: { type: "category", data: bins.map(function (b) { return b.label; }) },
        yAxis: { type: "value", minInterval: 1 },
        series: [
          {
            name: "首次回复",
            type: "bar",
            barWidth: "60%",
            data: bins.map(function (b, i) {
              return { value: b.count, itemStyle: { color: i >= 4 ? COLORS[3] : COLORS[0] } };
            }),
          },
        ],
      },
      true,
    );
  }

  function drawCancel(report) {
    var rows = report.reasons.cancel;
    chart("chart-cancel").setOption(
      {
        color: COLORS,
        title: empty(rows.length > 0),
        tooltip: { trigger: "item", formatter: function (p) { return esc(p.name) + "：" + esc(p.value) + "（" + esc(p.percent) + "%）"; } },
        legend: { bottom: 0, type: "scroll" },
        series: [
          {
            name: "取消原因",
            type: "pie",
            radius: ["38%", "66%"],
            center: ["50%", "44%"],
            label: { formatter: "{b}\n{d}%" },
            data: rows.map(function (r) { return { name: r.label, value: r.count }; }),
          },
        ],
      },
      true,
    );
  }

  function drawReminders(report) {
    var rows = report.reminders;
    chart("chart-reminders").setOption(
      {
        color: [COLORS[1]],
        title: empty(rows.length > 0),
        grid: { left: 110, right: 40, top: 10, bottom: 30 },
        tooltip: {
          trigger: "axis",
          formatter: function (items) {
            var r = rows[items[0].dataIndex];
            return esc(r.label) + "<br>发出 " + esc(r.sent) + "，6 小时内回复 " + esc(r.replied) + "（" + esc(pct(r.share)) + "）";
          },
        },
        xAxis: { type: "value", max: 100, axisLabel: { formatter: "{value}%" } },
        yAxis: { type: "category", data: rows.map(function (r) { return r.label; }) },
        series: [{ name: "6 小时内回复", type: "bar", label: { show: true, position: "right", formatter: "{c}%" }, data: rows.map(function (r) { return r.share == null ? null : +(r.share * 100).toFixed(1); }) }],
      },
      true,
    );
  }

  /* ---------- upcoming interviews ---------- */

  function renderUpcoming(data) {
    var note = data.model.leansOnPrior
      ? "风险评分提示：历史数据较少（" + data.model.trainedOn + " 场已知出勤的面试），评分主要依据预设的先验模型，仅供参考。"
      : "风险评分基于 " + data.model.trainedOn + " 场历史面试（其中爽约 " + data.model.noShowsSeen + " 场）拟合；≥40 分为高风险。";
    if (data.total > data.items.length) note += " 共 " + data.total + " 场，仅显示时间最早的 " + data.items.length + " 场。";
    note += " 高风险 " + data.highRisk + " 场。";
    $("model-note").textContent = note;
    var body = document.querySelector("#upcoming tbody");
    body.textContent = "";
    if (data.items.length === 0) {
      var row = el("tr");
      var cell = el("td", "muted", "今明两天没有面试安排");
      cell.colSpan = 8;
      row.appendChild(cell);
      body.appendChild(row);
      return;
    }
    data.items.forEach(function (item) {
      var tr = el("tr", item.risk && item.risk.level === "high" ? "row-high" : null);
      tr.appendChild(el("td", "nowrap", (item.day === "today" ? "今天 " : "明天 ") + item.time.replace(/^.*）/, "")));
      var who = el("td");
      who.appendChild(el("div", "strong", item.candidateName));
      if (!item.replied) who.appendChild(el("div", "tag warn", "未回复"));
      tr.appendChild(who);
      tr.appendChild(el("td", null, item.position));
      tr.appendChild(el("td", null, item.channel));
      tr.appendChild(el("td", null, item.recruiterUserId));
      tr.appendChild(el("td", null)).appendChild(el("span", "status status-" + item.status, item.statusLabel));
      var nudges = el("td", "nudges");
      item.nudges.forEach(function (n) {
        var chip = el("span", "chip chip-" + n.status, n.label + "·" + n.statusLabel);
        chip.title = n.label + "：" + n.statusLabel + "（" + new Date(n.dueAt).toLocaleString("zh-CN") + "）";
        nudges.appendChild(chip);
      });
      if (item.nudges.length === 0) nudges.appendChild(el("span", "muted", "—"));
      tr.appendChild(nudges);
      var risk = el("td", "risk");
      if (item.risk) {
        var badge = el("span", "badge badge-" + item.risk.level, item.risk.score);
        badge.title = item.risk.reasons.join("；") || "暂无明显风险信号";
        risk.appendChild(badge);
        var reasons = el("ul", "reasons");
        item.risk.reasons.forEach(function (r) { reasons.appendChild(el("li", null, r)); });
        risk.appendChild(reasons);
      } else risk.appendChild(el("span", "muted", "—"));
      tr.appendChild(risk);
      body.appendChild(tr);
    });
  }

  /* ---------- loading ---------- */

  function getJson(url) {
    return fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } }).then(function (res) {
      if (res.status === 401) {
        location.reload();
        throw new Error("登录已过期");
      }
      return res.json().then(function (body) {
        if (!res.ok) throw new Error(body.message || "请求失败（" + res.status + "）");
        return body;
      });
    });
  }

  function showError(message) {
    $("error").hidden = !message;
    $("error").textContent = message || "";
  }

  var loading = null;
  function refresh() {
    if (loading) return loading;
    var p = params();
    var query = p.toString();
    $("export-interviews").href = "/dashboard/export/interviews.csv?" + query;
    $("export-metrics").href = "/dashboard/export/metrics.csv?" + query;
    loading = Promise.all([getJson("/dashboard/api/metrics?" + query), getJson("/dashboard/api/upcoming")])
      .then(function (results) {
        var report = results[0];
        showError("");
        learnOptions(report);
        var from = new Date(report.window.from);
        var before = new Date(new Date(report.window.before).getTime() - 1);
        $("window-label").textContent =
          "统计范围：" + from.toLocaleDateString("zh-CN") + " – " + before.toLocaleDateString("zh-CN") + " 发出的邀约 · 更新于 " + new Date().toLocaleTimeString("zh-CN");
        renderKpis(report);
        drawFunnel(report);
        drawChannels(report);
        drawHeatmap(report);
        drawLatency(report);
        drawCancel(report);
        drawReminders(report);
        renderUpcoming(results[1]);
        state.renders += 1;
        document.body.dataset.ready = "1";
      })
      .catch(function (err) {
        showError(err.message);
      })
      .then(function () {
        loading = null;
      });
    return loading;
  }

  function connectLive() {
    if (!window.EventSource) return;
    var timer = null;
    var down = false;
    var source = new EventSource("/dashboard/api/stream");
    source.addEventListener("hello", function () {
      $("live").className = "live on";
      $("live").title = "已连接：数据变化时自动刷新";
      // Back after an outage: catch up on whatever changed meanwhile.
      if (down) refresh();
      down = false;
    });
    source.addEventListener("update", function () {
      clearTimeout(timer);
      timer = setTimeout(refresh, 800);
    });
    source.onerror = function () {
      down = true;
      $("live").className = "live off";
      $("live").title = "实时连接中断，正在重试";
    };
  }

  document.addEventListener("DOMContentLoaded", function () {
    restoreForm();
    $("days").addEventListener("change", function () {
      $("custom-range").hidden = $("days").value !== "custom";
    });
    $("filters").addEventListener("submit", function (event) {
      event.preventDefault();
      history.replaceState(null, "", "?" + params().toString());
      refresh();
    });
    window.addEventListener("resize", function () {
      Object.keys(charts).forEach(function (k) { charts[k].resize(); });
    });
    refresh();
    connectLive();
  });
})();
