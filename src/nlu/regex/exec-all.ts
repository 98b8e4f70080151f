/**
 * `[...text.matchAll(re)]` for a global regex, without the copy of the regex `matchAll` makes.
 *
 * Why: `String.prototype.matchAll` copies the regex on every call (`new RegExp(re, flags)` through its
 * species), and the copy shares the compiled code only while V8's compilation cache holds it; garbage
 * collections flush that cache, so in a long run the copies are compiled again and again. Profiled in a
 * loop over one reply, `readMenu`'s `matchAll` took 10% of the reply's time; an exec loop on the regex
 * itself compiles nothing.
 *
 * Why the matches are the same: `matchAll` runs `exec` on its copy from `re.lastIndex` until it fails,
 * stepping past an empty match by one code unit (by a whole code point with the u or v flag), and leaves
 * `re` untouched. This runs the same `exec` calls on `re` itself and then puts its `lastIndex` back.
 * (All matches are found before the caller's loop body runs; a body cannot tell, since it never sees
 * the copy `matchAll` would have used.)
 */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  // As matchAll does for a regex without g.
  if (!re.global) throw new TypeError("execAll: the regex must have the g flag");
  const saved = re.lastIndex;
  const out: RegExpExecArray[] = [];
  try {
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      out.push(m);
      if (m[0] === "") {
        const at = re.lastIndex;
        const wide = /[uv]/.test(re.flags) && (text.codePointAt(at) ?? 0) > 0xffff;
        re.lastIndex = at + (wide ? 2 : 1);
      }
    }
  } finally {
    re.lastIndex = saved;
  }
  return out;
}
