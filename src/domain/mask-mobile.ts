/**
 * Mobile numbers are masked everywhere except the owning recruiter's own view
 * (HR group alerts, logs, event payloads, dashboards all get the masked form).
 */

const MAINLAND_MOBILE = /(?<!\d)(\+?86[-\s]?)?(1[3-9]\d)[-\s]?(\d{4})[-\s]?(\d{4})(?!\d)/g;

/** `13812345678` → `138****5678`; anything that is not an 11-digit mobile keeps only its last 4 digits. */
export function maskMobile(mobile: string | null | undefined): string {
  if (!mobile) return "";
  const digits = mobile.replace(/\D/g, "");
  const national = digits.length === 13 && digits.startsWith("86") ? digits.slice(2) : digits;
  if (/^1[3-9]\d{9}$/.test(national)) return `${national.slice(0, 3)}****${national.slice(7)}`;
  if (national.length <= 4) return "*".repeat(national.length);
  return `${"*".repeat(national.length - 4)}${national.slice(-4)}`;
}

/** Masks every mainland mobile number inside free text (a candidate's message). */
export function maskMobilesInText(text: string): string {
  return text.replace(MAINLAND_MOBILE, (_m, _cc: string | undefined, a: string, _b: string, c: string) => `${a}****${c}`);
}
