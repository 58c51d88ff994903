/* eslint-disable no-control-regex -- private-use control characters mark protected spans */
/**
 * Chinese typography for user-visible Chinese text: ASCII , : ; and ( ) in Chinese prose become
 * the full-width ，：；（） (and the spaces around them go), while formulas and code stay ASCII:
 * a name directly followed by a call — INT(…), P(alive), =RFM.CODE(5,4,3) — and "quoted"
 * argument values are left as they are, as are commas and colons between Latin letters or digits.
 * `node scripts/zh-typography.cjs <file.json …>` rewrites the Chinese strings of those files;
 * test/build/zhTypography.test.ts fails on any string this would still change.
 */
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’、。]/;
const isCjk = (c) => c !== undefined && CJK.test(c);
const MAP = { ",": "，", ":": "：", ";": "；" };
/** Spans that are formulas or code: a name directly followed by a balanced (…) call, =…, quoted values. */
function protect(s) {
  const kept = [];
  let out = "";
  for (let i = 0; i < s.length;) {
    const m = /^[A-Za-z_][A-Za-z0-9_.]*\(/.exec(s.slice(i));
    const prevOk = i === 0 || !/[A-Za-z0-9_.]/.test(s[i - 1]);
    if (m && prevOk) {
      let depth = 0,
        j = i + m[0].length - 1;
      for (; j < s.length; j++) {
        if (s[j] === "(") depth++;
        else if (s[j] === ")" && --depth === 0) break;
      }
      if (j < s.length) {
        kept.push(s.slice(i, j + 1));
        out += "\u0003" + (kept.length - 1) + "\u0004";
        i = j + 1;
        continue;
      }
    }
    if (s[i] === '"') {
      const j = s.indexOf('"', i + 1);
      if (j > i) {
        kept.push(s.slice(i, j + 1));
        out += "\u0003" + (kept.length - 1) + "\u0004";
        i = j + 1;
        continue;
      }
    }
    out += s[i++];
  }
  return { out, kept };
}
function convert(s) {
  const p = protect(s);
  let out = p.out;
  // iterate innermost pairs
  let changed = true;
  while (changed) {
    changed = false;
    out = out.replace(/\(([^()]*)\)/g, (m, inner, off, str) => {
      const before = str[off - 1];
      const plainNumbers = /^[\d\s.%–~±-]+$/.test(inner) && CJK.test(str); // 默认 5(1–9)
      if (CJK.test(inner) || (isCjk(before) && before !== "“") || plainNumbers) {
        changed = true;
        return "（" + inner + "）";
      }
      return "\u0001" + inner + "\u0002";
    });
  }
  out = out.replace(/\u0001/g, "(").replace(/\u0002/g, ")");
  // Single punctuation: after a CJK char or full-width closing, or before a CJK char.
  out = out.replace(/([^\s])?(\s*)([,:;])(\s*)(.)?/gu, (m, prev, s1, p, s2, next) => {
    if (p === ":" && next === "/") return m; // urls
    const cjkBefore = isCjk(prev) || prev === "）";
    const cjkAfter = isCjk(next) || next === "（";
    const digitBoth = /[0-9A-Za-z]/.test(prev ?? "") && /[0-9A-Za-z]/.test(next ?? "");
    if (digitBoth) return m;
    if (cjkBefore || (cjkAfter && !/[A-Za-z0-9"'\])=]/.test(prev ?? ""))) {
      return (prev ?? "") + MAP[p] + (next ?? "");
    }
    if (cjkBefore === false && cjkAfter && prev !== undefined && /[0-9A-Za-z)"%]/.test(prev)) {
      return (prev ?? "") + MAP[p] + (next ?? "");
    }
    return m;
  });
  // remove space after full-width punctuation / around （）
  out = out
    .replace(/([，：；（）。、？！]) +/g, "$1")
    .replace(/ +（/g, "（")
    .replace(/ +([，：；）。、？！])/g, "$1");
  return out.replace(/\u0003(\d+)\u0004/g, (m, k) => p.kept[Number(k)]);
}
/**
 * A string literal or template of TypeScript source, given as its literal parts (a template's
 * text between its ${…} substitutions): converted as one text, with each substitution and each
 * “quoted example” kept as it is, and split back into the same number of parts.
 */
function convertParts(parts) {
  const quoted = [];
  const joined = parts.map((t) => t.replace(/“[^”]*”/g, (q) => `Zq${quoted.push(q) - 1}qZ`)).join("§");
  const out = convert(joined).split("§");
  if (out.length !== parts.length) return parts;
  return out.map((t) => t.replace(/Zq(\d+)qZ/g, (m, k) => quoted[Number(k)]));
}
/** Every literal of a TypeScript file holding Chinese: { start, end, parts } in source order (needs typescript). */
function chineseLiterals(text) {
  const ts = require("typescript");
  const sf = ts.createSourceFile("x.ts", text, ts.ScriptTarget.Latest, true);
  const found = [];
  const raw = (n, head, tail) => text.slice(n.getStart(sf) + head, n.getEnd() - tail);
  const visit = (n) => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) {
      found.push({ spans: [[n.getStart(sf) + 1, n.getEnd() - 1]] });
    } else if (ts.isTemplateExpression(n)) {
      const spans = [[n.head.getStart(sf) + 1, n.head.getEnd() - 2]];
      for (const s of n.templateSpans) {
        const lit = s.literal;
        const tail = ts.isTemplateTail(lit) ? 1 : 2;
        spans.push([lit.getStart(sf) + 1, lit.getEnd() - tail]);
      }
      found.push({ spans });
      for (const s of n.templateSpans) visit(s.expression);
      return;
    }
    ts.forEachChild(n, visit);
  };
  void raw;
  visit(sf);
  return found
    .map((f) => ({ ...f, parts: f.spans.map(([a, b]) => text.slice(a, b)) }))
    .filter((f) => f.parts.some((t) => /[\u3400-\u9fff]/.test(t)));
}
/** The Chinese literals of a TypeScript file that the rule would still change, and the file rewritten. */
function convertTs(text) {
  const left = [];
  const edits = [];
  for (const f of chineseLiterals(text)) {
    const out = convertParts(f.parts);
    if (out.some((t, i) => t !== f.parts[i])) {
      left.push(f.parts.join("${…}"));
      f.spans.forEach(([a, b], i) => edits.push([a, b, out[i]]));
    }
  }
  let rewritten = text;
  for (const [a, b, t] of edits.sort((x, y) => y[0] - x[0]))
    rewritten = rewritten.slice(0, a) + t + rewritten.slice(b);
  return { left, rewritten };
}
module.exports = { convert, convertTs };
if (require.main === module && process.argv[2] === "--ts") {
  const fs = require("fs");
  for (const f of process.argv.slice(3)) {
    const { left, rewritten } = convertTs(fs.readFileSync(f, "utf8"));
    if (left.length > 0) fs.writeFileSync(f, rewritten);
    if (left.length > 0) console.log(`${f}: ${left.length} strings changed`);
  }
} else if (require.main === module) {
  const fs = require("fs");
  for (const f of process.argv.slice(2)) {
    const j = JSON.parse(fs.readFileSync(f, "utf8"));
    let n = 0;
    const walk = (o) => {
      for (const k of Object.keys(o)) {
        if (typeof o[k] === "string") {
          const c = convert(o[k]);
          if (c !== o[k]) n++;
          o[k] = c;
        } else if (o[k] && typeof o[k] === "object") walk(o[k]);
      }
    };
    walk(j);
    fs.writeFileSync(f, JSON.stringify(j, null, 2) + "\n");
    console.log(`${f}: ${n} strings changed`);
  }
}
