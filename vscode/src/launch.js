'use strict';
// How the extension starts the `wpo` launcher, and what it tells the user when that fails.
const path = require('path');

/** The settings the extension reads, with their defaults applied. */
function settings(get) {
  const command = (get('command') || '').trim() || 'wpo';
  const javaHome = (get('javaHome') || '').trim();
  return { command, javaHome };
}

/** The process environment for the launcher: JAVA_HOME replaced when the setting names one. */
function environment(base, javaHome) {
  const env = Object.assign({}, base);
  if (javaHome) {
    env.JAVA_HOME = javaHome;
  }
  return env;
}

/** Command, arguments and options of one launcher run, such as `wpo lsp` or `wpo stack NAME`. */
function invocation(config, args, baseEnv, cwd) {
  const options = { env: environment(baseEnv, config.javaHome) };
  if (cwd) {
    options.cwd = cwd;
  }
  return { command: config.command, args, options };
}

/**
 * One line that says why the launcher could not run, or undefined when nothing points at Java or
 * the launcher. `error` is the spawn error (with its code) or undefined; `stderr` the process's
 * error output; `exitCode` its exit status.
 */
function describeFailure(config, error, stderr, exitCode) {
  const command = config.command;
  const isPath = command.includes('/') || command.includes(path.sep);
  if (error && error.code === 'ENOENT') {
    return isPath
      ? `WPO: the launcher ${command} does not exist. Set "wpo.command" to the absolute path of wpo-studio/wpo.`
      : `WPO: "${command}" is not on the PATH. Set "wpo.command" to the absolute path of wpo-studio/wpo.`;
  }
  if (error && error.code === 'EACCES') {
    return `WPO: the launcher ${command} is not executable (chmod +x ${command}), or "wpo.command" names a folder.`;
  }
  const text = String(stderr || '');
  // The launcher's own one-line messages, such as 'wpo: needs Java 17 or later; ...'.
  const own = text.split(/\r?\n/).find(line => /^wpo: /.test(line));
  if (own && /java/i.test(own)) {
    return `WPO: ${own.slice('wpo: '.length)}`;
  }
  if (/java: (command )?not found|java: No such file or directory/.test(text) || exitCode === 127) {
    return 'WPO: no Java found to run wpo. Install Java 17 or later, or set "wpo.javaHome" to a JDK 17 or later.';
  }
  if (/UnsupportedClassVersionError|has been compiled by a more recent version/.test(text)) {
    return 'WPO: the Java that runs wpo is older than 17. Set "wpo.javaHome" to a JDK 17 or later.';
  }
  if (own) {
    return `WPO: ${own.slice('wpo: '.length)}`;
  }
  return undefined;
}

module.exports = { settings, environment, invocation, describeFailure };
