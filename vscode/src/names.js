'use strict';
// Finds the element name under the caret in a line of .wpo text, as `wpo stack NAME` takes it:
// an identifier with hyphens (MS-RPCE), a quoted name ("Windows Server 2008", unescaped), a section
// number (7.3), each possibly qualified by its model (mswpo::MS-RPCE, given whole).

const SEGMENT = /\^?[A-Za-z_][A-Za-z0-9_-]*|"(?:\\.|[^"\\\r\n])*"|\d+(?:\.\d+)*/y;

/** The words of the language that are never names; a caret on one of them names nothing. */
const KEYWORDS = new Set([
  'model', 'import', 'area', 'protocol', 'format', 'algorithm', 'overview', 'standard', 'technology',
  'new', 'extend', 'layers', 'layer', 'products', 'after', 'product', 'status', 'description', 'remark', 'aka',
  'sections', 'covers', 'applies', 'only', 'in', 'from', 'to', 'via', 'section', 'source', 'note',
  'current', 'legacy', 'deprecated', 'obsolete',
  'runs-over', 'extends', 'profile-of', 'uses', 'requires', 'replaces', 'renamed-from', 'obsoletes',
  'part-of', 'specified-by', 'manages'
]);

/** Splits a line into its name segments and '::' separators, skipping comments. */
function tokens(line) {
  const result = [];
  let i = 0;
  while (i < line.length) {
    if (line.startsWith('//', i)) {
      break;
    }
    if (line.startsWith('::', i)) {
      result.push({ kind: 'sep', start: i, end: i + 2 });
      i += 2;
      continue;
    }
    SEGMENT.lastIndex = i;
    const m = SEGMENT.exec(line);
    if (m && m.index === i) {
      result.push({ kind: 'seg', start: i, end: i + m[0].length, text: m[0] });
      i += m[0].length;
    } else {
      i++;
    }
  }
  return result;
}

function segmentValue(text) {
  if (text.startsWith('"')) {
    return text.slice(1, -1).replace(/\\(.)/g, '$1');
  }
  return text.startsWith('^') ? text.slice(1) : text;
}

/**
 * The name at a character offset of a line (the caret touching a name's first or last character
 * counts), or undefined when the caret is on no name, on a keyword or inside a comment.
 */
function nameAt(line, character) {
  const all = tokens(line);
  const index = all.findIndex(t => t.kind === 'seg' && t.start <= character && character <= t.end);
  if (index < 0) {
    return undefined;
  }
  const hit = all[index];
  if (!hit.text.startsWith('"') && !hit.text.startsWith('^') && KEYWORDS.has(hit.text)) {
    return undefined;
  }
  // Widen to the whole qualified name: segments joined by '::' with nothing between them.
  let first = index;
  while (first >= 2 && all[first - 1].kind === 'sep' && all[first - 2].kind === 'seg'
      && all[first - 1].start === all[first - 2].end && all[first].start === all[first - 1].end) {
    first -= 2;
  }
  let last = index;
  while (last + 2 < all.length && all[last + 1].kind === 'sep' && all[last + 2].kind === 'seg'
      && all[last + 1].start === all[last].end && all[last + 2].start === all[last + 1].end) {
    last += 2;
  }
  const parts = [];
  for (let i = first; i <= last; i += 2) {
    parts.push(segmentValue(all[i].text));
  }
  return parts.join('::');
}

module.exports = { nameAt, KEYWORDS };
