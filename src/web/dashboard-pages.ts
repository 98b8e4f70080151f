/**
 * The dashboard's HTML: a login form, the page shell (charts are drawn by
 * `static/dashboard.js` from the JSON API) and the "not enabled" page. Every
 * interpolated value goes through {@link escapeHtml}.
 */
import { escapeHtml } from "./escape.js";

const ASSETS = "/dashboard/assets";

function layout(title: string, body: string, scripts: string[] = []): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${ASSETS}/dashboard.css">
</head>
<body>
${body}
${scripts.map((src) => `<script src="${escapeHtml(src)}"></script>`).join("\n")}
</body>
</html>`;
}

export function loginPage(error?: string): string {
  return layout(
    "登录 · 面试邀约数据看板",
    `<main class="login">
  <form method="post" action="/dashboard/login" class="card">
    <h1>面试邀约数据看板</h1>
    <p class="muted">请输入管理员提供的访问令牌（DASHBOARD_TOKEN）。</p>
    ${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ""}
    <label for="token">访问令牌</label>
    <input id="token" name="token" type="password" autocomplete="current-password" required autofocus>
    <button type="submit">登录</button>
  </form>
</main>`,
  );
}

export function disabledPage(): string {
  return layout(
    "看板未启用",
    `<main class="login"><div class="card"><h1>看板未启用</h1><p>请在环境变量中设置 <code>DASHBOARD_TOKEN</code>（至少 16 个字符）后重启服务。</p></div></main>`,
  );
}

export function dashboardPage(options: { timeZone: string; workingHours: string }): string {
  const chart = (id: string, title: string, hint: string) =>
    `<section class="card chart-card"><h2>${escapeHtml(title)}</h2><p class="muted small">${escapeHtml(hint)}</p><div class="chart" id="${id}"></div></section>`;
  return layout(
    "面试邀约数据看板",
    `<header class="top">
  <div>
    <h1>面试邀约数据看板</h1>
    <p class="muted small" id="window-label">加载中…</p>
  </div>
  <form id="filters" class="filters">
    <label>时间范围 <select id="days" name="days">
      <option value="7">近 7 天</option><option value="30" selected>近 30 天</option><option value="90">近 90 天</option><option value="custom">自定义</option>
    </select></label>
    <span id="custom-range" hidden><input type="date" id="from" name="from"> 至 <input type="date" id="to" name="to"></span>
    <label>岗位 <select id="position" name="position"><option value="">全部</option></select></label>
    <label>渠道 <select id="channel" name="channel"><option value="">全部</option></select></label>
    <label>招聘负责人 <select id="recruiter" name="recruiter"><option value="">全部</option></select></label>
    <button type="submit">应用</button>
  </form>
  <div class="actions">
    <span id="live" class="live" title="实时更新">● 实时</span>
    <a id="export-interviews" href="/dashboard/export/interviews.csv">导出面试 CSV</a>
    <a id="export-metrics" href="/dashboard/export/metrics.csv">导出指标 CSV</a>
    <form method="post" action="/dashboard/logout"><button type="submit" class="link">退出</button></form>
  </div>
</header>
<main>
  <p class="error" id="error" role="alert" hidden></p>
  <section class="kpis" id="kpis"></section>
  <div class="grid">
    ${chart("chart-funnel", "邀约漏斗", "已邀约 → 已回复 → 已确认 → 已签到 → 已完成")}
    ${chart("chart-channels", "各渠道比率", "回复率、确认率、取消率、爽约率（爽约率以已知出勤的面试为分母）")}
    ${chart("chart-heatmap", "爽约率热力图（星期 × 时段）", "按面试时间统计，颜色越深爽约率越高")}
    ${chart("chart-latency", "首次回复时长分布", "从发出邀约到候选人第一次回复")}
    ${chart("chart-cancel", "取消原因", "候选人取消面试时给出的原因")}
    ${chart("chart-reminders", "提醒效果", "提醒发出后 6 小时内候选人回复的比例")}
  </div>
  <section class="card">
    <h2>今日及明日面试</h2>
    <p class="muted small" id="model-note"></p>
    <div class="table-wrap"><table id="upcoming">
      <thead><tr><th>时间</th><th>候选人</th><th>岗位</th><th>渠道</th><th>负责人</th><th>状态</th><th>提醒</th><th>爽约风险</th></tr></thead>
      <tbody><tr><td colspan="8" class="muted">加载中…</td></tr></tbody>
    </table></div>
  </section>
  <section class="card definitions">
    <h2>指标口径</h2>
    <ul class="small muted">
      <li>统计对象：所选时间范围内发出邀约（创建面试）的面试；时间按 ${escapeHtml(options.timeZone)} 计。</li>
      <li>首次回复：候选人在微信客服中发来的第一条文字或菜单点击；工作时间口径只计 ${escapeHtml(options.workingHours)} 内经过的时间。</li>
      <li>回复率、确认率、改期率、取消率、签到率均以邀约数为分母；爽约率 = 爽约 ÷（爽约 + 已签到/已完成）。</li>
      <li>爽约风险：基于本系统历史数据拟合的逻辑回归（带先验），0–100 分；≥40 为高风险，会提醒招聘负责人提前一天电话确认。</li>
    </ul>
  </section>
</main>`,
    [`${ASSETS}/echarts.min.js`, `${ASSETS}/dashboard.js`],
  );
}
