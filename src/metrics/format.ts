/** Number formatting shared by `/stats`, the dashboard and the CSV export. */

/** 0.1234 → "12%"; null → "—". */
export function pct(value: number | null, digits = 0): string {
  return value === null ? "—" : `${(value * 100).toFixed(digits)}%`;
}

/** Seconds → "45 分钟" / "2.5 小时" / "3.1 天"; null → "—". */
export function duration(seconds: number | null): string {
  if (seconds === null) return "—";
  if (seconds < 3600) return `${Math.round(seconds / 60)} 分钟`;
  if (seconds < 72 * 3600) return `${(seconds / 3600).toFixed(1)} 小时`;
  return `${(seconds / 86400).toFixed(1)} 天`;
}
