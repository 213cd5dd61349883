'use strict';
// The command-line runs behind the extension's commands: their arguments, and their outcome.
const path = require('path');

/** `wpo render --out DIR FOLDER`: the area map and the layer stack of the workspace folder. */
function renderArgs(folder, out) {
  return ['render', '--out', path.resolve(folder, out), folder];
}

/** `wpo report --out DIR FOLDER`: the static site of the workspace folder. */
function reportArgs(folder, out) {
  return ['report', '--out', path.resolve(folder, out), folder];
}

/** `wpo stack NAME FOLDER`. */
function stackArgs(name, folder) {
  return ['stack', name, folder];
}

/**
 * What a finished run means for the user, by the exit status every wpo command uses:
 * 0 done, 1 done but the model has errors, 2 usage or input problem (one line on stderr).
 */
function outcome(exitCode, stdout, stderr) {
  const firstError = String(stderr || '').split(/\r?\n/).find(line => line.trim() !== '');
  if (exitCode === 0) {
    return { ok: true, text: stdout };
  }
  if (exitCode === 1) {
    return { ok: false, text: stdout, message: 'WPO: the model has errors (see Problems or Output → WPO).' };
  }
  return { ok: false, text: stdout, message: firstError ? `WPO: ${firstError.replace(/^wpo: /, '')}` : `WPO: wpo exited with status ${exitCode}.` };
}

module.exports = { renderArgs, reportArgs, stackArgs, outcome };
